/* cmq-command-line.h: the command-line options, and the commands that need no window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The application's options, in two tables (the search options apart), with no arg_data: for
 * g_application_add_main_option_entries(), which lists them in --help. */
const GOptionEntry *cmq_command_line_get_entries (void);
const GOptionEntry *cmq_command_line_get_search_entries (void);
/* --cite and its options. */
const GOptionEntry *cmq_command_line_get_cite_entries (void);

/* Parses @argv (not changed) for the options above only, as GApplication would put them in its
 * options dictionary; other options are ignored. NULL when it does not parse: the application
 * then says why. Lets `communique --search` run without loading the window's libraries. */
GVariantDict *cmq_command_line_parse (int argc, char **argv);

/* Runs --version (printing @version), --inspect, --cite and --search (on the library: --library DIR, or
 * @sample_path and the user's release folder) from @options, and checks --library. Returns the
 * exit status, or -1 when what was asked needs the application (a window, or files to import),
 * with @library_dir (nullable) set to the --library folder, made absolute, or NULL. The version
 * and the sample folder come from the caller: the core is built without config.h (build-aux/fuzz
 * compiles it alone). */
int cmq_command_line_run (GVariantDict *options, const char *version, const char *sample_path,
                          char **library_dir);

/* The folders of the library: @library_dir, or @sample_path and the user's release folder. */
GStrv cmq_command_line_library_folders (const char *library_dir, const char *sample_path);

G_END_DECLS
