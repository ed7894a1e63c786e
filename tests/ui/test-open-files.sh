#!/bin/sh
# `communique FILE…` imports the files: run once with --library (its own instance), and once more
# while a first, unique instance runs, so the files travel over D-Bus to it (GApplication's open).
# Needs a display and a session bus (build-aux/test provides both).
set -eu

communique=$1
seeds="${G_TEST_SRCDIR:-$(dirname "$0")}/fixtures/seeds"
# Not one of the samples, which the unique instance already shows (and so would not copy).
real="${G_TEST_SRCDIR:-$(dirname "$0")}/fixtures/real"
. "$(dirname "$0")/../lib/test-timeout.sh"
tmp=$(mktemp -d)
pids=""
cleanup () {
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for pid in $pids; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp" || true
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "1..0 # SKIP needs a display and a session bus"
  exit 0
fi

# Waits for a file to exist, up to 60 s (scaled).
tries=$(($(cmq_timeout 60) * 10))
wait_for () {
  i=0
  while [ ! -e "$1" ]; do
    i=$((i + 1))
    [ $i -le $tries ] || return 1
    sleep 0.1
  done
}

# Waits for a Communiqué instance to own its name on the session bus, up to 60 s (scaled).
wait_for_bus_name () {
  i=0
  until gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.ListNames | grep -q "'io\.github\.communique\.Communique"; do
    i=$((i + 1))
    [ $i -le $tries ] || return 1
    sleep 0.1
  done
}

echo "1..3"

# Private data, settings and cache folders for both runs: never the user's (an index of another
# library left in the real cache made the first run rebuild it for minutes).
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
mkdir "$tmp/library"
"$communique" --library "$tmp/library" "$seeds/001_5f2881911b002c03.txt" >"$tmp/first.log" 2>&1 &
pids="$pids $!"
if wait_for "$tmp/library/001_5f2881911b002c03.txt"; then
  echo "ok 1 - communique --library DIR FILE copies FILE into DIR"
else
  echo "not ok 1 - communique --library DIR FILE copies FILE into DIR"; cat "$tmp/first.log"; exit 1
fi

# A unique instance with the private data folder, then a second `communique FILE`.
"$communique" >"$tmp/primary.log" 2>&1 &
primary=$!
pids="$pids $primary"
wait_for "$tmp/data/communique/releases" && wait_for_bus_name ||
  { echo "not ok 2 - the first instance starts"; exit 1; }
if timeout "$(cmq_timeout 60)" "$communique" "$real/004.txt" >"$tmp/second.log" 2>&1; then
  echo "ok 2 - a second communique FILE hands the file over and exits"
else
  echo "not ok 2 - a second communique FILE hands the file over and exits"; cat "$tmp/second.log"
  exit 1
fi
if wait_for "$tmp/data/communique/releases/004.txt" &&
  kill -0 "$primary" 2>/dev/null; then
  echo "ok 3 - the running instance imported it"
else
  echo "not ok 3 - the running instance imported it"; cat "$tmp/primary.log"; exit 1
fi
