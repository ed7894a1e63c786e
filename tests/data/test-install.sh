#!/usr/bin/env bash
# "meson install" puts every data file where the desktop looks for it, under the app id, and
# the app started from the installed desktop file's Exec line opens its window.
#
#   test-install.sh BUILD_DIR PREFIX APP_ID
#
# Installs into a temporary DESTDIR, checks the installed names (a .Devel build renames its
# desktop file, metainfo, service and icons), compiles the installed schemas, then runs the Exec
# line with PATH, XDG_DATA_DIRS and GSETTINGS_SCHEMA_DIR pointing into the DESTDIR, under the
# caller's X server and D-Bus session, and waits for a window of that process.
set -euo pipefail

build=$1
prefix=$2
app_id=$3

. "$(dirname "$0")/../lib/test-timeout.sh"
tmp=$(mktemp -d)
app_pid=
cleanup () {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

meson install -C "$build" --destdir "$tmp/dest" --no-rebuild --quiet
root=$tmp/dest$prefix
share=$root/share

libdir=$(meson introspect --buildoptions "$build" |
  python3 -c 'import json, sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "libdir"][0])')
for file in \
  "bin/communique" \
  "$libdir/communique/libcommunique-ui.so" \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/dbus-1/services/$app_id.service" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "share/glib-2.0/schemas/io.github.communique.Communique.gschema.xml" \
  "share/locale/fr/LC_MESSAGES/communique.mo" \
  "share/communique/samples"; do
  [ -e "$root/$file" ] || { echo "not installed: $prefix/$file"; exit 1; }
  echo "ok $prefix/$file"
done

desktop=$share/applications/$app_id.desktop
grep -qx "Icon=$app_id" "$desktop" || { echo "the desktop file's icon is not $app_id"; exit 1; }
grep -q '^Name\[fr\]=' "$desktop" || { echo "the desktop file has no French translation"; exit 1; }
grep -q '<summary xml:lang="fr">' "$share/metainfo/$app_id.metainfo.xml" ||
  { echo "the metainfo has no French translation"; exit 1; }
grep -qx "Name=$app_id" "$share/dbus-1/services/$app_id.service" &&
  grep -qx "Exec=$prefix/bin/communique --gapplication-service" \
    "$share/dbus-1/services/$app_id.service" ||
  { echo "the D-Bus service file does not start $prefix/bin/communique as $app_id"; exit 1; }

mkdir "$tmp/schemas"
glib-compile-schemas --strict --targetdir="$tmp/schemas" "$share/glib-2.0/schemas"

# The Exec line without its field codes (%f, %U…), split as the desktop would split it.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
read -r -a command <<<"${exec_line//%[fFuUdDnNickvm]/}"
echo "# Exec=$exec_line"

PATH="$root/bin:$PATH" \
XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
GSETTINGS_SCHEMA_DIR="$tmp/schemas" \
  "${command[@]}" >"$tmp/app.log" 2>&1 &
app_pid=$!

seconds=$(cmq_timeout 60)
for _ in $(seq 1 $((seconds * 2))); do
  window=$(xdotool search --onlyvisible --pid "$app_pid" --name 'Communiqu' 2>/dev/null |
           head -n 1) || true
  if [ -n "$window" ]; then
    echo "ok window $window: $(xdotool getwindowname "$window")"
    exit 0
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$tmp/app.log"
    echo "the app exited before its window appeared"
    exit 1
  fi
  sleep 0.5
done
cat "$tmp/app.log"
echo "no window within $seconds s"
exit 1
