/* main.c: sets up translations and runs the application.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cmq-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (CmqApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* An uninstalled build (build-aux/run) speaks the catalogues built in the build folder. */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_file_test (PKGDATADIR, G_FILE_TEST_IS_DIR) ? LOCALEDIR : BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cmq_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
