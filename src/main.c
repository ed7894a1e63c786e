/* main.c: sets up translations, runs the commands that need no window, else loads the window.
 *
 * This executable links only the core (GLib, GIO, SQLite, json-glib): `--search`, `--inspect` and
 * `--version` run without GTK, libadwaita or WebKit ever being loaded, which would cost more than
 * a search. Everything else (the window, `communique FILE…`, D-Bus activation, --help) is the
 * application in the module libcommunique-ui.so: next to this executable in the build folder,
 * in $libdir/communique once installed.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <locale.h>
#include <string.h>

#include "cmq-command-line.h"
#include "cmq-ui-module.h"

/* The module of an uninstalled build sits next to the executable (build-aux/run); an installed
 * one is found from the executable too (PREFIX/bin/communique, PREFIX/lib/communique), so that an
 * installation that was moved (a DESTDIR) loads its own module, and else in PKGLIBDIR. */
static char *
ui_module_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = exe != NULL ? g_path_get_dirname (exe) : NULL;
  g_autofree char *beside = NULL;
  g_autofree char *prefix = NULL;

  if (dir == NULL)
    return g_module_build_path (PKGLIBDIR, CMQ_UI_MODULE_NAME);
  beside = g_module_build_path (dir, CMQ_UI_MODULE_NAME);
  if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&beside);
  if (g_str_has_suffix (dir, "/" BINDIR_NAME))
    {
      g_autofree char *lib_dir = NULL;
      g_autofree char *installed = NULL;

      prefix = g_strndup (dir, strlen (dir) - strlen ("/" BINDIR_NAME));
      lib_dir = g_build_filename (prefix, PKGLIBDIR_NAME, NULL);
      installed = g_module_build_path (lib_dir, CMQ_UI_MODULE_NAME);
      if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&installed);
    }
  return g_module_build_path (PKGLIBDIR, CMQ_UI_MODULE_NAME);
}

/* The sample releases, installed or (uninstalled build) in the source tree; as the
 * application's sample_directory(). */
static char *
sample_path (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "samples", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  return g_strdup (SOURCE_SAMPLES_DIR);
}

static int
run_ui (int argc, char **argv)
{
  g_autofree char *path = ui_module_path ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
  CmqUiMainFunc ui_main = NULL;

  if (module == NULL || !g_module_symbol (module, CMQ_UI_MAIN_SYMBOL, (gpointer *) &ui_main))
    {
      /* Translators: the first %s is a file name, the second says why it could not be loaded */
      g_printerr (_("Cannot load the window from %s: %s\n"), path, g_module_error ());
      return 1;
    }
  /* Never unloaded: GTK's types live in it until the process ends. */
  g_module_make_resident (module);
  return ui_main (argc, argv);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GVariantDict) options = NULL;

  setlocale (LC_ALL, "");
  /* An uninstalled build (build-aux/run) speaks the catalogues built in the build folder. */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_file_test (PKGDATADIR, G_FILE_TEST_IS_DIR) ? LOCALEDIR : BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* When the options do not parse, the application says why (with --help). */
  options = cmq_command_line_parse (argc, argv);
  if (options != NULL)
    {
      g_autofree char *samples = sample_path ();
      int status = cmq_command_line_run (options, PACKAGE_VERSION, samples, NULL);

      if (status >= 0)
        return status;
    }
  return run_ui (argc, argv);
}
