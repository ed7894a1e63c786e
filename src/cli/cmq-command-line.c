/* cmq-command-line.c: the command-line options, and the commands that need no window.
 *
 * `--version`, `--inspect` and `--search` run here, in the core library: main.c tries them before
 * it loads the window's module (GTK, libadwaita, WebKit), and the application runs them too from
 * handle-local-options (for the tests that link the window statically). Neither needs a display
 * or D-Bus.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-command-line"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "cmq-cite-command.h"
#include "cmq-command-line.h"
#include "cmq-compare-command.h"
#include "cmq-inspect.h"
#include "cmq-search-command.h"
#include "cmq-trace-command.h"

static const GOptionEntry option_entries[] = {
  { "library", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Show only the releases in DIR"), N_("DIR") },
    { "inspect", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Print what the importer finds in each FILE as one JSON object per line, then exit"),
          NULL },
      { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
        N_("Print the version and exit"), NULL },
        { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL,
          N_("[FILE…]") },
          { NULL },
      };

static const GOptionEntry search_option_entries[] = {
  { "search", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print the releases matching QUERY, best first, one per line, then exit"), N_("QUERY") },
    { "limit", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, NULL,
      N_("With --search, print at most N releases"), N_("N") },
      { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
        N_("With --search, --compare or --trace, print one JSON object per line"), NULL },
        { "snippets", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
          N_("With --search --json, also give each hit's snippet, matched words between **"),
              NULL },
          { "rescan", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
            N_("With --search, look at every file of the library for changes first"), NULL },
            { "compare", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
              N_("Print how the wording changed between two releases (files or ids), then exit"),
                  NULL },
              { "trace", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
                N_("Print how many releases used PHRASE each year, and each use in context, then exit"),
                    N_("PHRASE") },
                { "variants", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
                  N_("With --trace, also print the near variants: the phrase with one word "
                   "changed (--json always has them)"),
                      NULL },
                  { NULL },
               };

static const GOptionEntry cite_option_entries[] = {
  { "cite", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print a citation of each FILE, then exit"), NULL },
    { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --cite, print text, html, csl-json, bibtex or ris"), N_("FORMAT") },
      { "paragraph", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, NULL,
        N_("With --cite, cite paragraph N of each release"), N_("N") },
        { "style", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
          N_("With --cite, the citation style: author-date or note"), N_("STYLE") },
          { "conventions", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
            N_("With --cite, cite in English (en) or French (fr) conventions"), N_("LANG") },
            { NULL },
          };

const GOptionEntry *
cmq_command_line_get_cite_entries (void)
{
  return cite_option_entries;
}

const GOptionEntry *
cmq_command_line_get_entries (void)
{
  return option_entries;
}

const GOptionEntry *
cmq_command_line_get_search_entries (void)
{
  return search_option_entries;
}

typedef struct
{
  char *library;
  gboolean inspect;
  gboolean version;
  char **files;
  char *search;
  int limit;
  gboolean json;
  gboolean snippets;
  gboolean rescan;
  gboolean compare;
  char *trace;
  gboolean variants;
  gboolean cite;
  char *format;
  int paragraph;
  char *style;
  char *conventions;
} Values;

static void
values_clear (Values *values)
{
  g_free (values->library);
  g_strfreev (values->files);
  g_free (values->search);
  g_free (values->trace);
  g_free (values->format);
  g_free (values->style);
  g_free (values->conventions);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Values, values_clear)

static void
cite_options_insert (GVariantDict *options, const Values *values)
{
  if (values->cite)
    g_variant_dict_insert (options, "cite", "b", TRUE);
  if (values->format != NULL)
    g_variant_dict_insert (options, "format", "s", values->format);
  if (values->paragraph != 0)
    g_variant_dict_insert (options, "paragraph", "i", values->paragraph);
  if (values->style != NULL)
    g_variant_dict_insert (options, "style", "s", values->style);
  if (values->conventions != NULL)
    g_variant_dict_insert (options, "conventions", "s", values->conventions);
}

static void
search_options_insert (GVariantDict *options, const Values *values)
{
  if (values->search != NULL)
    g_variant_dict_insert (options, "search", "s", values->search);
  if (values->limit != 0)
    g_variant_dict_insert (options, "limit", "i", values->limit);
  if (values->json)
    g_variant_dict_insert (options, "json", "b", TRUE);
  if (values->snippets)
    g_variant_dict_insert (options, "snippets", "b", TRUE);
  if (values->rescan)
    g_variant_dict_insert (options, "rescan", "b", TRUE);
}

GVariantDict *
cmq_command_line_parse (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_auto (Values) values = { NULL };
  GOptionEntry entries[G_N_ELEMENTS (option_entries) + G_N_ELEMENTS (search_option_entries) +
                       G_N_ELEMENTS (cite_option_entries) - 2];
  g_auto (GStrv) args = g_new0 (char *, argc + 1);
  int n_args = argc;
  GVariantDict *options;
  guint n = 0;

  for (guint i = 0; option_entries[i].long_name != NULL; i++)
    entries[n++] = option_entries[i];
  for (guint i = 0; search_option_entries[i].long_name != NULL; i++)
    entries[n++] = search_option_entries[i];
  for (guint i = 0; cite_option_entries[i].long_name != NULL; i++)
    entries[n++] = cite_option_entries[i];
  entries[n] = (GOptionEntry){ NULL };
  g_assert (n + 1 == G_N_ELEMENTS (entries));
  entries[0].arg_data = &values.library;
  entries[1].arg_data = &values.inspect;
  entries[2].arg_data = &values.version;
  entries[3].arg_data = &values.files;
  entries[4].arg_data = &values.search;
  entries[5].arg_data = &values.limit;
  entries[6].arg_data = &values.json;
  entries[7].arg_data = &values.snippets;
  entries[8].arg_data = &values.rescan;
  entries[9].arg_data = &values.compare;
  entries[10].arg_data = &values.trace;
  entries[11].arg_data = &values.variants;
  entries[12].arg_data = &values.cite;
  entries[13].arg_data = &values.format;
  entries[14].arg_data = &values.paragraph;
  entries[15].arg_data = &values.style;
  entries[16].arg_data = &values.conventions;

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_add_main_entries (context, entries, NULL);
  {
    /* g_option_context_parse() removes what it parsed from the array it is given. */
    char **copy = g_memdup2 (args, sizeof (char *) * (argc + 1));
    gboolean parsed = g_option_context_parse (context, &n_args, &copy, NULL);

    g_free (copy);
    if (!parsed)
      return NULL;
  }

  options = g_variant_dict_new (NULL);
  if (values.library != NULL)
    g_variant_dict_insert_value (options, "library", g_variant_new_bytestring (values.library));
  if (values.inspect)
    g_variant_dict_insert (options, "inspect", "b", TRUE);
  if (values.version)
    g_variant_dict_insert (options, "version", "b", TRUE);
  if (values.files != NULL)
    g_variant_dict_insert_value (
        options, G_OPTION_REMAINING,
        g_variant_new_bytestring_array ((const char *const *) values.files, -1));
  search_options_insert (options, &values);
  if (values.compare)
    g_variant_dict_insert (options, "compare", "b", TRUE);
  if (values.trace != NULL)
    g_variant_dict_insert (options, "trace", "s", values.trace);
  if (values.variants)
    g_variant_dict_insert (options, "variants", "b", TRUE);
  cite_options_insert (options, &values);
  return options;
}

GStrv
cmq_command_line_library_folders (const char *library_dir, const char *sample_path)
{
  g_autoptr (GStrvBuilder) folders = g_strv_builder_new ();

  if (library_dir != NULL)
    g_strv_builder_add (folders, library_dir);
  else
    {
      g_autofree char *user_path =
          g_build_filename (g_get_user_data_dir (), "communique", "releases", NULL);

      g_strv_builder_add (folders, sample_path);
      g_strv_builder_add (folders, user_path);
    }
  return g_strv_builder_end (folders);
}

static int
run_cite (GVariantDict *options)
{
  g_autofree const char **files = NULL;
  CmqCiteOptions cite = { NULL };

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "format", "&s", &cite.format);
  g_variant_dict_lookup (options, "style", "&s", &cite.style);
  g_variant_dict_lookup (options, "conventions", "&s", &cite.conventions);
  g_variant_dict_lookup (options, "paragraph", "i", &cite.paragraph);
  return cmq_cite_command (files, &cite);
}

static int
run_trace (GVariantDict *options, const char *const *folders)
{
  const char *phrase = NULL;
  CmqTraceFlags flags = CMQ_TRACE_FLAGS_NONE;

  if (g_variant_dict_contains (options, "json"))
    flags |= CMQ_TRACE_FLAGS_JSON;
  if (g_variant_dict_contains (options, "variants"))
    flags |= CMQ_TRACE_FLAGS_VARIANTS;
  g_variant_dict_lookup (options, "trace", "&s", &phrase);
  return cmq_trace_command (folders, phrase, flags);
}

int
cmq_command_line_run (GVariantDict *options, const char *version, const char *sample_path,
                      char **library_dir)
{
  g_autofree const char **files = NULL;
  g_autofree char *dir_path = NULL;
  const char *library = NULL;

  g_return_val_if_fail (options != NULL, 2);
  g_return_val_if_fail (version != NULL && sample_path != NULL, 2);

  if (library_dir != NULL)
    *library_dir = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "communique", version);
      return 0;
    }

  if (g_variant_dict_contains (options, "inspect"))
    {
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      return cmq_inspect_files (files);
    }

  if (g_variant_dict_contains (options, "cite"))
    return run_cite (options);

  if (g_variant_dict_lookup (options, "library", "^&ay", &library))
    {
      g_autoptr (GFile) dir = g_file_new_for_commandline_arg (library);

      if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        {
          /* Translators: %s is a folder name given on the command line */
          g_printerr (_("%s is not a folder\n"), library);
          return 2;
        }
      dir_path = g_file_get_path (dir);
    }

  if (g_variant_dict_contains (options, "search"))
    {
      g_auto (GStrv) folders = cmq_command_line_library_folders (dir_path, sample_path);
      const char *query = NULL;
      int limit = 0;
      CmqSearchFlags flags = CMQ_SEARCH_FLAGS_NONE;

      g_variant_dict_lookup (options, "search", "&s", &query);
      g_variant_dict_lookup (options, "limit", "i", &limit);
      if (g_variant_dict_contains (options, "json"))
        flags |= CMQ_SEARCH_FLAGS_JSON;
      if (g_variant_dict_contains (options, "snippets"))
        flags |= CMQ_SEARCH_FLAGS_SNIPPETS;
      if (g_variant_dict_contains (options, "rescan"))
        flags |= CMQ_SEARCH_FLAGS_RESCAN;
      return cmq_search_command ((const char *const *) folders, query, limit, flags);
    }

  if (g_variant_dict_contains (options, "compare"))
    {
      g_auto (GStrv) folders = cmq_command_line_library_folders (dir_path, sample_path);

      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      if (files == NULL || g_strv_length ((char **) files) != 2)
        return cmq_compare_command (NULL, NULL, NULL, FALSE);
      return cmq_compare_command ((const char *const *) folders, files[0], files[1],
                                  g_variant_dict_contains (options, "json"));
    }

  if (g_variant_dict_contains (options, "trace"))
    {
      g_auto (GStrv) folders = cmq_command_line_library_folders (dir_path, sample_path);

      return run_trace (options, (const char *const *) folders);
    }

  if (library_dir != NULL)
    *library_dir = g_steal_pointer (&dir_path);
  return -1;
}
