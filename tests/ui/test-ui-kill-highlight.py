#!/usr/bin/python3
# test-ui-kill-highlight.py: a highlight and its note survive a kill, made like a person would,
# on the real app: select, highlight, annotate, switch, kill, restart: everything is there.
#
# Runs `communique --library SEEDS` under openbox with its own XDG folders, as test-ui-kill.py
# does (ui_app.py: widgets found through AT-SPI, mouse and keys through xdotool).
# Drags the mouse over words of the release's text in the reader and presses Alt+Return: the
# passage popover shows; Highlight in green (pressed through its accessible action: the popover is
# a surface of its own); Ctrl+Shift+N opens the note of the words still selected, a note is
# typed, Escape, another release clicked, and the app SIGKILLed as soon as the switch shows,
# within the store's own save delay. The store's file must hold one passage, green, with its
# whole note; a second start must count the highlight in the release's row and, clicked in the
# page, show its popover with Edit Note… and that note.
#
# Usage: test-ui-kill-highlight.py COMMUNIQUE SEEDS_DIR  (in an X session with a D-Bus session bus)
#
# Copyright 2026 The Communiqué developers
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import ui_app  # noqa: E402  (skips, 77, without a display or a session bus)
from ui_app import TIMEOUT, extents, find, log, text_of, wait_for  # noqa: E402

import pyatspi  # noqa: E402

NOTE = "Kill test: quote this in the report"
GREEN = "Highlight in green"


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def showing(node):
    """GTK says VISIBLE (not SHOWING); the popover's widgets are in the tree while it is up."""
    return has_state(node, pyatspi.STATE_VISIBLE)


def popover_button(app, name):
    """A button of the passage popover, once it shows."""
    app.refresh()
    # A button with a mnemonic is named after its label twice over ("Edit _Note… Edit Note…").
    return find(app.root, lambda n: n.getRoleName() == "push button" and
                (n.name or "").endswith(name) and showing(n))


def reader(app):
    app.refresh()
    return find(app.root, lambda n: n.name == "WebKitWebView" and extents(n)[3] > 100)


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate"):
            action.doAction(i)
            return
    raise AssertionError(f"“{button.name}” has no click action")


def words_line(app):
    """Two points on one line of the release's first paragraph: the page shows the title, the
    source and the date above it, so three quarters down the reader is in its text."""
    x, y, w, h = extents(wait_for("the reader", lambda: reader(app)))
    line = y + h * 3 // 4
    return (x + w // 8, line), (x + w // 2, line)


def drag(app, start, end):
    subprocess.run(["xdotool", "mousemove", "--window", app.window, str(start[0]), str(start[1]),
                    "mousedown", "1", "mousemove", "--window", app.window,
                    str((start[0] + end[0]) // 2), str(end[1]),
                    "mousemove", "--window", app.window, str(end[0]), str(end[1]),
                    "mouseup", "1"], check=True)


def select_words(app, start, end):
    """Drags over the words, then Alt+Return shows the passage popover (again, when the release
    of the button already did). Until it shows: the page may not be drawn yet at first."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        drag(app, start, end)
        subprocess.run(["xdotool", "key", "alt+Return"], check=True)
        shown = time.monotonic() + 2
        while time.monotonic() < shown:
            if popover_button(app, GREEN):
                return
            time.sleep(0.05)
        if time.monotonic() > deadline:
            raise AssertionError("the passage popover did not show for the selected words")
        # The selection cleared by a click, so that the next drag selects rather than drags the
        # selected words away.
        subprocess.run(["xdotool", "key", "Escape"], check=True)
        app.click_at((start[0], start[1] - 60))


def passages_in(store_path):
    """The live passages of the store's file, as dicts of their fields."""
    keys = configparser.RawConfigParser(strict=False, interpolation=None)
    keys.optionxform = str
    with open(store_path, encoding="utf-8") as f:
        keys.read_string(f.read())
    found = []
    for group in keys.sections():
        ids = [i.strip() for i in keys[group].get("passages", "").split(";") if i.strip()]
        for pid in ids:
            field = {k[len(f"passage-{pid}-"):]: v for k, v in keys[group].items()
                     if k.startswith(f"passage-{pid}-")}
            if field.get("deleted") != "true":
                found.append(field)
    return found


def header_title(app, title):
    """The header bar's label of the release shown: found before the switch, so that waiting for
    its change costs no walk of the whole tree."""
    app.refresh()
    return find(app.root, lambda n: n.getRoleName() == "label" and n.name == title and
                extents(n)[1] < 40)


def switch_to(app, label, title, point):
    """Clicks the row at @point until @label says @title: a first click outside the popover may
    only close it."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        app.click_at(point)
        clicked = time.monotonic()
        while time.monotonic() < clicked + 1:
            label.clear_cache()
            if label.name == title:
                return
            time.sleep(0.02)
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for the switch to “{title}”")


def note_editor(app):
    app.refresh()
    # The editor takes the keyboard when it opens (the popover's stack holds it all along).
    return find(app.root, lambda n: n.getRoleName() == "text" and
                n.name == "Note on the Passage" and has_state(n, pyatspi.STATE_FOCUSED))


def main():
    communique, seeds = sys.argv[1], sys.argv[2]
    # Under Xvfb, with no GPU, WebKit's accelerated compositing paints blank pages: nothing to
    # select with the mouse.
    with ui_app.Session(communique, seeds, "kill-highlight",
                        {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"}) as session:
        app = session.start()
        titles = [title for title, _ in app.rows()]
        marked, other = titles[1], titles[2]

        # Select: words dragged over with the mouse, then Alt+Return.
        app.select(marked)
        start, end = words_line(app)
        select_words(app, start, end)
        # Highlight: a colour. The popover is a surface of its own, whose coordinates AT-SPI gives
        # relative to it: its button is pressed through its accessible action, as a screen
        # reader would.
        press(popover_button(app, GREEN))
        wait_for("the highlight in the row",
                 lambda: find(app.row(marked), lambda n: n.name == "1 highlight"))
        log(f"ok: selected words of “{marked}” with the mouse and highlighted them in green")

        # Annotate: the words still selected, which are the highlight now: Ctrl+Shift+N opens
        # its note.
        subprocess.run(["xdotool", "key", "ctrl+shift+n"], check=True)
        wait_for("the passage's note editor", lambda: note_editor(app))
        # Found now, so that nothing slow stands between the last key and the kill.
        other_point = app.point(app.row(other), dx=40)
        label = wait_for("the title in the header bar", lambda: header_title(app, marked))
        app.type(NOTE)
        typed = time.monotonic()
        # Escape closes the popover, which keeps the note (nothing waits for the app here: the
        # store's file says below whether the whole note made it).
        subprocess.run(["xdotool", "key", "Escape"], check=True)
        # Switch: another release clicked.
        switch_to(app, label, other, other_point)
        # Kill.
        killed = app.kill(typed)
        log(f"ok: typed a note on the highlight, switched release and killed the app "
            f"{killed:.2f} s after the last key")

        passages = passages_in(session.store_path)
        assert len(passages) == 1, passages
        assert passages[0].get("colour") == "green", passages[0]
        assert passages[0].get("note") == NOTE, passages[0]
        log(f"ok: the store's file holds the green passage “{passages[0].get('quote')}” "
            "with its whole note")

        # Restart: the row counts it, the page shows it with its note.
        app = session.start()
        wait_for("the highlight counted in the row after a restart",
                 lambda: find(app.row(marked), lambda n: n.name == "1 highlight"))
        app.select(marked)
        middle = ((start[0] + end[0]) // 2, start[1])
        edit = None
        deadline = time.monotonic() + TIMEOUT
        while edit is None:
            app.click_at(middle)
            shown = time.monotonic() + 2
            while edit is None and time.monotonic() < shown:
                edit = popover_button(app, "Edit Note…")
                time.sleep(0.05)
            if time.monotonic() > deadline:
                raise AssertionError("after a restart, the highlight in the page has no note")
        press(edit)
        wait_for("the note in the passage's editor after a restart",
                 lambda: (e := note_editor(app)) is not None and text_of(e) == NOTE)
        log("ok: after a restart the highlight is in the row and the page, with its note")

        app.terminate("the restarted app")

if __name__ == "__main__":
    main()
