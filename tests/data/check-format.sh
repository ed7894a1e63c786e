#!/bin/sh
# Every C file is formatted as .clang-format says; a difference fails the test.
# Fix with: git ls-files 'src/*.[ch]' 'tests/*.[ch]' | xargs clang-format -i
set -eu
top=${1:-$(dirname "$0")/../..}
cd "$top"
find src tests -name '*.[ch]' -not -path '*/regressions/*' -print0 | LC_ALL=C sort -z |
  xargs -0 clang-format --dry-run --Werror
