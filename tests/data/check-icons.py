#!/usr/bin/env python3
# The app icons are what the desktop expects: a scalable full-colour icon on the 128 px grid and
# a 16 px symbolic one drawn in a single colour (GTK recolours it), both plain SVG without
# bitmaps, scripts or external references, named after the app id.
#
#   check-icons.py ICONS_DIR   (data/icons)

import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
APP_ID = "io.github.communique.Communique"


def fail(message):
    sys.exit(message)


def colours(root):
    found = set()
    for element in root.iter():
        for attribute in ("fill", "stroke", "stop-color"):
            value = element.get(attribute)
            if value and value not in ("none", "currentColor") and not value.startswith("url("):
                found.add(value.lower())
        style = element.get("style", "")
        found.update(c.lower() for c in re.findall(r"#[0-9a-fA-F]{3,6}", style))
    return found


def load(path, size):
    root = ET.parse(path).getroot()
    if root.tag != SVG + "svg":
        fail(f"{path}: not an SVG document")
    if root.get("viewBox") != f"0 0 {size} {size}":
        fail(f"{path}: the view box is {root.get('viewBox')}, not 0 0 {size} {size}")
    for element in root.iter():
        tag = element.tag.replace(SVG, "")
        if tag in ("image", "script", "foreignObject", "text"):
            fail(f"{path}: has a <{tag}> element")
        for name, value in element.attrib.items():
            if name.endswith("href") and not value.startswith("#"):
                fail(f"{path}: refers to {value}")
    return root


def main():
    icons = sys.argv[1]
    scalable = f"{icons}/hicolor/scalable/apps/{APP_ID}.svg"
    symbolic = f"{icons}/hicolor/symbolic/apps/{APP_ID}-symbolic.svg"

    palette = colours(load(scalable, 128))
    if len(palette) < 3:
        fail(f"{scalable}: a full-colour icon, yet only {sorted(palette)}")
    print(f"ok {scalable}: 128 px grid, {len(palette)} colours")

    ink = colours(load(symbolic, 16))
    if len(ink) != 1:
        fail(f"{symbolic}: a symbolic icon has one colour, this one has {sorted(ink)}")
    print(f"ok {symbolic}: 16 px grid, one colour {ink.pop()}")


if __name__ == "__main__":
    main()
