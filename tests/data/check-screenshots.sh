#!/bin/sh
# Every screenshot the metainfo points the software centres to is an image shipped in this
# repository, at the size the metainfo states: the URLs point into the repository's main branch,
# which "appstreamcli validate --no-net" cannot check.
#
#   check-screenshots.sh METAINFO SOURCE_ROOT
set -eu
metainfo=$1
top=$2
base=https://raw.githubusercontent.com/communique/communique/main/

python3 - "$metainfo" "$top" "$base" <<'PY'
import struct, sys, xml.etree.ElementTree as ET

metainfo, top, base = sys.argv[1:]
images = ET.parse(metainfo).getroot().findall("./screenshots/screenshot/image")
if not images:
    sys.exit("no screenshot in " + metainfo)
for image in images:
    url = image.text.strip()
    if not url.startswith(base):
        sys.exit(f"{url} is not in the repository ({base})")
    path = f"{top}/{url[len(base):]}"
    try:
        with open(path, "rb") as png:
            head = png.read(24)
    except OSError as error:
        sys.exit(f"{url}: {error}")
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path} is not a PNG image")
    width, height = struct.unpack(">II", head[16:24])
    stated = (int(image.get("width", 0)), int(image.get("height", 0)))
    if stated != (width, height):
        sys.exit(f"{path} is {width}x{height}, the metainfo says {stated[0]}x{stated[1]}")
    print(f"ok {url}: {width}x{height}")
PY
