/* cmq-ui-module.h: what main.c looks up in the window's module.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CMQ_UI_MODULE_NAME "communique-ui"
#define CMQ_UI_MAIN_SYMBOL "cmq_ui_main"

/* Runs the application (a window, files to import, D-Bus activation) on @argv; returns the exit
 * status. */
typedef int (*CmqUiMainFunc) (int argc, char **argv);

int cmq_ui_main (int argc, char **argv);

G_END_DECLS
