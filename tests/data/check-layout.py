#!/usr/bin/env python3
# check-layout.py [TOP]: the source tree keeps the shape that HACKING.md describes (issue 10's
# "Done when"). Prints each finding and exits 1 on any:
#
#  (a) a source file under src/ or tests/ over 800 lines (C, headers, Python, shell, .ui);
#  (b) a C function whose body is over 80 lines: top-level bodies are found by matching braces
#      (comments, strings and character constants left out), a body being a "{" at depth 0 that
#      follows a ")" (a struct or an initialiser does not), counted from its "{" line to its "}"
#      line;
#  (c) an include cycle between folders of src/ (src/core/importer, src/core/index, …, src/cli,
#      src/web, src/ui/window, src/ui/widgets): each #include "…" is resolved against the
#      including file's folder, then against every folder of src/ (as the build's include paths
#      do); a folder includes another when one of its files does; any cycle of that graph fails;
#  (d) an include that goes up the layers: core includes nothing of cli, web or ui; cli nothing
#      of web or ui; web nothing of ui; ui/widgets nothing of ui/window.
#
# Includes that resolve to no file of src/ (GLib, GTK, config.h and the generated resource
# headers) are not the layout's business and are left out.

import os
import re
import sys

MAX_FILE_LINES = 800
MAX_FUNCTION_LINES = 80
SOURCE_SUFFIXES = (".c", ".h", ".py", ".sh", ".ui")
SKIPPED_DIRS = {"fixtures", "regressions", ".git"}

# A folder's layer, by its path under src/; a layer may include its own and lower ones only.
LAYERS = [("core", 0), ("cli", 1), ("web", 2), ("ui/widgets", 3), ("ui/window", 4), ("ui", 4)]
LAYER_NAMES = {0: "core", 1: "cli", 2: "web", 3: "ui/widgets", 4: "ui/window"}


def walk(top, base):
    for dirpath, dirnames, filenames in os.walk(os.path.join(top, base)):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        for name in sorted(filenames):
            yield os.path.join(dirpath, name)


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def long_files(top):
    found = []
    for base in ("src", "tests"):
        for path in walk(top, base):
            if path.endswith(SOURCE_SUFFIXES) or os.path.basename(path) == "meson.build":
                n = read(path).count("\n")
                if n > MAX_FILE_LINES:
                    found.append(f"{os.path.relpath(path, top)}: {n} lines (over {MAX_FILE_LINES})")
    return found


def blank_out(text):
    """The text with comments, strings and character constants replaced by spaces (newlines
    kept), so that braces in them do not count."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + re.sub(r"[^\n]", " ", text[i + 1:j]) + (c if j < n else ""))
            i = j + 1
        elif c == "#" and (i == 0 or text[i - 1] == "\n"):
            # a preprocessor line (and its continuations): no braces of the C grammar
            j = i
            while True:
                end = text.find("\n", j)
                end = n if end < 0 else end
                if end > 0 and text[end - 1] == "\\" and end < n:
                    j = end + 1
                    continue
                break
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(text):
    """(name, first line, body lines) of each top-level function definition."""
    code = blank_out(text)
    found, depth, last_end, i = [], 0, 0, 0
    while i < len(code):
        c = code[i]
        if c == "{":
            if depth == 0:
                head = code[last_end:i]
                if head.rstrip().endswith(")"):
                    names = re.findall(r"([A-Za-z_]\w*)\s*\(", head)
                    name = names[0] if names else "?"
                    match = re.search(r"\b" + re.escape(name) + r"\s*\(", head)
                    first = code.count("\n", 0, last_end + (match.start() if match else 0)) + 1
                    start = i
                    found.append([name, first, code.count("\n", 0, start) + 1])
                else:
                    found.append(None)
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                entry = found[-1] if found else None
                if entry is not None and len(entry) == 3:
                    entry.append(code.count("\n", 0, i) + 1)
                last_end = i + 1
        elif c == ";" and depth == 0:
            last_end = i + 1
        i += 1
    return [(name, first, end - brace + 1) for entry in found if entry and len(entry) == 4
            for name, first, brace, end in [entry]]


def long_functions(top):
    found = []
    for base in ("src", "tests"):
        for path in walk(top, base):
            if not path.endswith(".c"):
                continue
            for name, line, length in functions(read(path)):
                if length > MAX_FUNCTION_LINES:
                    found.append(f"{os.path.relpath(path, top)}:{line}: {name}() is {length} "
                                 f"lines (over {MAX_FUNCTION_LINES})")
    return found


def layer_of(folder):
    """The layer of a folder given relative to src/ ("core/index"), or None for src/ itself."""
    for prefix, rank in LAYERS:
        if folder == prefix or folder.startswith(prefix + "/"):
            return rank
    return None


def include_graph(top):
    """folder -> {included folder: [where]}, folders relative to src/."""
    src = os.path.join(top, "src")
    by_name = {}
    files = [p for p in walk(top, "src") if p.endswith((".c", ".h"))]
    for path in files:
        by_name.setdefault(os.path.basename(path), []).append(path)
    graph, problems = {}, []
    for path in files:
        folder = os.path.relpath(os.path.dirname(path), src)
        graph.setdefault(folder, {})
        for number, line in enumerate(read(path).split("\n"), 1):
            m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
            if not m:
                continue
            local = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
            if os.path.exists(local):
                target = local
            else:
                candidates = by_name.get(os.path.basename(m.group(1)), [])
                if not candidates:
                    continue  # not ours: a library's, config.h, a generated header
                if len(candidates) > 1:
                    problems.append(f"{os.path.relpath(path, top)}:{number}: \"{m.group(1)}\" "
                                    "could be any of " +
                                    ", ".join(os.path.relpath(c, top) for c in candidates))
                target = candidates[0]
            to = os.path.relpath(os.path.dirname(target), src)
            if to != folder:
                graph[folder].setdefault(to, []).append(f"{os.path.relpath(path, top)}:{number}")
    return graph, problems


def cycles(graph):
    """The strongly connected components of more than one folder (Tarjan), each as a cycle."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def cycle_path(graph, component):
    """One cycle through the component's first folder, for the message."""
    members, start = set(component), component[0]
    path, seen = [start], {start}

    def extend(v):
        for w in sorted(graph.get(v, {})):
            if w == start and len(path) > 1:
                return True
            if w in members and w not in seen:
                path.append(w)
                seen.add(w)
                if extend(w):
                    return True
                path.pop()
        return False

    extend(start)
    return path + [start]


def include_findings(top):
    graph, found = include_graph(top)
    for component in cycles(graph):
        path = cycle_path(graph, component)
        steps = [f"src/{a} -> src/{b} ({graph[a][b][0]})" for a, b in zip(path, path[1:])]
        found.append("include cycle: " + "; ".join(steps))
    for folder, targets in sorted(graph.items()):
        mine = layer_of(folder)
        for to, where in sorted(targets.items()):
            theirs = layer_of(to)
            if mine is None or theirs is None:
                continue
            if theirs > mine or (mine == 3 and to.startswith("ui/window")):
                found.append(f"{where[0]}: src/{folder} ({LAYER_NAMES[mine]}) includes src/{to} "
                             f"({LAYER_NAMES[theirs]}), a higher layer"
                             + (f", and {len(where) - 1} more" if len(where) > 1 else ""))
    return found


def main():
    top = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                          os.path.join(os.path.dirname(__file__), "..", ".."))
    findings = long_files(top) + long_functions(top) + include_findings(top)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
