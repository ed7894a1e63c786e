#!/bin/sh
# communique --inspect on the bundled seeds: one JSON line per file, the dates the issue names,
# the chrome gone, no display or D-Bus needed, and a missing file reported on stderr while the
# others still print.
set -eu

communique=$1
fixtures="${G_TEST_SRCDIR:-$(dirname "$0")}/fixtures/seeds"
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

status=0
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
  "$communique" --inspect "$fixtures"/*.txt "$fixtures/does-not-exist.txt" >"$out" 2>"$err" ||
  status=$?

exec python3 - "$out" "$err" "$status" <<'PY'
import json, sys

out, err, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = [l for l in open(out, encoding="utf-8").read().splitlines() if l.strip()]
errors = open(err, encoding="utf-8").read()
ok = True

def check(cond, what):
    global ok
    print(("ok - " if cond else "not ok - ") + what)
    ok = ok and cond

check(len(lines) == 5, f"five JSON lines (got {len(lines)})")
check(status == 1, f"exit status 1 when a file is missing (got {status})")
check("does-not-exist.txt" in errors, "the missing file is named on stderr")

expected = {
    "000_": ("2021-06-01",),
    "001_": ("2022-06-16",),
    "002_": ("2020-06-16",),
    "003_": ("2025-05-14", "2025-05-15"),
    "004_": ("2021-02-11",),
}
for line in lines:
    release = json.loads(line)
    for key in ("file", "id", "title", "date", "date_source", "language", "paragraphs", "quotes",
                "chrome_lines"):
        check(key in release, f"{release.get('file')}: has {key}")
    name = release["file"].rsplit("/", 1)[-1]
    want = expected[name[:4]]
    check(release["date"] in want, f"{name}: date {release['date']} in {want}")
    check(release["language"] == "en", f"{name}: language en")
    check(release["chrome_lines"] >= 20, f"{name}: chrome lines removed ({release['chrome_lines']})")
    body = "\n".join(release["paragraphs"]).lower()
    for phrase in ("multimedia account", "verification code", "reset password", "newsletter"):
        check(phrase not in body, f"{name}: no '{phrase}' left")
    check(0 < len(release["title"]) <= 100, f"{name}: title length {len(release['title'])}")

sys.exit(0 if ok else 1)
PY
