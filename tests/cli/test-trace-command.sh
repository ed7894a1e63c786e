#!/bin/sh
# communique --trace PHRASE: on a generated library (build-aux/generate-library.py) and on the
# release fixtures, the releases counted each year are those `--search '"PHRASE"'` lists that
# year, each year's total is the library's releases that year, the uses are keyword in context
# (the phrase as written, in the middle), oldest first; status 1 for a phrase nobody uses and 2
# for one with no word.
set -eu

communique=$1
tests="${G_TEST_SRCDIR:-$(dirname "$0")}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$tests/../build-aux/generate-library.py" "$tmp/generated" 300
mkdir "$tmp/fixtures"
cp "$tests/fixtures/real/"*.txt "$tests/fixtures/web/"*.txt "$tests/fixtures/seeds/"*.txt \
  "$tmp/fixtures/"

run () {
  library=$1
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME="$tmp/cache-$library" \
    XDG_DATA_HOME="$tmp/data" "$communique" --library "$tmp/$library" "$@"
}

for library in generated fixtures; do
  run "$library" --search '' --json >"$tmp/$library-all"
  for phrase in "secretary general" "Collective Defence" "Afghanistan" "Türkiye" \
    "Conseil de l'Europe" "North Atlantic Council"; do
    name=$(echo "$phrase" | tr -c 'A-Za-z\n' '_')
    run "$library" --trace "$phrase" --json >"$tmp/$library-$name-trace" || true
    run "$library" --search "\"$phrase\"" --json >"$tmp/$library-$name-search" || true
    run "$library" --trace "$phrase" >"$tmp/$library-$name-plain" || true
  done
done
status () {
  s=0
  run fixtures "$@" >/dev/null 2>"$tmp/err" || s=$?
  echo "$s"
}
# Near variants: in plain text with --variants, always in the JSON.
run fixtures --trace "collective defence" --variants >"$tmp/variants-plain" || true
run fixtures --trace "collective defence" >"$tmp/no-variants-plain" || true
echo "unused $(status --trace 'zanzibarian quokkas')" >"$tmp/statuses"
echo "empty $(status --trace ' ,; ')" >>"$tmp/statuses"
cp "$tmp/err" "$tmp/empty-err"

exec python3 - "$tmp" <<'PY'
import collections, glob, json, os, sys, unicodedata

tmp = sys.argv[1]
ok = True

def check(cond, what):
    global ok
    print(("ok - " if cond else "not ok - ") + what)
    ok = ok and cond

def fold(text):
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c if c.isalnum() else " " for c in text
                            if not unicodedata.combining(c)).split())

def objects(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

def year(date):
    return int(date[:4]) if date else None

found_some = 0
for library in ("generated", "fixtures"):
    totals = collections.Counter(year(h["date"]) for h in objects(f"{tmp}/{library}-all"))
    for trace_path in sorted(glob.glob(f"{tmp}/{library}-*-trace")):
        name = trace_path[len(f"{tmp}/{library}-"):-len("-trace")]
        trace = objects(trace_path)
        hits = objects(trace_path[:-len("trace")] + "search")
        summary = trace[0]
        years = [o for o in trace if o["type"] == "year"]
        uses = [o for o in trace if o["type"] == "use"]
        phrase = summary["phrase"]
        what = f"{library}, {phrase!r}"
        by_year = collections.Counter(year(h["date"]) for h in hits)
        counted = {y["year"]: y["releases"] for y in years if y["releases"] > 0}
        check(summary["releases"] == len(hits), f"{what}: {len(hits)} releases, as --search")
        check(counted == dict(by_year), f"{what}: releases per year as --search counts them")
        check(all(y["total"] == totals[y["year"]] for y in years),
              f"{what}: each year's total is the library's releases that year")
        check(all(abs(y["share"] - (y["releases"] / y["total"] if y["total"] else 0)) < 1e-9
                  for y in years), f"{what}: share = releases / total")
        dated = [y["year"] for y in years if y["year"] is not None]
        check(dated == list(range(dated[0], dated[-1] + 1)) if dated else True,
              f"{what}: every year from the first use to the last, in order")
        dates = sorted(h["date"] for h in hits if h["date"])
        check(summary["first"] == (dates[0] if dates else None) and
              summary["last"] == (dates[-1] if dates else None), f"{what}: first and last use")
        check(all(fold(u["match"]) == fold(phrase) for u in uses),
              f"{what}: each use is the phrase as written")
        check({u["id"] for u in uses} <= {h["id"] for h in hits},
              f"{what}: uses are in the releases found")
        order = [(u["date"] is None, u["date"] or "") for u in uses]
        check(order == sorted(order), f"{what}: uses oldest first, undated last")
        check(all(len(u["left"]) <= 60 and len(u["right"]) <= 60 for u in uses),
              f"{what}: at most 60 characters of context either side")
        plain = open(trace_path[:-len("trace")] + "plain", encoding="utf-8").read().splitlines()
        check(plain[0].startswith(f"“{phrase}” is in {len(hits)} release"),
              f"{what}: the plain summary line")
        kwic = [l for l in plain if l[:4].isdigit() and len(l) > 80 or l.startswith("----------")]
        check(all(l[12 + 60:].startswith(u["match"]) for l, u in zip(kwic, uses)) and
              len(kwic) == len(uses), f"{what}: the plain uses put the phrase in one column")
        found_some += len(uses) > 0
check(found_some >= 8, f"most phrases are found somewhere ({found_some})")

# Near variants: the phrase with one word changed, counted apart from the uses, the changed
# word marked; each word but one of the phrase where it is.
for library in ("generated", "fixtures"):
    for trace_path in sorted(glob.glob(f"{tmp}/{library}-*-trace")):
        trace = objects(trace_path)
        phrase = fold(trace[0]["phrase"]).split()
        what = f"{library}, {trace[0]['phrase']!r}"
        summaries = [o for o in trace if o["type"] == "variants"]
        variants = [o for o in trace if o["type"] == "variant"]
        check(len(summaries) == 1 and summaries[0]["uses"] == len(variants) and
              summaries[0]["releases"] == len({v["id"] for v in variants}),
              f"{what}: the near variants counted apart ({len(variants)})")
        good = True
        for v in variants:
            words = fold(v["match"]).split()
            diff = [i for i, (a, b) in enumerate(zip(words, phrase)) if a != b]
            good = good and len(words) == len(phrase) and len(diff) == 1 and \
                fold(v["changed"]) == words[diff[0]] and v["instead_of"] == phrase[diff[0]]
        check(good, f"{what}: each variant has one word changed, and says which")
        if len(phrase) < 2:
            check(not variants, f"{what}: a single word has no near variant")
        order = [(v["date"] is None, v["date"] or "") for v in variants]
        check(order == sorted(order), f"{what}: variants oldest first, undated last")
plain = open(f"{tmp}/variants-plain", encoding="utf-8").read()
marked = [l for l in plain.splitlines() if "[-defence-]{+" in l or "[-collective-]{+" in l]
check("Near variants: " in plain and len(marked) > 0,
      f"--variants prints the near variants, the changed word marked ({len(marked)})")
check("Near variants" not in open(f"{tmp}/no-variants-plain", encoding="utf-8").read(),
      "without --variants, the plain output has none")

statuses = dict(l.split(" ", 1) for l in open(f"{tmp}/statuses").read().splitlines())
check(statuses["unused"] == "1", f"a phrase nobody uses: status 1 (got {statuses['unused']})")
check(statuses["empty"] == "2" and "--trace needs a phrase" in open(f"{tmp}/empty-err").read(),
      "a phrase with no word: status 2 and why")
sys.exit(0 if ok else 1)
PY
