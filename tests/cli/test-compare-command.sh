#!/bin/sh
# communique --compare A B: a real release against an edited copy of itself (a paragraph
# removed, one reworded, one added, a control character and a bidirectional override slipped
# in), by file and by the id --search --json gives. The plain form has the heading, the
# summary and [-deleted-]{+inserted+} marks with control characters escaped; --json one object per
# aligned pair whose changes rebuild both releases' paragraphs; exit status 0 for the same text,
# 1 when it differs, 2 for a usage error or something that is not a release.
set -eu

communique=$1
fixtures="${G_TEST_SRCDIR:-$(dirname "$0")}/fixtures"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run () {
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME="$tmp/cache" \
    XDG_DATA_HOME="$tmp/data" "$communique" --library "$tmp/library" "$@"
}

mkdir "$tmp/library"
cp "$fixtures/real/016.txt" "$tmp/library/a.txt"
python3 - "$fixtures/real/016.txt" "$tmp/b.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("Montenegro joined the Partnership for Peace in December 2006 and was invited "
                    "to the Membership Action Plan in December 2009.", "", 1)
text = text.replace("reforms are ambitious", "reforms are \x1b[31mvery\u202e ambitious", 1)
text = text.rstrip("\n") + ("\n\nThe Zanzibarian delegation also attended the meeting of the "
                            "North Atlantic Council.\n")
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY

status () {
  s=0
  "$@" >"$tmp/out" 2>"$tmp/err" || s=$?
  echo "$s"
}
echo "plain $(status run --compare "$tmp/library/a.txt" "$tmp/b.txt")" >"$tmp/statuses"
cp "$tmp/out" "$tmp/plain"
echo "json $(status run --compare "$tmp/library/a.txt" "$tmp/b.txt" --json)" >>"$tmp/statuses"
cp "$tmp/out" "$tmp/json"
echo "same $(status run --compare "$tmp/library/a.txt" "$tmp/library/a.txt")" >>"$tmp/statuses"
echo "one $(status run --compare "$tmp/b.txt")" >>"$tmp/statuses"
cp "$tmp/err" "$tmp/one-err"
echo "missing $(status run --compare "$tmp/b.txt" "$tmp/nothing-here")" >>"$tmp/statuses"
cp "$tmp/err" "$tmp/missing-err"
run --search zanzibarian --json >/dev/null || true
run --search montenegro --json >"$tmp/hits"
id=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["id"])' "$tmp/hits")
echo "id $(status run --compare "$id" "$tmp/b.txt" --json)" >>"$tmp/statuses"
cp "$tmp/out" "$tmp/by-id"
"$communique" --inspect "$tmp/library/a.txt" "$tmp/b.txt" >"$tmp/inspect"

exec python3 - "$tmp" <<'PY'
import json, os, sys

tmp = sys.argv[1]
ok = True

def check(cond, what):
    global ok
    print(("ok - " if cond else "not ok - ") + what)
    ok = ok and cond

def read(name):
    return open(os.path.join(tmp, name), encoding="utf-8").read()

statuses = dict(l.split(" ", 1) for l in read("statuses").splitlines())
check(statuses["plain"] == "1", f"different releases: status 1 (got {statuses['plain']})")
check(statuses["json"] == "1", "the same with --json")
check(statuses["same"] == "0", f"a release against itself: status 0 (got {statuses['same']})")
check(statuses["one"] == "2" and "--compare needs two releases" in read("one-err"),
      "one release only: status 2 and why")
check(statuses["missing"] == "2" and "nothing-here is neither a release file" in read("missing-err"),
      "a file that is not there: status 2 and why")
check(statuses["id"] == "1", f"a release of the library by its id (status {statuses['id']})")

plain = read("plain")
lines = plain.splitlines()
check(lines[0].startswith("A The Prime Minister of Montenegro") and "2013-03-26" in lines[0],
      "first heading line: A, title, date")
check(lines[1].startswith("B ") and lines[1].endswith("b.txt"), "second heading line: B … file")
check(lines[2] == "3 unchanged, 1 reworded, 1 added, 1 removed", f"the summary line: {lines[2]}")
check("[-Montenegro joined the Partnership for Peace" in plain, "the removed paragraph, marked")
check("{+The Zanzibarian delegation" in plain, "the added paragraph, marked")
check("{+\\x1b[31mvery\\u202e +}ambitious" in plain, "the changed words marked, controls escaped")
check("\x1b" not in plain and "\u202e" not in plain, "no raw control or override character")

a, b = (json.loads(l) for l in read("inspect").splitlines())
items = [json.loads(l) for l in read("json").splitlines()]
check(all(set(i) == {"kind", "a", "b", "similarity", "changes"} for i in items),
      "each JSON object has kind, a, b, similarity and changes")
kinds = [i["kind"] for i in items]
check(kinds.count("removed") == 1 and kinds.count("added") == 1 and kinds.count("reworded") == 1,
      f"one removed, one added, one reworded: {kinds}")
check(set(kinds) <= {"unchanged", "reworded", "removed", "added"}, "and nothing else")
rebuilt_a, rebuilt_b = {}, {}
for i in items:
    text_a = "".join(c["text"] for c in i["changes"] if c["op"] != "insert")
    text_b = "".join(c["text"] for c in i["changes"] if c["op"] != "delete")
    for n, t in zip(i["a"], text_a.split("\n") if i["a"] else []):
        rebuilt_a[n] = t
    for n, t in zip(i["b"], text_b.split("\n") if i["b"] else []):
        rebuilt_b[n] = t
check([rebuilt_a[n] for n in sorted(rebuilt_a)] == a["paragraphs"],
      "the changes rebuild the first release's paragraphs")
check([rebuilt_b[n] for n in sorted(rebuilt_b)] == b["paragraphs"],
      "and the second's")
check(sorted(rebuilt_b) == list(range(1, len(b["paragraphs"]) + 1)),
      "every paragraph of the second, once, numbered from 1")
by_id = [json.loads(l) for l in read("by-id").splitlines()]
check(by_id == items, "by id as by file")
sys.exit(0 if ok else 1)
PY
