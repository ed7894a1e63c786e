#!/usr/bin/env bash
# The Flatpak manifest builds and runs with no network:
#
#   test-flatpak.sh SOURCE_ROOT [SCREENSHOT.png]
#
# A throw-away Platform and Sdk are made from this Debian host (tests/flatpak/flatpak-host-runtime.py:
# the packages the app needs to run, plus the build tools and -dev packages for the Sdk) and
# installed into a user installation under a temporary HOME. A copy of the manifest, with only
# the runtime names changed, is built there by flatpak-builder with --disable-download, inside a
# network namespace without any interface but loopback, installed, and started with
# the exported desktop file's Exec line ("flatpak run …") under the caller's X server and D-Bus
# session: its window must appear, and a release opened in it must be painted by WebKit inside
# the sandbox. Then it is started again by D-Bus activation of its exported service, as GNOME
# Shell starts a DBusActivatable app. Nothing is kept from one run to the next.
#
# Exits 77 (skipped) only when this machine cannot run Flatpak sandboxes at all (bubblewrap
# cannot create its namespaces), saying so.
set -euo pipefail

top=$(cd "$1" && pwd)
screenshot=${2:-}
app_id=io.github.communique.Communique
manifest_name=$app_id.json
platform_id=org.communique.HostTest.Platform
sdk_id=org.communique.HostTest.Sdk
arch=$(flatpak --default-arch)

platform_packages=(
  libwebkitgtk-6.0-4 libadwaita-1-0 libgtk-4-1 libjson-glib-1.0-0 libsqlite3-0 libssl3
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme librsvg2-common shared-mime-info
)
sdk_packages=(
  "${platform_packages[@]}"
  meson ninja-build pkg-config gcc gettext desktop-file-utils appstream-util libxml2-utils
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libwebkitgtk-6.0-dev
  libsqlite3-dev libjson-glib-dev libssl-dev
)

. "$(dirname "$0")/../lib/test-timeout.sh"
# The waits below, in half seconds: for a window or a painted page (60 s, scaled), and for a
# page's first paint or a window's end (20 s, scaled).
long_wait=$(($(cmq_timeout 60) * 2))
short_wait=$(($(cmq_timeout 20) * 2))

step_start=$SECONDS
step () {
  echo "# [$((SECONDS - step_start))s] $*"
}

for tool in flatpak flatpak-builder ostree bwrap python3 xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool"; exit 1; }
done

# Flatpak cannot work at all where bubblewrap cannot make its namespaces (some containers):
# that is the one thing this test skips on, and it says so.
if ! bwrap_error=$(bwrap --unshare-all --die-with-parent --ro-bind / / true 2>&1); then
  echo "SKIP: bubblewrap cannot create a sandbox on this machine, so Flatpak cannot run here:"
  echo "  $bwrap_error"
  exit 77
fi

# /var/tmp: on the same file system as /usr on a usual install, so the runtime's files can be
# hard links to the host's.
tmp=$(mktemp -d /var/tmp/communique-flatpak-XXXXXX)
app_pid=
cleanup () {
  flatpak kill "$app_id" >/dev/null 2>&1 || true
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

export HOME=$tmp/home
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CONFIG_HOME=$HOME/.config
export XDG_CACHE_HOME=$HOME/.cache
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# Flatpak keeps its running instances here: a private one, so "flatpak ps" and "flatpak kill"
# never see another run's app (and the app takes X11, the display under test, not a Wayland
# socket it might find there).
export XDG_RUNTIME_DIR=$tmp/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY

branch=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["runtime-version"])' \
  "$top/flatpak/$manifest_name")

step "laying out the Platform and the Sdk from the host's packages"
make_runtime () {
  local id=$1 dir=$2
  shift 2
  python3 "$top/tests/flatpak/flatpak-host-runtime.py" "$dir" "$@"
  mkdir -p "$dir/files"
  cat >"$dir/metadata" <<EOF
[Runtime]
name=$id
runtime=$platform_id/$arch/$branch
sdk=$sdk_id/$arch/$branch
EOF
}
make_runtime "$platform_id" "$tmp/platform" "${platform_packages[@]}"
make_runtime "$sdk_id" "$tmp/sdk" "${sdk_packages[@]}"
echo "# Platform $(du -sh "$tmp/platform" | cut -f1), Sdk $(du -sh "$tmp/sdk" | cut -f1)"

step "exporting them to a local repository"
# bare-user-only, the mode of a user installation: nothing is compressed, which would take
# minutes for a gigabyte.
ostree init --repo="$tmp/repo" --mode=bare-user-only
flatpak build-export --runtime --no-update-summary "$tmp/repo" "$tmp/platform" "$branch" >/dev/null
flatpak build-export --runtime --no-update-summary "$tmp/repo" "$tmp/sdk" "$branch" >/dev/null
flatpak build-update-repo "$tmp/repo" >/dev/null
rm -rf "$tmp/platform" "$tmp/sdk"
echo "# repository $(du -sh "$tmp/repo" | cut -f1)"

step "installing them into a user installation"
flatpak remote-add --user --no-gpg-verify host-test "file://$tmp/repo"
flatpak install --user -y --noninteractive host-test "$platform_id//$branch" "$sdk_id//$branch" \
  >/dev/null

step "copying the source tree and the manifest with only the runtime names changed"
mkdir "$tmp/source"
tar -C "$top" --exclude=./_build --exclude=./.git --exclude=./.flatpak-builder \
  --exclude=./_flatpak --exclude=./_flatpak-repo -cf - . |
  tar -C "$tmp/source" -xf -
sed -e "s/\"org\.gnome\.Platform\"/\"$platform_id\"/" -e "s/\"org\.gnome\.Sdk\"/\"$sdk_id\"/" \
  "$top/flatpak/$manifest_name" >"$tmp/source/flatpak/$manifest_name"
if diff "$top/flatpak/$manifest_name" "$tmp/source/flatpak/$manifest_name" |
   grep '^[<>]' |
   grep -v -e "org\.gnome\.Platform\|$platform_id" -e "org\.gnome\.Sdk\|$sdk_id"; then
  echo "the manifest copy differs in more than the runtime names"
  exit 1
fi

# No network: a namespace with only loopback, when this machine lets us make one (root, or
# unprivileged user namespaces); flatpak-builder's own sandbox has no network either.
offline=()
if unshare --net true 2>/dev/null; then
  offline=(unshare --net)
  unshare --net sh -c '! getent ahosts flathub.org >/dev/null 2>&1' ||
    { echo "the network namespace still resolves names"; exit 1; }
  echo "# offline: flatpak-builder runs in a network namespace with loopback only"
else
  echo "# cannot make a network namespace here; relying on flatpak-builder's sandbox alone"
fi

step "building the manifest with flatpak-builder --disable-download"
(
  cd "$tmp/source/flatpak"
  "${offline[@]}" flatpak-builder --user --install --disable-download --disable-rofiles-fuse \
    --force-clean --state-dir="$tmp/state" --repo="$tmp/app-repo" \
    "$tmp/build" "$manifest_name"
) >"$tmp/builder.log" 2>&1 || {
  tail -n 60 "$tmp/builder.log"
  echo "flatpak-builder failed"
  exit 1
}
flatpak info --user "$app_id" | sed 's/^/#   /'
# appstream-compose read the metainfo and the desktop file and rendered the icon for the
# software centres.
catalogue=$tmp/build/files/share/app-info
for file in "xmls/$app_id.xml.gz" "icons/flatpak/64x64/$app_id.png" \
            "icons/flatpak/128x128/$app_id.png"; do
  [ -s "$catalogue/$file" ] || { echo "appstream-compose did not make $file"; exit 1; }
done
if [ -n "$screenshot" ]; then
  cp "$catalogue/icons/flatpak/128x128/$app_id.png" "${screenshot%.png}-icon.png"
fi

echo "# disk used: $(du -sh "$tmp" | cut -f1) (the runtimes' files are links to the host's)"

# What the desktop sees of it: the desktop file, its icons and its D-Bus service, exported.
exports=$XDG_DATA_HOME/flatpak/exports/share
for file in "applications/$app_id.desktop" "dbus-1/services/$app_id.service" \
            "icons/hicolor/scalable/apps/$app_id.svg" \
            "icons/hicolor/symbolic/apps/$app_id-symbolic.svg"; do
  [ -e "$exports/$file" ] || { echo "not exported: $file"; exit 1; }
done
# No network and no file system: only what the manifest's finish-args grant.
permissions=$(flatpak info --user --show-permissions "$app_id")
echo "$permissions" | sed 's/^/#   /'
if echo "$permissions" | grep -q -e '^shared=.*network' -e '^filesystems='; then
  echo "the installed app has network or file system access"
  exit 1
fi

step "starting it from its exported desktop file's Exec line"
exec_line=$(sed -n 's/^Exec=//p' "$exports/applications/$app_id.desktop" | head -n 1)
echo "# Exec=$exec_line"
case "$exec_line" in
  *"flatpak run "*"$app_id"*) ;;
  *) echo "the exported desktop file does not start the Flatpak"; exit 1 ;;
esac
read -r -a command <<<"${exec_line//%[fFuUdDnNickvm]/}"
"${command[@]}" >"$tmp/run.log" 2>&1 &
app_pid=$!

window=
for _ in $(seq 1 $long_wait); do
  window=$(xdotool search --onlyvisible --name '^Communiqué$' 2>/dev/null | head -n 1) || true
  [ -n "$window" ] && break
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$tmp/run.log"
    echo "flatpak run exited before a window appeared"
    exit 1
  fi
  sleep 0.5
done
if [ -z "$window" ]; then
  cat "$tmp/run.log"
  echo "no Communiqué window appeared within $((long_wait / 2)) s"
  exit 1
fi
step "window $window is up: $(xdotool getwindowname "$window")"

# Inside the sandbox, from the app's own point of view.
if ! flatpak ps --columns=application | grep -qx "$app_id"; then
  echo "the window is up but flatpak ps does not list $app_id"
  exit 1
fi

# The reading view is WebKit, whose web process a Flatpak must start through the portal as a
# sandbox of its own: open the first release and wait for text to be painted where the empty
# page was (the mean brightness of the top of the reading pane drops).
eval "$(xdotool getwindowgeometry --shell "$window")"
pane="$((WIDTH - 420))x200+380+70"
brightness () {
  import -window "$window" -crop "$pane" +repage -colorspace Gray -format '%[fx:mean]' info:
}
empty=0
for _ in $(seq 1 $short_wait); do # until the empty page is painted, light
  empty=$(brightness)
  python3 -c "import sys; sys.exit(0 if $empty > 0.8 else 1)" && break
  sleep 0.5
done
# A row of the release list, clicked at three heights in case the list does not start at the
# first (well below the search entry, the All / Favourites / Notes filter and the timeline, which
# a click must not hit: Favourites would empty the list, a bar of the timeline would narrow it);
# the first release's page takes a few seconds more while the web process starts.
painted=
for row_y in 330 400 470; do
  xdotool mousemove --window "$window" 170 "$row_y" click 1
  for _ in $(seq 1 $short_wait); do
    sleep 0.5
    now=$(brightness)
    if python3 -c "import sys; sys.exit(0 if $now < $empty - 0.02 else 1)"; then
      painted=$now
      break 2
    fi
  done
done
if [ -n "$screenshot" ]; then
  import -window "$window" "$screenshot" && echo "# screenshot: $screenshot"
fi
if [ -z "$painted" ]; then
  cat "$tmp/run.log"
  echo "the reading view painted nothing within $((3 * short_wait / 2)) s" \
    "(brightness $empty, then $now)"
  exit 1
fi
step "the reading view shows the release (brightness $empty, then $painted)"

sed 's/^/# app: /' "$tmp/run.log" | head -n 20

step "stopping it, then starting it as GNOME Shell does (DBusActivatable): D-Bus activation"
flatpak kill "$app_id"
wait "$app_pid" 2>/dev/null || true
app_pid=
for _ in $(seq 1 $short_wait); do
  xdotool search --onlyvisible --name '^Communiqué$' >/dev/null 2>&1 || break
  sleep 0.5
done
if xdotool search --onlyvisible --name '^Communiqué$' >/dev/null 2>&1; then
  echo "the window stayed after flatpak kill"
  exit 1
fi
# A bus of its own that knows the exported service file, as a session bus started after the
# installation would; Activate auto-starts the service's Exec
# (flatpak run … --gapplication-service).
APP_ID=$app_id WAIT=$long_wait XDG_DATA_DIRS="$exports:/usr/local/share:/usr/share" \
  dbus-run-session -- bash -c '
    gdbus call --session --timeout $((WAIT / 2)) --dest "$APP_ID" --object-path "/${APP_ID//./\/}" \
      --method org.freedesktop.Application.Activate "{}" || exit 1
    for _ in $(seq 1 "$WAIT"); do
      if window=$(xdotool search --onlyvisible --name "^Communiqué$" 2>/dev/null); then
        echo "window $window is up; running: $(flatpak ps --columns=application,pid | tr "\n" " ")"
        flatpak kill "$APP_ID"
        exit 0
      fi
      sleep 0.5
    done
    exit 1' >"$tmp/activate.log" 2>&1 || {
  cat "$tmp/activate.log"
  echo "activating $app_id over D-Bus opened no window"
  exit 1
}
sed "s/^/# activation: /" "$tmp/activate.log" | head -n 20
step "done: D-Bus activation opened the window too"
