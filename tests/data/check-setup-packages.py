#!/usr/bin/env python3
# check-setup-packages.py TOP: every program that the build, the tests and the build-aux/ scripts
# run comes from a package that build-aux/setup.sh installs, so that a fresh Debian 12 machine
# that ran build-aux/setup.sh can build and test (issue 10: flatpak-builder's eu-strip was
# missing there, since --no-install-recommends leaves out elfutils).
#
# How:
# 1. The programs are read from the sources, not listed by hand: the commands of every shell
#    script (build-aux/*, tests/**/*.sh, .ci/run, and the Python heredocs in them), the argv lists that
#    Python hands to subprocess, the argv arrays of the C tests that spawn, every find_program()
#    and the tools behind the meson modules used in meson.build files, and the interpreters of
#    the scripts' #! lines. The Python modules that the scripts import count too. A new command in
#    a script is found here without anyone listing it.
# 2. Each program is resolved on PATH and its package found with `dpkg -S` on the resolved path
#    (following /etc/alternatives).
# 3. The allowed packages are build-aux/setup.sh's lists, with everything they Depend or
#    Pre-Depend on (what apt installs with --no-install-recommends), and the few base packages of
#    BASE below. Installed packages outside that closure do not count: a machine that has a
#    package by hand still fails here when setup.sh would not install it.
#
# Prints one line per program ("ok PROGRAM: PACKAGE (FILE)"), then every problem; exits 1 on any.

import ast
import os
import re
import shutil
import subprocess
import sys

# Packages that every Debian 12 system has (Essential: yes or Priority: required, checked below),
# so that setup.sh need not and cannot list them: apt itself, the shells and the core utilities
# the scripts use.
BASE = {
    "apt", "bash", "coreutils", "dash", "debianutils", "diffutils", "dpkg", "findutils", "grep",
    "gzip", "libc-bin", "mawk", "sed", "tar", "util-linux",
}
# Programs that a program we run runs in turn, which no script of ours names. Found by reading
# their sources or by a failed fresh run.
RUN_BY = {
    # flatpak-builder strips and compresses the debug information of what it built, and runs
    # appstream-compose (in the Sdk, which test-flatpak.sh copies from these host packages).
    "flatpak-builder": ["eu-strip", "eu-elfcompress", "debugedit", "appstream-compose"],
    "xvfb-run": ["Xvfb", "xauth", "getopt"],
    "dbus-run-session": ["dbus-daemon"],
    "meson": ["ninja", "cc", "pkg-config"],
    "import": ["convert"],
}
# The tools that meson modules run, by the module function that runs them.
MESON_MODULES = {
    "gnome.compile_resources": ["glib-compile-resources"],
    "gnome.compile_schemas": ["glib-compile-schemas"],
    "gnome.mkenums": ["glib-mkenums"],
    "gnome.mkenums_simple": ["glib-mkenums"],
    "gnome.genmarshal": ["glib-genmarshal"],
    "gnome.post_install": ["glib-compile-schemas", "update-desktop-database"],
    "i18n.merge_file": ["msgfmt"],
    "i18n.gettext": ["msgfmt", "xgettext", "msgmerge", "msginit"],
    "dependency": ["pkg-config"],
}

SHELL_WORDS = {
    # keywords
    "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "case", "esac",
    "in", "function", "!", "{", "}", "[[", "]]", "select", "time",
    # builtins
    "echo", "printf", "read", "cd", "set", "export", "local", "return", "exit", "trap",
    "source", ".", "eval", "shift", "unset", "wait", "kill", "true", "false", "test", "[",
    "break", "continue", "declare", "readonly", "let", "type", "hash", "getopts", "umask",
    "builtin", "pwd", "mapfile", ":", "alias", "jobs", "fg", "bg", "disown", "ulimit",
}
# Words that run the next word as a command, with how many option words they take.
WRAPPERS = {"exec", "command", "nice", "timeout", "xargs", "sudo", "env", "xvfb-run",
            "dbus-run-session", "unshare", "setpriv", "flatpak-spawn"}
PYTHON_SPAWN = {"run", "Popen", "check_output", "check_call", "call", "which"}


class Found:
    def __init__(self):
        self.programs = {}  # program -> first place it was seen
        self.modules = {}  # python module -> place
        self.packages = {}  # Debian package that a script needs installed -> place

    def program(self, name, where):
        name = name.strip()
        if not name or name.startswith(("$", "-", "/tmp", ".")) or "/" in name.lstrip("/") and \
                not name.startswith("/"):
            return
        self.programs.setdefault(name, where)


# --- Shell ---------------------------------------------------------------------------------------

def shell_lines(text):
    """The script's lines, with heredoc bodies taken out (returned apart, with their first line)."""
    lines = text.split("\n")
    out, heredocs, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        out.append((i + 1, line))
        m = re.search(r"<<-?\s*(['\"]?)(\w+)\1", line)
        i += 1
        if m:
            end, body, start = m.group(2), [], i + 1
            while i < len(lines) and lines[i].strip() != end:
                body.append(lines[i])
                i += 1
            i += 1
            heredocs.append((line, start, "\n".join(body)))
    return out, heredocs


def strip_comment(line):
    quote, prev = None, " "
    for i, c in enumerate(line):
        if quote:
            if c == quote and prev != "\\":
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and prev in " \t;|&(":
            return line[:i]
        prev = c
    return line


def shell_words(segment):
    """Splits one simple command into words, keeping quotes and ${...} together."""
    words, word, quote, depth = [], "", None, 0
    for c in segment:
        if quote:
            word += c
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
            word += c
        elif c == "{" and word.endswith("$"):
            depth += 1
            word += c
        elif c == "}" and depth:
            depth -= 1
            word += c
        elif c in " \t" and not depth:
            if word:
                words.append(word)
            word = ""
        else:
            word += c
    if word:
        words.append(word)
    return words


def split_commands(line):
    """Splits a line at ; | & && || ( ) $( ` outside quotes and ${...}."""
    parts, part, quote, depth = [], "", None, 0
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == quote:
                quote = None
            elif quote == '"' and line.startswith("$(", i):
                # a command substitution inside double quotes is a command too
                parts.append(part)
                part = ""
                i += 2
                continue
            part += c
        elif c == "'" or c == '"':
            quote = c
            part += c
        elif line.startswith("${", i):
            depth += 1
            part += "${"
            i += 2
            continue
        elif c == "}" and depth:
            depth -= 1
            part += c
        elif not depth and c in ";|&()`":
            parts.append(part)
            part = ""
        else:
            part += c
        i += 1
    parts.append(part)
    return parts


def unquote(word):
    return word.replace('"', "").replace("'", "")


def blank(m):
    return re.sub(r"[^\n]", " ", m.group(0))


def scan_shell(text, where, found, functions=None):
    # Array literals NAME=( … ) (lists of names, not commands) and arithmetic $(( … )), blanked
    # so that line numbers stay.
    # Arrays named *_packages (outside setup.sh) list packages a script needs installed, such as
    # the ones test-flatpak.sh copies into its runtimes: setup.sh must install them too.
    for m in re.finditer(r"\b(\w+_packages)\+?=\(((?:[^()]|\n)*?)\)", text):
        if where != "build-aux/setup.sh":
            for package in re.sub(r"#.*", "", m.group(2)).split():
                if not package.startswith(("$", '"$')):
                    line = text.count("\n", 0, m.start()) + 1
                    found.packages.setdefault(package, f"{where}:{line}")
    text = re.sub(r"\b\w+\+?=\((?:[^()]|\n)*?\)", blank, text)
    text = re.sub(r"\$\(\((?:[^()]|\([^()]*\))*\)\)", blank, text)
    lines, heredocs = shell_lines(text)
    # cc=${FUZZ_CC:-clang-14}, then "$cc" …: the default is a program we run.
    defaults = dict(re.findall(r"\b(\w+)=\$\{\w+:-([\w.+-]+)\}", text))
    functions = set(functions or ())
    functions |= set(re.findall(r"^\s*(?:function\s+)?([\w-]+)\s*\(\)", text, re.M))
    in_case = False
    joined = []
    for number, line in lines:
        line = strip_comment(line)
        if joined and joined[-1][1].endswith("\\"):
            joined[-1] = (joined[-1][0], joined[-1][1][:-1] + " " + line)
        else:
            joined.append((number, line))
    for number, line in joined:
        stripped = line.strip()
        if re.match(r"case\b", stripped):
            in_case = True
        if stripped == "esac" or stripped.startswith("esac"):
            in_case = False
        if in_case and not stripped.startswith("case"):
            # a pattern "PATTERN)" starts the branch
            m = re.match(r"\s*[^()\s][^()]*\)(.*)", line)
            if m and not stripped.startswith(("(", "$(")):
                line = m.group(1)
        for segment in split_commands(line):
            words = shell_words(segment.strip())
            if words and re.sub(r"[\"${}]", "", words[0]) in defaults:
                found.program(defaults[re.sub(r"[\"${}]", "", words[0])], f"{where}:{number}")
            scan_simple_command(words, f"{where}:{number}", found, functions)
    for opener, start, body in heredocs:
        if re.search(r"\bpython3?\b", opener):
            scan_python(body, where, found, start)


def scan_simple_command(words, where, found, functions):
    i = 0
    while i < len(words):
        word = words[i]
        bare = unquote(word)
        if re.match(r"^[A-Za-z_]\w*(\[[^]]*\])?\+?=", word) or re.match(r"^\d*[<>]", word) \
                or bare in ("", "!", "{", "}", "[[", "]]", "((", "))"):
            i += 1  # an assignment, a redirection or a bracket
            continue
        if bare in ("if", "then", "else", "elif", "do", "while", "until", "time"):
            i += 1
            continue
        if bare in ("for", "case", "select", "function", "fi", "done", "esac", "in"):
            return
        if re.fullmatch(r'"?\$\{\w+\[@\]\}"?', word):
            i += 1  # an array such as "${sudo[@]}": the command follows
            continue
        if bare == "command":
            # `command -v NAME` checks for a program: NAME is needed too
            if i + 2 < len(words) and words[i + 1] == "-v":
                found.program(unquote(words[i + 2]), where)
                return
            i += 1
            continue
        if bare == "exec":
            i += 1
            continue
        if "$" in word or "`" in word or bare in functions or bare in SHELL_WORDS \
                or re.fullmatch(r"[\d.]+", bare):
            return
        found.program(bare, where)
        if bare in WRAPPERS:
            i += 1
            # options (and their values), then the command
            while i < len(words) and (words[i].startswith("-") or
                                      re.fullmatch(r"[\d.]+[smh]?", words[i]) or
                                      re.match(r"^[A-Za-z_]\w*=", words[i]) or
                                      (i > 0 and words[i - 1] in ("-n", "-s", "-k", "-u"))):
                if words[i] == "--":
                    i += 1
                    break
                i += 1
            continue
        return


# --- Python --------------------------------------------------------------------------------------

def first_string(node, assigned):
    if isinstance(node, (ast.List, ast.Tuple)) and node.elts:
        e = node.elts[0]
        if isinstance(e, ast.Constant) and isinstance(e.value, str):
            return [e.value]
    if isinstance(node, ast.BinOp):
        return first_string(node.left, assigned)
    if isinstance(node, ast.Name) and node.id in assigned:
        return [s for value in assigned[node.id] for s in first_string(value, {})]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value.split()[0]] if node.value.split() else []
    return []


def scan_python(text, where, found, first_line=1):
    try:
        tree = ast.parse(text)
    except SyntaxError as error:
        raise SystemExit(f"{where}: cannot parse as Python: {error}")
    assigned, loops = {}, {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) and \
                isinstance(node.iter, (ast.Tuple, ast.List)):
            loops[node.target.id] = node.iter
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.modules.setdefault(alias.name.split(".")[0],
                                         f"{where}:{first_line + node.lineno - 1}")
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.modules.setdefault(node.module.split(".")[0],
                                     f"{where}:{first_line + node.lineno - 1}")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in PYTHON_SPAWN:
            continue
        arg = node.args[0]
        line = f"{where}:{first_line + node.lineno - 1}"
        if name == "which" and isinstance(arg, ast.Name) and arg.id in loops:
            for e in loops[arg.id].elts:
                if isinstance(e, ast.Constant) and isinstance(e.value, str):
                    found.program(e.value, line)
            continue
        if name == "which" and isinstance(arg, ast.Constant):
            found.program(arg.value, line)
            continue
        if name == "run" and isinstance(arg, ast.Constant):
            continue  # a helper named run() that takes no argv
        for program in first_string(arg, assigned):
            found.program(program, line)


# --- C and meson ---------------------------------------------------------------------------------

def scan_c(text, where, found):
    if not re.search(r"g_spawn|g_subprocess", text):
        return
    patterns = [
        r"argv\s*\[\]\s*=\s*\{\s*\"([^\"]+)\"",
        r"g_ptr_array_add\s*\(\s*argv\s*,\s*\"([^-\"][^\"]*)\"",
        r"g_subprocess_new\s*\([^,]+,\s*[^,]+,\s*\"([^\"]+)\"",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            found.program(m.group(1), f"{where}:{text.count(chr(10), 0, m.start()) + 1}")


def scan_meson(text, where, folder, found):
    def line_of(m):
        return f"{where}:{text.count(chr(10), 0, m.start()) + 1}"

    for m in re.finditer(r"find_program\s*\(([^)]*)\)", text):
        arguments = [a.strip() for a in m.group(1).split(",")]
        names = [a[1:-1] for a in arguments if re.fullmatch(r"'[^']*'", a)]
        if names and not any(os.path.exists(os.path.join(folder, n)) for n in names):
            # Of several names meson takes the first it finds: one of them must be provided.
            # (A script of this tree is scanned as a file.)
            found.program("|".join(names), line_of(m))
    for call, programs in MESON_MODULES.items():
        for m in re.finditer(r"(?<![\w.])" + re.escape(call) + r"\s*\(", text):
            for program in programs:
                found.program(program, line_of(m))


# --- What is scanned -----------------------------------------------------------------------------

def shebang(text):
    first = text.split("\n", 1)[0]
    if not first.startswith("#!"):
        return None
    words = first[2:].split()
    if not words:
        return None
    return words[1] if os.path.basename(words[0]) == "env" and len(words) > 1 else words[0]


def scan_tree(top, found):
    files = []
    for base in ("build-aux", "tests", ".ci"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(top, base)):
            dirnames[:] = [d for d in dirnames if d not in ("fixtures", "regressions")]
            files += [os.path.join(dirpath, f) for f in filenames]
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = [d for d in dirnames if not d.startswith(("_", ".")) and d != "tests"]
        files += [os.path.join(dirpath, f) for f in filenames if f == "meson.build"]
    files.append(os.path.join(top, "meson.build"))
    shell_functions = set()
    for path in files:
        if path.endswith(".sh") or os.path.dirname(path).endswith("build-aux"):
            with open(path, encoding="utf-8", errors="replace") as f:
                shell_functions |= set(re.findall(r"^\s*(?:function\s+)?([\w-]+)\s*\(\)\s*\{",
                                                  f.read(), re.M))
    for path in sorted(set(files)):
        rel = os.path.relpath(path, top)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (UnicodeDecodeError, OSError):
            continue
        name = os.path.basename(path)
        interpreter = shebang(text)
        if interpreter:
            found.program(interpreter, f"{rel}:1")
        if name == "meson.build":
            scan_meson(text, rel, os.path.dirname(path), found)
        elif name.endswith(".c"):
            scan_c(text, rel, found)
        elif name.endswith(".py") or (interpreter and "python" in interpreter):
            scan_python(text, rel, found)
        elif name.endswith(".sh") or (interpreter and re.search(r"(ba)?sh$", interpreter)):
            # Scripts source others (build-aux/setup.sh, tests/lib/test-timeout.sh): the
            # functions of every script are known to all.
            scan_shell(text, rel, found, functions=shell_functions)
    # the programs of the programs
    todo = list(found.programs)
    while todo:
        program = todo.pop()
        for inner in RUN_BY.get(os.path.basename(program), []):
            if inner not in found.programs:
                found.program(inner, f"run by {program}")
                todo.append(inner)


# --- Packages ------------------------------------------------------------------------------------

def setup_lists(top):
    script = ('source build-aux/setup.sh >/dev/null; '
              'for list in $(compgen -A variable | grep "_packages$"); do '
              'declare -n ref=$list; printf "%s\\n" "${ref[@]}"; done')
    out = subprocess.run(["bash", "-c", script], cwd=top, text=True, check=True,
                         stdout=subprocess.PIPE).stdout
    return set(out.split())


def dpkg_status():
    packages, provides = {}, {}
    with open("/var/lib/dpkg/status", encoding="utf-8") as status:
        for block in status.read().split("\n\n"):
            fields, key = {}, None
            for line in block.split("\n"):
                if line[:1] in (" ", "\t") and key:
                    fields[key] += " " + line.strip()
                elif ":" in line:
                    key, value = line.split(":", 1)
                    fields[key] = value.strip()
            # Installed, or installed with its triggers still to run (while apt works).
            state = fields.get("Status", "").split()
            if state[:2] != ["install", "ok"] or state[2:] not in (
                    ["installed"], ["triggers-pending"], ["triggers-awaited"]):
                continue
            packages[fields["Package"]] = fields
            for virtual in fields.get("Provides", "").split(","):
                virtual = virtual.strip().split(" ")[0]
                if virtual:
                    provides.setdefault(virtual, []).append(fields["Package"])
    return packages, provides


def closure(roots, packages, provides, problems):
    """The roots and what they Depend or Pre-Depend on, recursively, by the installed packages'
    own fields (of alternatives "A | B", the one installed here; of a virtual package, its
    installed provider)."""
    def installed(name):
        name = name.split(":")[0]
        if name in packages:
            return name
        return sorted(provides.get(name, [None]))[0]

    seen, todo = set(), [(root, True) for root in roots]
    while todo:
        name, root = todo.pop()
        real = installed(name)
        if real is None:
            if root:
                problems.append(f"build-aux/setup.sh lists {name}, which is not installed here: "
                                "run build-aux/setup.sh")
            continue
        if real in seen:
            continue
        seen.add(real)
        for field in ("Pre-Depends", "Depends"):
            for dependency in packages[real].get(field, "").split(","):
                choices = [c.strip().split(" ")[0] for c in dependency.split("|") if c.strip()]
                chosen = next((c for c in choices if installed(c)), None)
                if chosen:
                    todo.append((chosen, False))
                elif choices:
                    problems.append(f"{real} depends on {dependency.strip()}, not installed here")
    return seen


# Where Debian's packages put programs: not /usr/local or a user's own folders, which a fresh
# machine does not have.
DEBIAN_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


def candidates(path):
    """The path, where it leads (/etc/alternatives) and its other name on a merged /usr."""
    found = [path, os.path.realpath(path)]
    for p in list(found):
        for a, b in (("/usr/bin/", "/bin/"), ("/usr/sbin/", "/sbin/"), ("/usr/lib/", "/lib/")):
            if p.startswith(a):
                found.append(b + p[len(a):])
            elif p.startswith(b):
                found.append(a + p[len(b):])
    return found


OWNERS = {}
ASKED = set()


def find_owners(paths):
    """`dpkg -S` on every candidate path at once (one call: each reads dpkg's whole file list)."""
    todo = sorted({c for p in paths for c in candidates(p)} - ASKED)
    if not todo:
        return
    ASKED.update(todo)
    out = subprocess.run(["dpkg", "-S"] + todo, text=True, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL).stdout
    for line in out.splitlines():
        owner, _, owned = line.partition(": ")
        if owned in todo and not owner.startswith("diversion"):
            OWNERS[owned] = owner.split(",")[0].split(":")[0]


def package_of(path):
    find_owners([path])
    return next((OWNERS[p] for p in candidates(path) if p in OWNERS), None)


def module_paths(modules):
    """Where Debian's python3 finds each module ("" when it does not)."""
    code = ("import importlib.util, sys\n"
            "for name in sys.argv[1:]:\n"
            "    try:\n"
            "        spec = importlib.util.find_spec(name)\n"
            "    except Exception:\n"
            "        spec = None\n"
            "    print(spec.origin if spec and spec.origin else '')")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    out = subprocess.run(["/usr/bin/python3", "-c", code] + modules, text=True,
                         stdout=subprocess.PIPE, env=env, check=True).stdout
    return dict(zip(modules, out.split("\n")))


def main():
    top = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                          os.path.join(os.path.dirname(__file__), "..", ".."))
    found = Found()
    scan_tree(top, found)
    packages, provides = dpkg_status()
    problems = []
    for name in sorted(BASE):
        fields = packages.get(name, {})
        # apt: every Debian 12 system has it (debootstrap installs it in every variant), though
        # some of its updates are only Priority: important.
        if fields.get("Essential") != "yes" and fields.get("Priority") != "required" and \
                name != "apt":
            problems.append(f"{name} is in BASE but is neither Essential nor required")
    listed = setup_lists(top)
    allowed = closure(listed | BASE, packages, provides, problems)

    local = {os.path.splitext(f)[0] for d in ("build-aux", "tests") for _, _, fs in
             os.walk(os.path.join(top, d)) for f in fs}
    paths = {}
    for program in found.programs:
        paths[program] = next((p for p in (n if n.startswith("/") else
                                           shutil.which(n, path=DEBIAN_PATH)
                                           for n in program.split("|")) if p), None)
    modules = sorted(m for m in found.modules if m not in sys.builtin_module_names)
    module_path = module_paths(modules)
    find_owners([p for p in list(paths.values()) + list(module_path.values())
                 if p and p.startswith("/")])
    for program, where in sorted(found.programs.items()):
        path = paths[program]
        if os.path.basename(program) in local and path is None:
            continue  # one of this tree's own programs (store-crasher, …)
        if not path or not os.path.exists(path):
            problems.append(f"{program} ({where}) is not on this machine: install its package "
                            "and add that to build-aux/setup.sh")
            continue
        package = package_of(path)
        if package is None:
            problems.append(f"{program} ({where}) is {path}, which no package provides")
        elif package not in allowed:
            problems.append(f"{program} ({where}) is in {package}, which build-aux/setup.sh does "
                            "not install")
        else:
            print(f"ok {program}: {package} ({where})")
    for package, where in sorted(found.packages.items()):
        if package in allowed:
            print(f"ok package {package} ({where})")
        else:
            problems.append(f"{where} needs the package {package}, which build-aux/setup.sh does "
                            "not install")
    for module in modules:
        where = found.modules[module]
        path = module_path[module]
        if not path:
            if module in local:
                continue
            problems.append(f"Python module {module} ({where}) is not on this machine")
            continue
        if path in ("built-in", "frozen"):
            continue
        package = package_of(path)
        if package is None or package not in allowed:
            problems.append(f"Python module {module} ({where}) is {path}, in "
                            f"{package or 'no package'}, which build-aux/setup.sh does not "
                            "install")
        else:
            print(f"ok python3 module {module}: {package} ({where})")
    for problem in problems:
        print("FAIL " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
