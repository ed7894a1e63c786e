#!/usr/bin/python3
# test-ui-covered.py: what a status page covers is hidden from assistive technologies too.
#
# The reader (its page, the Similar Releases list and the note editor) stays mapped under the
# "No Release Selected" status page, so that the first release opened replaces a page painted
# already. Under the status page it must not be found through AT-SPI, as it cannot be seen:
# a screen reader would otherwise read a note editor that belongs to no release. Once a release
# is selected, the note editor is there.
#
# Usage: test-ui-covered.py COMMUNIQUE SEEDS_DIR  (in an X session with a D-Bus session bus)
#
# Copyright 2026 The Communiqué developers
# SPDX-License-Identifier: GPL-3.0-or-later

import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import ui_app  # noqa: E402  (skips, 77, without a display or a session bus)
from ui_app import find, log, wait_for  # noqa: E402

STATUS_TITLE = "No Release Selected"


def main():
    communique, seeds = sys.argv[1], sys.argv[2]
    with ui_app.Session(communique, seeds, "covered") as session:
        app = session.start()

        def status_page():
            app.refresh()
            return find(app.root, lambda n: n.name == STATUS_TITLE)

        wait_for("the status page", status_page)
        assert app.editor() is None, "the note editor under the status page is seen through AT-SPI"
        log("ok: under the status page, the note editor is hidden from assistive technologies")

        title = app.rows()[0][0]
        app.select(title)
        wait_for("the note editor of the release selected", app.editor)
        log(f"ok: “{title}” selected, the note editor is there")
        app.terminate("the app")


if __name__ == "__main__":
    main()
