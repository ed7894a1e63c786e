#!/usr/bin/python3
# test-ui-kill.py: stars and notes survive a kill, driven like a person would, on the real app.
#
# Runs `communique --library SEEDS` under openbox (a window manager, so the window gets the
# keyboard) with its own XDG folders. Finds widgets through AT-SPI, clicks and types with xdotool:
# clicks the star of a row that is not selected, selects that row, types a note, selects another
# row and SIGKILLs the app as soon as the switch shows. A second start must show the star and
# the note. Then it types more, sends SIGTERM at once, and a third start must show that too.
#
# Usage: test-ui-kill.py COMMUNIQUE SEEDS_DIR  (in an X session with a D-Bus session bus)
#
# Copyright 2026 The Communiqué developers
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# Each wait's deadline (60 s), scaled by CMQ_TEST_TIMEOUT_MULTIPLIER as tests/lib/test-timeout.sh,
# the one place scripts read it, says.
TIMEOUT = int(subprocess.run(
    ["sh", "-c", '. "$0"; cmq_timeout 60',
     os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "test-timeout.sh")],
    check=True, text=True, stdout=subprocess.PIPE).stdout)
STAR_NAMES = ("Add to Favourites", "Remove from Favourites")
# The store saves changes within half a second on its own (CMQ_STORE_SAVE_DELAY_MS): a kill
# later than that after the last key proves nothing about saving on a switch or a signal.
SAVE_DELAY_SECONDS = 0.5

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    print("needs an X display and a D-Bus session bus (build-aux/test provides both)")
    sys.exit(77)

import pyatspi  # noqa: E402  (after the skip: importing it needs the session bus)


def log(message):
    print(message, flush=True)


def wait_for(what, predicate):
    deadline = time.monotonic() + TIMEOUT
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.03)


def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def find_all(node, predicate):
    return [n for n in walk(node) if predicate(n)]


def find(node, predicate):
    for n in walk(node):
        if predicate(n):
            return n
    return None


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return box.x, box.y, box.width, box.height


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


class App:
    def __init__(self, communique, seeds, env):
        self.process = subprocess.Popen([communique, "--library", seeds], env=env)
        self.root = wait_for("the app on the accessibility bus", self._find_root)
        self.window = wait_for("the window", self._find_window)
        wait_for("the list of releases", lambda: len(self.rows()) >= 3)

    def _find_root(self):
        desktop = pyatspi.Registry.getDesktop(0)
        # The desktop's children are cached, and nothing here listens for the event that says
        # an application came.
        desktop.clear_cache()
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                pass
        return None

    def _find_window(self):
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
            capture_output=True, text=True).stdout.split()
        return out[-1] if out else None

    def refresh(self):
        self.root.clear_cache()

    def rows(self):
        """The list's rows, top to bottom, as (title, node)."""
        self.refresh()
        rows = []
        for item in find_all(self.root, lambda n: n.getRoleName() == "list item"):
            if item.childCount and item.getChildAtIndex(0).name:
                row = item.getChildAtIndex(0)
                rows.append((extents(row)[1], row.name, row))
        return [(name, row) for _, name, row in sorted(rows, key=lambda r: r[0])]

    def row(self, title):
        return wait_for(f"the row “{title}”",
                        lambda: dict(self.rows()).get(title))

    def point(self, node, dx=None):
        x, y, w, h = extents(node)
        return x + (dx if dx is not None else w // 2), y + h // 2

    def click_at(self, point):
        subprocess.run(["xdotool", "mousemove", "--window", self.window, str(point[0]),
                        str(point[1]), "click", "1"], check=True)

    def click(self, node, dx=None):
        self.click_at(self.point(node, dx))

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "15", text], check=True)

    def star(self, title):
        return wait_for(f"the star of “{title}”",
                        lambda: find(self.row(title),
                                     lambda n: n.name in STAR_NAMES))

    def editor(self):
        self.refresh()
        return find(self.root, lambda n: n.getRoleName() == "text" and n.name == "Note")

    def select(self, title):
        # The title's start: away from the star at the row's end.
        self.click(self.row(title), dx=40)


def main():
    communique, seeds = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="communique-test-kill-")
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = os.path.join(tmp, var)
        os.makedirs(env[var])
    # The test environment turns accessibility off for the in-process tests; this one needs it.
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env["GTK_A11Y"] = "atspi"
    # Under AddressSanitizer (build-aux/test's _build-asan), LeakSanitizer's own tracer thread
    # crashes (SIGSEGV, "LeakSanitizer has encountered a fatal error") when it stops this app at
    # exit: the window loaded as a module, with the accessibility bus's threads running. Memory
    # errors and undefined behaviour are still checked here; leaks of the window are checked by
    # the in-process UI tests (ui, ui-chrome, ui-fr, webview).
    if "ASAN_OPTIONS" in env:
        env["ASAN_OPTIONS"] += ":detect_leaks=0"
    store_path = os.path.join(env["XDG_DATA_HOME"], "communique", "library.ini")

    wm = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    app = None
    try:
        app = App(communique, seeds, env)
        titles = [title for title, _ in app.rows()]
        starred, noted, other = titles[1], titles[1], titles[2]
        note = "Kill test: ask about zebras"

        # One click on the star of a row that is not selected.
        star = app.star(starred)
        assert star.name == "Add to Favourites", star.name
        app.click(star)
        wait_for("the star to be on", lambda: app.star(starred).name == "Remove from Favourites")
        log(f"ok: starred “{starred}” with one click")

        app.select(noted)
        editor = wait_for("the note editor",
                          lambda: (e := app.editor()) is not None and
                          e.getState().contains(pyatspi.STATE_SENSITIVE) and e)
        # Found now, so that nothing slow stands between the last key and the kill.
        other_point = app.point(app.row(other), dx=40)
        app.click(editor)
        # The last key and the click on another row in one go, as a quick person would.
        app.type(note)
        typed = time.monotonic()
        app.click_at(other_point)
        wait_for("the switch to another release",
                 lambda: editor.clear_cache() or text_of(editor) == "")
        app.process.send_signal(signal.SIGKILL)
        killed = time.monotonic() - typed
        app.process.wait()
        log(f"ok: typed a note, switched release and killed the app {killed:.2f} s later")
        if killed >= SAVE_DELAY_SECONDS:
            log("warning: the kill came after the store's own save delay; it proves less")

        with open(store_path, encoding="utf-8") as f:
            assert note in f.read(), "the whole note is not in the store's file"

        app = App(communique, seeds, env)
        assert app.star(starred).name == "Remove from Favourites", "the star was lost"
        assert find(app.row(noted), lambda n: n.name == "Has a note"), "no note mark in the row"
        app.select(noted)
        wait_for("the note after a restart", lambda: text_of(app.editor()) == note)
        log("ok: after a restart the star and the note are there")

        # SIGTERM right after typing: the app saves before it goes.
        app.click(app.editor())
        subprocess.run(["xdotool", "key", "ctrl+End"], check=True)
        app.type(" More.")
        wait_for("more text", lambda: text_of(app.editor()) == note + " More.")
        app.process.send_signal(signal.SIGTERM)
        assert app.process.wait(timeout=TIMEOUT) == 0, "the app did not quit cleanly on SIGTERM"

        app = App(communique, seeds, env)
        app.select(noted)
        wait_for("the note typed before SIGTERM",
                 lambda: text_of(app.editor()) == note + " More.")
        log("ok: text typed just before SIGTERM was saved")
        # The restarted app quits cleanly too (under ASan: without a leak; the killed one had no
        # chance to check).
        app.process.send_signal(signal.SIGTERM)
        assert app.process.wait(timeout=TIMEOUT) == 0, "the restarted app did not quit cleanly"
        app = None
    finally:
        if app is not None and app.process.poll() is None:
            app.process.kill()
            app.process.wait()
        wm.terminate()
        wm.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
