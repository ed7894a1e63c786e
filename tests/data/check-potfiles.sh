#!/bin/sh
# po/POTFILES.in must list, sorted, exactly the files that hold translatable strings.
set -eu
top=${1:-$(dirname "$0")/../..}
cd "$top"

found=$(mktemp)
listed=$(mktemp)
trap 'rm -f "$found" "$listed"' EXIT

{
  find src -name '*.c' -print0 | LC_ALL=C sort -z |
    xargs -0 grep -lE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_) ?\(|g_dngettext|ngettext' || true
  find src -name '*.ui' -print0 | LC_ALL=C sort -z | xargs -0 grep -l 'translatable="yes"' || true
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml
} | LC_ALL=C sort -u >"$found"

grep -v '^#' po/POTFILES.in | grep -v '^$' >"$listed"

status=0
if ! LC_ALL=C sort -c "$listed" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi
if ! LC_ALL=C sort "$listed" | diff -u - "$found"; then
  echo "po/POTFILES.in differs from the files with translatable strings (- listed, + found)"
  status=1
fi
exit $status
