#!/usr/bin/env python3
# build-aux/generate-library.py: writes a deterministic, realistic library of release files.
#
# Used by build-aux/bench and by the index tests. Each file recombines story paragraphs of the
# sample and the real fixtures (English or French, never mixed), opens with a dated first sentence
# (dates spread over 1999-2025, the weekday right), carries the website's chrome lines on most
# files, names a few invented people and places drawn from a long-tailed vocabulary (so the index
# sees as many distinct words as a real archive does) and is about 3-4 KB. The same count and
# seed always give byte-identical files with the same modification times.
#
# usage: generate-library.py DIR COUNT [SEED]
import datetime
import os
import random
import re
import sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sources = [os.path.join(top, "data", "samples"), os.path.join(top, "tests", "fixtures", "real")]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FRENCH = re.compile(r"\b(le|la|les|des|du|une|et|est|avec|pour|sur)\b", re.I)
ENGLISH = re.compile(r"\b(the|and|of|to|in|with|for|on|is)\b", re.I)
SYLLABLES = ["ka", "ro", "vel", "mar", "an", "dov", "ti", "sel", "bra", "ne", "os", "lin", "tar",
             "gu", "ze", "mi", "por", "val", "esk", "ur", "ha", "ly", "dri", "son", "qua", "fen"]


def read_files():
    texts = []
    for folder in sources:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    texts.append(f.read())
    return texts


def split_blocks(text):
    return [b.strip() for b in re.split(r"\n\s*\n|\n(?=[A-Z“\"])", text) if b.strip()]


def collect(texts):
    """Story paragraphs by language, and the chrome lines (those found in several files)."""
    seen = {}
    for text in texts:
        for line in set(l.strip() for l in text.splitlines() if l.strip()):
            seen[line] = seen.get(line, 0) + 1
    chrome = [l for l, n in seen.items() if n >= 3 and len(l) < 200]
    chrome.sort()
    paragraphs = {"en": [], "fr": []}
    for text in texts:
        for block in split_blocks(text):
            if seen.get(block, 0) >= 2 or len(block) < 160 or block in chrome:
                continue
            french = len(FRENCH.findall(block))
            english = len(ENGLISH.findall(block))
            language = "fr" if french > english else "en"
            paragraphs[language].append(block)
    for language in paragraphs:
        paragraphs[language] = sorted(set(paragraphs[language]))
    return paragraphs, chrome


def invented_words(rng, count):
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
    return sorted(words)


def date_sentence(language, day):
    if language == "fr":
        return (f"Le {DAYS_FR[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} {day.year}, ")
    return f"On {DAYS_EN[day.weekday()]} ({day.day} {MONTHS_EN[day.month - 1]} {day.year}), "


def lower_first(paragraph):
    return paragraph[0].lower() + paragraph[1:] if paragraph[:2].isalpha() and \
        not paragraph[:2].isupper() and paragraph.split()[0] not in ("NATO", "OTAN") else paragraph


def generate(directory, count, seed):
    rng = random.Random(seed)
    paragraphs, chrome = collect(read_files())
    names = invented_words(rng, 40000)
    os.makedirs(directory, exist_ok=True)
    start = datetime.date(1999, 1, 1).toordinal()
    end = datetime.date(2025, 12, 31).toordinal()
    for i in range(count):
        language = "fr" if rng.random() < 0.25 and paragraphs["fr"] else "en"
        pool = paragraphs[language]
        day = datetime.date.fromordinal(rng.randint(start, end))
        # Zipf-like: a few invented names are common, most are rare.
        people = [names[min(int(rng.paretovariate(0.6)) - 1, len(names) - 1)] for _ in range(4)]
        place = names[rng.randrange(len(names))]
        lines = []
        if rng.random() < 0.85:
            first = rng.randrange(len(chrome))
            lines += chrome[first:first + rng.randint(8, 20)]
        if language == "fr":
            title = f"{people[0]} et {people[1]} à {place}"
            extra = (f"{people[0]}, {people[1]} et {people[2]} se sont rendus à {place} "
                     f"pour rencontrer {people[3]}.")
        else:
            title = f"{people[0]} meets {people[1]} in {place}"
            extra = (f"{people[0]}, {people[1]} and {people[2]} travelled to {place} to meet "
                     f"{people[3]} and discuss case {rng.randint(1, 99999)}.")
        lines.append(title)
        body = [date_sentence(language, day) + lower_first(rng.choice(pool)), extra]
        size = sum(len(b) for b in body) + sum(len(l) for l in lines)
        target = rng.randint(3000, 4000)
        while size < target:
            paragraph = rng.choice(pool)
            body.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        text = "\n\n".join(lines + body) + "\n"
        path = os.path.join(directory, f"release-{i:06d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        mtime = datetime.datetime(day.year, day.month, day.day, 12).timestamp() + 86400 * 3
        os.utime(path, (mtime, mtime))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: generate-library.py DIR COUNT [SEED]")
    generate(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 4)
