#!/bin/sh
# communique --search on the bundled seeds: no display or D-Bus, one JSON object per hit with
# id, file, title, date and score, best first, and with --snippets the same hits with a snippet
# too (matched words between **); --json alone reads no release's text (with every stored text
# damaged, it prints the same bytes, and --snippets does not); the plain
# form "date  title  file"; whole words unless *; exit status 1 when nothing matches, 2 for
# --snippets without --json; a second run reuses the index in a private $XDG_CACHE_HOME. On a
# copy of the seeds, a search trusts the index when no folder changed, yet finds a file added and
# forgets a file removed at once; a file rewritten in place is found with --rescan.
set -eu

communique=$1
fixtures="${G_TEST_SRCDIR:-$(dirname "$0")}/fixtures/seeds"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run () {
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME="$tmp/cache" \
    XDG_DATA_HOME="$tmp/data" "$communique" --library "$fixtures" "$@"
}

run --search 'madrid OR covid' --json --snippets >"$tmp/json"
run --search 'madrid OR covid' --json >"$tmp/bare"
LD_DEBUG=files run --search 'madrid OR covid' --limit 2 >"$tmp/plain" 2>"$tmp/loaded"
run --search 'ukr*' --json --snippets >"$tmp/prefix"
status=0
run --search 'ukr' >"$tmp/whole" || status=$?
echo "$status" >"$tmp/whole-status"
run --search '"collective defence" year:2021' --json --snippets >"$tmp/filtered"
status=0
run --search madrid --snippets >"$tmp/snippets-plain" 2>"$tmp/snippets-plain-err" || status=$?
echo "$status" >"$tmp/snippets-plain-status"
status=0
run --search 'title:' --json >"$tmp/odd" 2>"$tmp/odd-err" || status=$?
echo "$status" >"$tmp/odd-status"

# --json without --snippets reads no release's text: with every stored text (deflated, in the
# table bodies) damaged, it prints the same bytes, for words, a prefix and a date alone (three
# ways a snippet is made); reading one would warn that the index is damaged and rebuild it.
# --json --snippets (run last: it rebuilds the index) does read them.
queries='madrid OR covid|ukr*|year:2021'
each_query () {
  IFS='|'
  for query in $queries; do
    unset IFS
    run --search "$query" --json "$@" 2>&1 || true
  done
  unset IFS
}
each_query >"$tmp/before"
each_query --snippets >"$tmp/before-snippets"
python3 - "$tmp/cache/communique/index.sqlite" <<'PY'
import sqlite3, sys

db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE bodies SET body = X'00'")
db.commit()
PY
each_query >"$tmp/after"
each_query --snippets >"$tmp/after-snippets"

# The trusted index (see README): the folder must be 2 s older than the update that records it.
copy="$tmp/copy"
mkdir "$copy"
cp "$fixtures"/*.txt "$copy"/
csearch () {
  status=0
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME="$tmp/cache2" \
    XDG_DATA_HOME="$tmp/data" "$communique" --library "$copy" "$@" >"$tmp/out" || status=$?
  echo "$status $(wc -l <"$tmp/out")"
}
sleep 2.1
csearch --search madrid >/dev/null            # indexes and records the folder
first=$(ls "$copy" | head -n 1)
printf 'Zanzibarian talks\n\nAllies met the Zanzibarian delegation on Monday (3 May 2021).\n' \
  >"$copy/new.txt"
echo "added: $(csearch --search zanzibarian)" >"$tmp/trust"
rm "$copy/new.txt"
echo "removed: $(csearch --search zanzibarian)" >>"$tmp/trust"
sleep 2.1
csearch --search madrid >/dev/null            # the folder is recorded again
printf '\nThe Quokkaland delegation also attended.\n' >>"$copy/$first"
echo "in-place: $(csearch --search quokkaland)" >>"$tmp/trust"
echo "rescan: $(csearch --search quokkaland --rescan)" >>"$tmp/trust"

# File names that would forge result lines (a newline, a carriage return, a line separator, an
# escape sequence) are escaped in the plain output: one hit, one line; in the JSON too, where
# they read back as the file's name.
forged="$tmp/forged"
mkdir "$forged"
printf 'Quagga accord signed\n\nAllies and the Quagga delegation met on Monday (3 May 2021).\n' \
  >"$forged/$(printf 'a\n2099-01-01  Forged result  passwd\r\033[2K\342\200\250b\\.txt')"
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME="$tmp/cache3" \
  XDG_DATA_HOME="$tmp/data" "$communique" --library "$forged" --search quagga >"$tmp/forged-out"
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME="$tmp/cache3" \
  XDG_DATA_HOME="$tmp/data" "$communique" --library "$forged" --search quagga --json --snippets \
  >"$tmp/forged-json"

# A phrase too long to search is refused, not cut into words.
status=0
long=$(python3 -c 'print("allies " * 2500)')
run --search "\"$long\"" >"$tmp/long-out" 2>"$tmp/long-err" || status=$?
echo "$status" >"$tmp/long-status"

exec python3 - "$tmp" "$fixtures" <<'PY'
import json, os, sys

tmp, fixtures = sys.argv[1], sys.argv[2]
ok = True

def check(cond, what):
    global ok
    print(("ok - " if cond else "not ok - ") + what)
    ok = ok and cond

def lines(name):
    return [l for l in open(os.path.join(tmp, name), encoding="utf-8").read().splitlines() if l]

hits = [json.loads(l) for l in lines("json")]
check(len(hits) == 2, f"two releases mention Madrid or COVID (got {len(hits)})")
bare = [json.loads(l) for l in lines("bare")]
check(all(set(hit) == {"id", "file", "title", "date", "score"} for hit in bare),
      "--json without --snippets: exactly the documented keys, no snippet")
check(bare == [{k: v for k, v in hit.items() if k != "snippet"} for hit in hits],
      "--json and --json --snippets: the same hits in the same order")
check(open(os.path.join(tmp, "snippets-plain-status")).read().strip() == "2"
      and "--json" in open(os.path.join(tmp, "snippets-plain-err")).read()
      and lines("snippets-plain") == [], "--snippets without --json: a usage error, status 2")
def read(name):
    return open(os.path.join(tmp, name), "rb").read()
check(read("before") == read("after") and read("before").count(b"\n") >= 5,
      "--json reads no release's text: the same bytes with every stored text damaged")
check(read("before-snippets") != read("after-snippets"),
      "--json --snippets reads it: the damage is seen")
for hit in hits:
    check(set(hit) == {"id", "file", "title", "date", "score", "snippet"},
          f"{hit.get('file')}: exactly the documented keys with --snippets")
    check(len(hit["id"]) == 16, f"{hit['id']}: an id")
    check(hit["file"].startswith(os.path.realpath(fixtures)) or hit["file"].startswith(fixtures),
          f"{hit['file']}: a file of the library")
    check("**" in hit["snippet"], f"{hit['id']}: the snippet marks the matched words")
    check(hit["score"] > 0, f"{hit['id']}: a positive score")
check(hits == sorted(hits, key=lambda h: -h["score"]), "best first")
check({h["date"] for h in hits} == {"2020-06-16", "2022-06-16"}, "the two dates")

plain = lines("plain")
check(len(plain) == 2, "--limit 2 prints two lines")
for line, hit in zip(plain, hits):
    check(line == f"{hit['date']}  {hit['title']}  {hit['file']}", f"plain line: {line[:40]}…")

loaded = open(os.path.join(tmp, "loaded"), encoding="utf-8", errors="replace").read()
check("libsqlite3" in loaded, "LD_DEBUG lists the libraries loaded")
for lib in ("libgtk-4", "libadwaita-1", "libwebkitgtk-6.0"):
    check(lib not in loaded, f"--search does not load {lib}")

prefix = [json.loads(l) for l in lines("prefix")]
check(len(prefix) == 2 and all("**Ukrain" in h["snippet"] for h in prefix),
      "ukr* finds Ukraine and Ukrainian")
check(lines("whole") == [] and open(os.path.join(tmp, "whole-status")).read().strip() == "1",
      "ukr alone is a whole word: no hit, exit status 1")

filtered = [json.loads(l) for l in lines("filtered")]
check([h["date"] for h in filtered] == ["2021-06-01"], "a phrase with year:2021")
check("**collective defence**" in filtered[0]["snippet"].lower(), "the phrase is marked")

check(open(os.path.join(tmp, "odd-status")).read().strip() in ("0", "1"),
      "a malformed query is not an error")
check(os.path.exists(os.path.join(tmp, "cache", "communique", "index.sqlite")),
      "the index is in $XDG_CACHE_HOME/communique")
trust = dict(l.split(": ", 1) for l in lines("trust"))
check(trust["added"] == "0 1", f"a file added is found at once (status, hits: {trust['added']})")
check(trust["removed"] == "1 0", f"a file removed is gone at once ({trust['removed']})")
check(trust["in-place"] == "1 0",
      f"a file rewritten in place is not looked at without --rescan ({trust['in-place']})")
check(trust["rescan"] == "0 1", f"--rescan finds it ({trust['rescan']})")
forged = open(os.path.join(tmp, "forged-out"), "rb").read()
check(forged.count(b"\n") == 1 and b"\r" not in forged and b"\x1b" not in forged
      and "\u2028".encode() not in forged, f"a forged file name stays on one line: {forged!r}")
check(b"a\\n2099-01-01  Forged result  passwd\\r\\x1b[2K\\u{2028}b\\\\.txt" in forged,
      "its control characters are escaped, its backslash doubled")
forged_json = read("forged-json")
check(forged_json.count(b"\n") == 1 and b"\r" not in forged_json and b"\x1b" not in forged_json,
      f"in JSON too, one line: {forged_json!r}")
forged_hit = json.loads(forged_json)
check(os.fsencode(forged_hit["file"]) == os.fsencode(os.path.join(
          tmp, "forged", "a\n2099-01-01  Forged result  passwd\r\x1b[2K\u2028b\\.txt")) and
      "**Quagga**" in forged_hit["snippet"], "its JSON reads back as the file's name")
check(open(os.path.join(tmp, "long-status")).read().strip() == "2"
      and "too long" in open(os.path.join(tmp, "long-err")).read()
      and lines("long-out") == [], "a phrase of 17,500 bytes is refused with a message, status 2")
sys.exit(0 if ok else 1)
PY
