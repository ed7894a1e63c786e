#!/bin/sh
# communique --cite on the bundled seeds, without a display or D-Bus: every format, a paragraph,
# both styles and conventions; CSL-JSON valid against the CSL data schema; a wrong option or a
# paragraph a release does not have is said on stderr.
set -eu

communique=$1
srcdir="${G_TEST_SRCDIR:-$(dirname "$0")/..}"
exec python3 - "$communique" "$srcdir" <<'PY'
import glob, json, os, re, subprocess, sys
import jsonschema

communique, srcdir = sys.argv[1], sys.argv[2]
seeds = sorted(glob.glob(f"{srcdir}/fixtures/seeds/*.txt"))
schema = json.load(open(f"{srcdir}/fixtures/csl/csl-data.json", encoding="utf-8"))
env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
ok = True

def check(cond, what):
    global ok
    print(("ok - " if cond else "not ok - ") + what)
    ok = ok and cond

def run(*args):
    p = subprocess.run([communique, "--cite", *args], capture_output=True, text=True, env=env,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr

status, out, err = run(*seeds)
blocks = [b for b in out.strip().split("\n\n") if b]
check(status == 0 and err == "", f"text: exit 0, nothing on stderr ({status}, {err!r})")
check(len(blocks) == len(seeds), f"text: one citation per release ({len(blocks)})")
check(all(re.search(r"\(\[?(\[?\d{4}\]?|n\.d\.), [A-Z][a-z]+ \d+\]?\)\.", b) for b in blocks),
      "text: each with its date in APA's form")

status, out, err = run("--format", "csl-json", "--paragraph", "2", *seeds)
items = json.loads(out)
try:
    jsonschema.validate(items, schema)
    valid = True
except jsonschema.ValidationError as e:
    print("#", e)
    valid = False
check(status == 0 and valid, "csl-json: valid against the CSL data schema")
check(len(items) == len(seeds) and all(i["locator"] == "2" for i in items),
      "csl-json: one item per release, paragraph 2 as the locator")
check(all(i["issued"]["date-parts"][0][0] >= 2020 for i in items), "csl-json: issued years")

status, out, err = run("--format", "bibtex", *seeds)
check(status == 0 and out.count("@misc{") + out.count("@techreport{") == len(seeds),
      "bibtex: one entry per release")
check(out.count("{") == out.count("}"), "bibtex: braces balance")

status, out, err = run("--format", "ris", *seeds)
check(status == 0 and out.count("TY  - ") == len(seeds) and out.count("ER  - ") == len(seeds),
      "ris: one record per release")

status, out, err = run("--style", "note", "--conventions", "fr", "--paragraph", "1", seeds[0])
check(status == 0 and "\u00ab\u00a0" in out and "par. 1" in out and "juin 2021" in out,
      f"note, French: guillemets, par. 1, the date in French ({out.strip()!r})")

status, out, err = run("--format", "html", seeds[0])
check(status == 0 and out.startswith("<p>") and "<i>" in out, "html: a paragraph, title in italics")

status, out, err = run("--format", "docx", seeds[0])
check(status == 2 and out == "" and "docx" in err, "an unknown format: exit 2, said, nothing printed")
status, out, err = run("--style", "mla", seeds[0])
check(status == 2 and out == "" and "mla" in err, "an unknown style: exit 2")
status, out, err = run("--paragraph", "999", seeds[0], seeds[1])
check(status == 1 and "999" in err and out == "", "a paragraph too far: exit 1, said on stderr")
status, out, err = run(seeds[0], f"{srcdir}/fixtures/seeds/does-not-exist.txt")
check(status == 1 and "does-not-exist.txt" in err and out.count("\n\n") == 0 and out.strip(),
      "a missing file: exit 1, named on stderr, the others still cited")
status, out, err = run()
check(status == 2 and "--cite" in err, "no file: exit 2")
sys.exit(0 if ok else 1)
PY
