#!/usr/bin/python3
# test-ui-kill.py: stars and notes survive a kill, driven like a person would, on the real app.
#
# Runs `communique --library SEEDS` under openbox with its own XDG folders (ui_app.py). Finds
# widgets through AT-SPI, clicks and types with xdotool:
# clicks the star of a row that is not selected, selects that row, types a note, selects another
# row and SIGKILLs the app as soon as the switch shows. A second start must show the star and
# the note. Then it types more, sends SIGTERM at once, and a third start must show that too.
#
# Usage: test-ui-kill.py COMMUNIQUE SEEDS_DIR  (in an X session with a D-Bus session bus)
#
# Copyright 2026 The Communiqué developers
# SPDX-License-Identifier: GPL-3.0-or-later

import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import ui_app  # noqa: E402  (skips, 77, without a display or a session bus)
from ui_app import find, log, text_of, wait_for  # noqa: E402

import pyatspi  # noqa: E402


def main():
    communique, seeds = sys.argv[1], sys.argv[2]
    with ui_app.Session(communique, seeds, "kill") as session:
        app = session.start()
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
        killed = app.kill(typed)
        log(f"ok: typed a note, switched release and killed the app {killed:.2f} s later")

        with open(session.store_path, encoding="utf-8") as f:
            assert note in f.read(), "the whole note is not in the store's file"

        app = session.start()
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
        app.terminate("the app")

        app = session.start()
        app.select(noted)
        wait_for("the note typed before SIGTERM",
                 lambda: text_of(app.editor()) == note + " More.")
        log("ok: text typed just before SIGTERM was saved")
        # The restarted app quits cleanly too (under ASan: without a leak; the killed one had no
        # chance to check).
        app.terminate("the restarted app")

if __name__ == "__main__":
    main()
