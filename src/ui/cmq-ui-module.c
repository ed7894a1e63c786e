/* cmq-ui-module.c: the entry point of the window's module (libcommunique-ui.so).
 *
 * main.c loads this module only when the command line needs the application, so that
 * `communique --search` does not load GTK, libadwaita and WebKit.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-ui-module"

#include <gmodule.h>

#include "cmq-application.h"
#include "cmq-ui-module.h"

G_MODULE_EXPORT int
cmq_ui_main (int argc, char **argv)
{
  g_autoptr (CmqApplication) app = cmq_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
