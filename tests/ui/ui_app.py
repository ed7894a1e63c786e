# ui_app.py: the real app as a process, driven like a person would, for the UI tests that kill it
# (test-ui-kill.py, test-ui-kill-highlight.py): widgets found through AT-SPI, mouse and keys
# through xdotool, under openbox (a window manager, so the window gets the keyboard), each start
# of the app with the same XDG folders of its own.
#
# Importing it exits with 77 (skipped) without an X display or a D-Bus session bus.
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
from gi.repository import GLib  # noqa: E402


def log(message):
    print(message, flush=True)


def wait_for(what, predicate):
    """Waits until @predicate gives a true value. An AT-SPI call that gets no reply in time (the
    app busy, slow under ASan) or asks for an object just gone is asked again, until the
    deadline."""
    deadline = time.monotonic() + TIMEOUT
    error = None
    while True:
        try:
            value = predicate()
        except GLib.GError as e:
            value, error = None, e
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}" +
                                 (f" (last AT-SPI error: {error})" if error else ""))
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

    def kill(self, typed):
        """SIGKILL now; returns the seconds since @typed (the last key), and warns when they
        were more than the store needs to save on its own."""
        self.process.send_signal(signal.SIGKILL)
        killed = time.monotonic() - typed
        self.process.wait()
        if killed >= SAVE_DELAY_SECONDS:
            log("warning: the kill came after the store's own save delay; it proves less")
        return killed

    def terminate(self, what):
        """SIGTERM: the app must save and quit cleanly (under ASan: without a leak)."""
        self.process.send_signal(signal.SIGTERM)
        assert self.process.wait(timeout=TIMEOUT) == 0, f"{what} did not quit cleanly on SIGTERM"


class Session:
    """openbox and the XDG folders the app's starts share; start() starts the app again. Leaving
    it kills an app still running, stops openbox and removes the folders."""

    def __init__(self, communique, seeds, name, extra_env=None):
        self.communique, self.seeds = communique, seeds
        self.tmp = tempfile.mkdtemp(prefix=f"communique-test-{name}-")
        self.env = dict(os.environ)
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            self.env[var] = os.path.join(self.tmp, var)
            os.makedirs(self.env[var])
        # The test environment turns accessibility off for the in-process tests; these need it.
        self.env.pop("NO_AT_BRIDGE", None)
        self.env["GTK_A11Y"] = "atspi"
        # Under AddressSanitizer (build-aux/test's _build-asan), LeakSanitizer's own tracer thread
        # crashes (SIGSEGV, "LeakSanitizer has encountered a fatal error") when it stops this app
        # at exit: the window loaded as a module, with the accessibility bus's threads running.
        # Memory errors and undefined behaviour are still checked here; leaks of the window are
        # checked by the in-process UI tests (ui, ui-chrome, ui-fr, webview).
        if "ASAN_OPTIONS" in self.env:
            self.env["ASAN_OPTIONS"] += ":detect_leaks=0"
        self.env.update(extra_env or {})
        self.store_path = os.path.join(self.env["XDG_DATA_HOME"], "communique", "library.ini")
        self.app = None
        self.wm = None

    def __enter__(self):
        self.wm = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        return self

    def start(self):
        self.app = App(self.communique, self.seeds, self.env)
        return self.app

    def __exit__(self, *exc):
        if self.app is not None and self.app.process.poll() is None:
            self.app.process.kill()
            self.app.process.wait()
        self.wm.terminate()
        self.wm.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)
        return False
