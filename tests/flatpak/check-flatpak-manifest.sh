#!/bin/sh
# The Flatpak manifest says what issue 5 asks and flatpak-builder reads it without a warning:
# a supported GNOME runtime, the app built with meson from this repository, exactly the four
# finish-args (no network, no file system: files go through the portals), headers and static
# files cleaned up.
#
#   check-flatpak-manifest.sh MANIFEST
set -eu
manifest=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --show-manifest parses it as a build would; run it away from the source tree so nothing is
# written there.
(cd "$tmp" && flatpak-builder --show-manifest "$manifest" >"$tmp/shown" 2>"$tmp/warnings") ||
  { cat "$tmp/warnings"; echo "flatpak-builder cannot read $manifest"; exit 1; }
if [ -s "$tmp/warnings" ]; then
  cat "$tmp/warnings"
  echo "flatpak-builder --show-manifest warns"
  exit 1
fi

python3 - "$tmp/shown" <<'PY'
import json, sys

m = json.load(open(sys.argv[1]))
def check(ok, what):
    if not ok:
        sys.exit("manifest: " + what)
    print("ok " + what)

check(m.get("id") == "io.github.communique.Communique", "id is io.github.communique.Communique")
check(m.get("runtime") == "org.gnome.Platform" and m.get("sdk") == "org.gnome.Sdk",
      "runtime org.gnome.Platform, sdk org.gnome.Sdk")
check(str(m.get("runtime-version", "")).isdigit() and int(m["runtime-version"]) >= 50,
      "runtime-version is 50 or newer")
check(m.get("command") == "communique", "command is communique")
check(m.get("finish-args") == ["--share=ipc", "--socket=fallback-x11", "--socket=wayland",
                               "--device=dri"],
      "finish-args are exactly ipc, fallback-x11, wayland, dri")
check({"/include", "/lib/pkgconfig", "*.a", "*.la"} <= set(m.get("cleanup", [])),
      "cleanup removes headers, pkg-config files and static libraries")
app = m["modules"][-1]
check(app.get("buildsystem") == "meson", "the app is built with meson")
check(any(s.get("type") == "dir" and s.get("path") == ".." for s in app.get("sources", [])),
      "from this repository (a dir source, path ..)")
PY
