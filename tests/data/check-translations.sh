#!/bin/sh
# po/fr.po is 100% translated against the strings in the sources today: the template is made
# afresh from po/POTFILES.in, merged into a copy of fr.po, and must show no fuzzy and no
# untranslated message.
set -eu
top=${1:-$(dirname "$0")/../..}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext --from-code=UTF-8 --add-comments --package-name=communique \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_printerr:1:c-format \
  -D "$top" -f "$top/po/POTFILES.in" -o "$tmp/communique.pot"

for lang in $(cat "$top/po/LINGUAS"); do
  msgfmt --check -o /dev/null "$top/po/$lang.po"
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$top/po/$lang.po" "$tmp/communique.pot"
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *fuzzy* | *untranslated*) echo "$lang.po is not complete"; exit 1 ;;
  esac
  # Every kept message of the merged file must also be in use: obsolete ones are dropped.
  if grep -q '^#~' "$tmp/$lang.po"; then
    echo "$lang.po has messages no longer in the sources (run the communique-update-po target)"
    exit 1
  fi
done
