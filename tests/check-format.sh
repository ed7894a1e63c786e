#!/bin/sh
# Every C file is formatted as .clang-format says; a difference fails the test.
# Fix with: clang-format -i src/*.c src/*/*.[ch] tests/*.c tests/fuzz/*.[ch]
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"
exec clang-format --dry-run --Werror src/*.c src/*/*.c src/*/*.h tests/*.c tests/fuzz/*.c \
  tests/fuzz/*.h
