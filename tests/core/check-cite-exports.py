#!/usr/bin/env python3
"""Reads back what test-cite wrote: CSL-JSON against the CSL data schema, BibTeX parsed with a
small parser and its TeX accents decoded, RIS read tag by tag; each compared with the citations
the test made (expected.json: title, organisation, URL, date, inferred, paragraph)."""
import json
import re
import sys
import unicodedata

import jsonschema

schema_path, folder = sys.argv[1], sys.argv[2]
expected = json.load(open(f"{folder}/expected.json", encoding="utf-8"))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


# CSL-JSON
schema = json.load(open(schema_path, encoding="utf-8"))
items = json.load(open(f"{folder}/out.json", encoding="utf-8"))
jsonschema.validate(items, schema)
check(len(items) == len(expected), f"CSL-JSON: {len(items)} items for {len(expected)}")
check(len({i["id"] for i in items}) == len(items), "CSL-JSON: ids are unique")
for item, want in zip(items, expected):
    check(item["title"] == want["title"], f"CSL title {item['title']!r}")
    check(item["type"] in ("report", "article"), f"CSL type {item['type']}")
    if want["organisation"]:
        check(item.get("publisher") == want["organisation"], f"CSL publisher of {want['title']!r}")
        check(item.get("author") == [{"literal": want["organisation"]}], "CSL author")
    else:
        check("publisher" not in item and "author" not in item, "CSL: no made-up publisher")
    check(item.get("URL") == want["url"], f"CSL URL {item.get('URL')!r}")
    y, m, d = want["date"]
    if y:
        parts = [p for p in (y, m, d) if p] if m else [y]
        check(item["issued"]["date-parts"] == [parts], f"CSL issued {item['issued']} for {want['date']}")
        check(bool(item["issued"].get("circa")) == want["inferred"], "CSL circa for an inferred date")
    else:
        check("issued" not in item, "CSL: no year, no issued")
    if want["paragraph"]:
        check(item.get("locator") == str(want["paragraph"]), "CSL locator of a passage")
    else:
        check("locator" not in item, "CSL: no locator for a release")

# BibTeX: a small parser (entries, braced or bare values, nested braces), then TeX decoded.
ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
           ".": "\u0307", '"': "\u0308", "u": "\u0306", "r": "\u030a", "H": "\u030b",
           "v": "\u030c", "c": "\u0327", "k": "\u0328"}
SPECIALS = {"ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø", "ss": "ß",
            "l": "ł", "L": "Ł", "i": "ı", "guillemotleft": "«", "guillemotright": "»",
            "ldots": "…", "texteuro": "€", "textasciitilde": "~", "textasciicircum": "^",
            "textbackslash": "\\"}


def decode_tex(text):
    def accent(m):
        base = "i" if m.group(2) == "\\i" else m.group(2)
        return unicodedata.normalize("NFC", base + ACCENTS[m.group(1)])
    text = re.sub(r"\{\\([uvrHck])\{(\\i|[A-Za-z])\}\}", accent, text)
    text = re.sub(r"\{\\(['`^~=.\"])(\\i|[A-Za-z])\}", accent, text)
    text = re.sub(r"\{\\([A-Za-z]+)\}", lambda m: SPECIALS[m.group(1)], text)
    text = re.sub(r"\\([#$%&_{}])", r"\1", text)
    text = text.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    text = text.replace("`", "‘").replace("'", "’").replace("~", "\u00a0").replace("\\,", "\u202f")
    return text


def parse_bibtex(text):
    entries, pos = [], 0
    while (at := text.find("@", pos)) >= 0:
        m = re.compile(r"@(\w+)\{([^,\s]+),").match(text, at)
        assert m, f"bad entry at {at}: {text[at:at+40]!r}"
        kind, key, pos, fields = m.group(1), m.group(2), m.end(), {}
        while True:
            m = re.compile(r"\s*(\}|([a-z]+)\s*=\s*)").match(text, pos)
            assert m, f"bad field in {key}: {text[pos:pos+40]!r}"
            pos = m.end()
            if m.group(1) == "}":
                break
            if text[pos] == "{":
                depth, start = 0, pos
                while True:
                    c = text[pos]
                    if c == "\\":
                        pos += 2
                        continue
                    depth += c == "{"
                    depth -= c == "}"
                    pos += 1
                    if depth == 0:
                        break
                value = text[start + 1:pos - 1]
            else:
                m2 = re.compile(r"\w+").match(text, pos)
                value, pos = m2.group(0), m2.end()
            fields[m.group(2)] = value
            m = re.compile(r"\s*,?").match(text, pos)
            pos = m.end()
        entries.append((kind, key, fields))
    return entries


MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
entries = parse_bibtex(open(f"{folder}/out.bib", encoding="utf-8").read())
check(len(entries) == len(expected), f"BibTeX: {len(entries)} entries for {len(expected)}")
check(len({k for _, k, _ in entries}) == len(entries), "BibTeX: keys are unique")
for (kind, key, fields), want in zip(entries, expected):
    title = fields["title"]
    check(title.startswith("{") and title.endswith("}"), f"BibTeX {key}: title protected")
    # TeX prints ' as a right quotation mark: an apostrophe of either form reads the same.
    check(decode_tex(title[1:-1]) == want["title"].replace("'", "’"),
          f"BibTeX {key}: title {decode_tex(title[1:-1])!r} != {want['title']!r}")
    check(kind == ("techreport" if want["organisation"] else "misc"), f"BibTeX {key}: @{kind}")
    if want["organisation"]:
        check(decode_tex(fields["author"]) == "{" + want["organisation"] + "}", f"{key}: author")
    y, m, d = want["date"]
    check(fields.get("year") == (str(y) if y else None), f"BibTeX {key}: year")
    check(fields.get("month") == (MONTHS[m - 1] if m else None), f"BibTeX {key}: month")
    if y and m:
        check(fields.get("date") == f"{y:04d}-{m:02d}-{d:02d}", f"BibTeX {key}: date")
    check(("inferred" in fields.get("note", "")) == want["inferred"], f"BibTeX {key}: inferred")
    if want["url"]:
        from urllib.parse import unquote
        check(unquote(fields["url"]) == want["url"], f"BibTeX {key}: url {fields['url']}")

# RIS
records, current = [], {}
for line in open(f"{folder}/out.ris", encoding="utf-8", newline="").read().split("\r\n"):
    if not line:
        continue
    m = re.match(r"^([A-Z][A-Z0-9])  - (.*)$", line)
    check(m is not None, f"RIS line {line!r}")
    if m is None:
        continue
    current.setdefault(m.group(1), []).append(m.group(2))
    if m.group(1) == "ER":
        records.append(current)
        current = {}
check(not current, "RIS: the last record ends with ER")
check(len(records) == len(expected), f"RIS: {len(records)} records for {len(expected)}")
for record, want in zip(records, expected):
    check(record["TI"] == [want["title"]], f"RIS title {record['TI']}")
    check(record["TY"][0] in ("PRESS", "NEWS", "GEN", "RPRT"), f"RIS type {record['TY']}")
    y, m, d = want["date"]
    if y:
        check(record["PY"] == [f"{y:04d}"], f"RIS year {record.get('PY')}")

print(f"{len(items)} CSL items valid, {len(entries)} BibTeX entries and {len(records)} RIS "
      f"records read back")
for failure in failures[:40]:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
