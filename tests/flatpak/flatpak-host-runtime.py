#!/usr/bin/env python3
# Lays out a throw-away Flatpak runtime made from this Debian host, for tests/flatpak/test-flatpak.sh.
#
#   flatpak-host-runtime.py DIR PACKAGE...
#
# DIR/usr becomes the runtime's /usr (its /etc is DIR/usr/etc): the files of the installed
# Debian PACKAGEs, of the essential ones and of everything they depend on, as dpkg lists them,
# plus what dpkg triggers and update-alternatives made for them (loader and schema caches,
# /etc/alternatives links), which dpkg does not list, without documentation and message
# catalogues. Copying only that closure instead of all of /usr (9 GB here) keeps the Sdk near a
# gigabyte, so exporting it stays quick.
#
# Files are hard links to the host's own files when DIR is on the same file system: nothing may
# ever write into DIR/usr in place (ostree only reads it).

import os
import shutil
import sys

DPKG = "/var/lib/dpkg"
ARCH_DIRS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
# Documentation and message catalogues: a sixth of the files, needed by neither the build nor
# the run (real runtimes ship catalogues in a .Locale extension).
LEFT_OUT = tuple(f"/usr/share/{d}/" for d in ("doc", "man", "info", "locale", "gtk-doc", "help"))


def read_status():
    """Installed packages: name -> fields, and virtual name -> providing packages."""
    packages, provides = {}, {}
    with open(os.path.join(DPKG, "status"), encoding="utf-8") as status:
        for block in status.read().split("\n\n"):
            fields, key = {}, None
            for line in block.split("\n"):
                if line[:1] in (" ", "\t") and key:
                    fields[key] += "\n" + line
                elif ":" in line:
                    key, value = line.split(":", 1)
                    fields[key] = value.strip()
            if "install ok installed" not in fields.get("Status", ""):
                continue
            name = fields["Package"]
            packages[name] = fields
            for virtual in fields.get("Provides", "").split(","):
                virtual = virtual.strip().split(" ")[0]
                if virtual:
                    provides.setdefault(virtual, []).append(name)
    return packages, provides


def closure(roots, packages, provides):
    """The roots and their Depends/Pre-Depends, recursively, as installed here."""
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop().split(":")[0]
        if name in seen:
            continue
        if name not in packages:
            sys.exit(f"package {name} is not installed on this host")
        seen.add(name)
        for field in ("Pre-Depends", "Depends"):
            for alternatives in packages[name].get(field, "").split(","):
                for alternative in alternatives.split("|"):
                    dep = alternative.strip().split(" ")[0].split(":")[0]
                    if dep in packages:
                        todo.append(dep)
                        break
                    if dep in provides:
                        todo.append(provides[dep][0])
                        break
    return seen


def package_files(name, fields):
    arch = fields.get("Architecture", "all")
    for candidate in (f"{name}:{arch}.list", f"{name}.list"):
        path = os.path.join(DPKG, "info", candidate)
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="surrogateescape") as listing:
                return [line.rstrip("\n") for line in listing if line.strip()]
    return []


def canonical(path):
    """Resolve merged-/usr links in the directory part, keep a final symlink as it is."""
    parent, base = os.path.split(path)
    return os.path.join(os.path.realpath(parent), base)


def target_of(path, root):
    if path.startswith("/usr/"):
        return os.path.join(root, "usr", path[len("/usr/"):])
    if path.startswith("/etc/"):
        return os.path.join(root, "usr", "etc", path[len("/etc/"):])
    return None


def add(path, root):
    dest = target_of(path, root)
    if dest is None or path.startswith(LEFT_OUT) or os.path.lexists(dest):
        return 0
    if os.path.isdir(path) and not os.path.islink(path):
        os.makedirs(dest, exist_ok=True)
        return 0
    if not os.path.lexists(path):
        return 0
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    if os.path.islink(path):
        os.symlink(os.readlink(path), dest)
        return 0
    try:
        os.link(path, dest)
    except OSError:
        shutil.copy2(path, dest)
    return os.path.getsize(path)


def add_tree(path, root):
    size = 0
    for top, dirs, files in os.walk(path):
        for entry in dirs + files:
            full = os.path.join(top, entry)
            if entry in files or os.path.islink(full):
                size += add(full, root)
            else:
                add(full, root)
    return size


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: flatpak-host-runtime.py DIR PACKAGE...")
    root, roots = sys.argv[1], sys.argv[2:]
    packages, provides = read_status()
    # Essential packages (sh, coreutils, libc) are needed by everything and depended on by none.
    essential = [name for name, fields in packages.items() if fields.get("Essential") == "yes"]
    names = closure(roots + essential, packages, provides)
    size = 0
    for name in sorted(names):
        for path in package_files(name, packages[name]):
            if path.startswith(ARCH_DIRS) or path.startswith(("/usr/", "/etc/")):
                size += add(canonical(path), root)

    # Made by dpkg triggers, so listed by no package.
    multiarch = "/usr/lib/x86_64-linux-gnu"
    for generated in (
        f"{multiarch}/gdk-pixbuf-2.0/2.10.0/loaders.cache",
        f"{multiarch}/gio/modules/giomodule.cache",
        "/usr/share/glib-2.0/schemas/gschemas.compiled",
        "/etc/ld.so.cache",
    ):
        size += add(generated, root)
    for theme in ("hicolor", "Adwaita"):
        size += add(f"/usr/share/icons/{theme}/icon-theme.cache", root)
    if os.path.isdir("/usr/share/mime"):
        size += add_tree("/usr/share/mime", root)

    # update-alternatives links (cc, c++, pager…) whose final target made it into the runtime.
    for bindir in ("/usr/bin", "/usr/sbin"):
        for entry in os.listdir(bindir):
            link = os.path.join(bindir, entry)
            if not os.path.islink(link) or not os.readlink(link).startswith("/etc/alternatives/"):
                continue
            final = os.path.realpath(link)
            if final.startswith("/usr/") and os.path.lexists(target_of(final, root)):
                add(os.readlink(link), root)
                add(link, root)

    # Flatpak regenerates ld.so.cache with "ldconfig" from the runtime's PATH (/usr/bin).
    ldconfig = os.path.join(root, "usr", "bin", "ldconfig")
    if not os.path.lexists(ldconfig) and os.path.exists(os.path.join(root, "usr/sbin/ldconfig")):
        os.symlink("../sbin/ldconfig", ldconfig)

    print(f"{len(names)} packages, {size // (1024 * 1024)} MiB", file=sys.stderr)


if __name__ == "__main__":
    main()
