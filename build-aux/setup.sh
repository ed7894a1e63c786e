# build-aux/setup.sh: shared by build-aux/run and build-aux/test (sourced, not run).
#
# Installs the Debian 12 packages that are missing (apt-get; sudo when not root), then configures
# _build once and builds it incrementally. Kept idempotent so a second call is quick.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

build_packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libwebkitgtk-6.0-dev
  libsqlite3-dev libjson-glib-dev zlib1g-dev libssl-dev libpcre2-dev
  desktop-file-utils appstream
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme librsvg2-common
)

test_packages=(
  xvfb xauth dbus dbus-x11 at-spi2-core imagemagick openbox xdotool clang-format locales
  python3-pyatspi python3-jsonschema poppler-utils gdb
)

# Sanitizer, memcheck and fuzzing runs of build-aux/test (issue 6).
hardening_packages=(valgrind clang-14 libclang-rt-14-dev)

# The flatpak test suite: flatpak-builder and its tools, and the host packages it copies into its
# throw-away Sdk beyond the build packages (appstream-compose, xmllint). flatpak-builder strips
# what it builds with eu-strip and eu-elfcompress (elfutils), which it only Recommends, so that
# --no-install-recommends leaves it out.
test_packages+=(
  flatpak flatpak-builder ostree bubblewrap appstream-util libxml2-utils elfutils
)

# build-aux/bench: the programs it compares --search with and times it by.
bench_packages=(ripgrep sqlite3 time)

# Every program that the build, the tests and build-aux/ run must come from one of these lists
# (or what they depend on, or a base package of every Debian system): tests/data/
# check-setup-packages.py reads the sources and fails on any other.

cmq_install_missing () {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >&2
}

# The French UI test needs the fr_FR.UTF-8 locale. Debian's locales package lists it commented out
# in /etc/locale.gen: uncomment it and run locale-gen, only when the locale is not there yet.
cmq_ensure_locale () {
  locale -a 2>/dev/null | grep -qix 'fr_FR.utf-\?8' && return 0
  if [ ! -f /etc/locale.gen ] || ! command -v locale-gen >/dev/null; then
    echo "No locale-gen here: the French UI test will be skipped" >&2
    return 0
  fi
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Generating the fr_FR.UTF-8 locale" >&2
  "${sudo[@]}" sed -i 's/^# *\(fr_FR\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^fr_FR\.UTF-8 UTF-8' /etc/locale.gen ||
    echo 'fr_FR.UTF-8 UTF-8' | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo[@]}" locale-gen >&2 || echo "locale-gen failed: the French UI test will be skipped" >&2
}

cmq_build () {
  if [ ! -f _build/build.ninja ]; then
    meson setup _build -Ddevelopment=true >&2
  fi
  meson compile -C _build >&2
}
