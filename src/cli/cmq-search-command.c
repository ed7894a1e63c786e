/* cmq-search-command.c: `communique --search QUERY`, hits printed with no window.
 *
 * Uses the same index as the window (so a second search is quick), brought up to date first.
 * When the index cannot be updated (another Communiqué holds it), what it holds is searched.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search-command"

#include <glib/gi18n.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>

#include "cmq-context.h"
#include "cmq-index.h"
#include "cmq-search-command.h"

/* JSON by hand: json-glib's builder and generator per line cost more than the query when a
 * common word matches most of a large library. */
static void
append_json_string (GString *out, const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

static void
append_json_line (GString *out, const CmqIndexHit *hit)
{
  char score[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *snippet = NULL;

  if (hit->snippet != NULL)
    snippet = cmq_index_snippet_to_text (hit->snippet, "**", "**");

  g_string_append (out, "{\"id\":");
  append_json_string (out, hit->id);
  g_string_append (out, ",\"file\":");
  append_json_string (out, hit->file);
  g_string_append (out, ",\"title\":");
  append_json_string (out, hit->title);
  g_string_append (out, ",\"date\":");
  if (hit->date != NULL)
    append_json_string (out, hit->date);
  else
    g_string_append (out, "null");
  g_string_append (out, ",\"score\":");
  g_string_append (out,
                   isfinite (hit->score) ? g_ascii_dtostr (score, sizeof score, hit->score) : "0");
  g_string_append (out, ",\"snippet\":");
  append_json_string (out, snippet != NULL ? snippet : "");
  g_string_append (out, "}\n");
}

static void
append_plain_line (GString *out, const CmqIndexHit *hit)
{
  g_string_append (out, hit->date != NULL ? hit->date : "----------");
  g_string_append (out, "  ");
  g_string_append (out, hit->title);
  g_string_append (out, "  ");
  g_string_append (out, hit->file);
  g_string_append_c (out, '\n');
}

typedef struct
{
  CmqSearchFlags flags;
  GString *out;
  guint n_hits;
  gboolean failed; /* stdout could not be written */
} Printer;

/* Writes @out to stdout once it is large, or at the end; FALSE when stdout failed (a closed
 * pipe, a full disk). */
static gboolean
flush_output (GString *out, gboolean at_end)
{
  gboolean ok = TRUE;

  if (out->len < 64 * 1024 && !at_end)
    return TRUE;
  if (out->len > 0 && fwrite (out->str, 1, out->len, stdout) != out->len)
    ok = FALSE;
  g_string_truncate (out, 0);
  if (at_end && fflush (stdout) != 0)
    ok = FALSE;
  return ok;
}

static gboolean
print_hit_cb (const CmqIndexHit *hit, gpointer user_data)
{
  Printer *printer = user_data;

  if (printer->flags & CMQ_SEARCH_FLAGS_JSON)
    append_json_line (printer->out, hit);
  else
    append_plain_line (printer->out, hit);
  printer->n_hits++;
  printer->failed = !flush_output (printer->out, FALSE);
  return !printer->failed;
}

/* Hits are printed as they are read, not gathered first: a common word lists most of a large
 * library. */
/* Notes are searched too: the index's copy of them comes from the store on every update, so a
 * rebuilt index (the cache deleted) finds them without a window. */
static gboolean
update_index (CmqIndex *index, GError **error)
{
  g_autofree char *store_path = cmq_store_get_default_path ();
  g_autoptr (GError) notes_error = NULL;

  if (!cmq_context_copy_notes (index, store_path, &notes_error))
    g_debug ("Notes not searched: %s", notes_error->message);
  return cmq_index_update (index, NULL, NULL, error);
}

static gboolean
search (CmqIndex *index, CmqQuery *query, int limit, Printer *printer, GError **error)
{
  return cmq_index_query_foreach (
      index, query, CMQ_INDEX_SORT_RELEVANCE, limit,
      (printer->flags & CMQ_SEARCH_FLAGS_JSON) ? CMQ_INDEX_QUERY_SNIPPETS : CMQ_INDEX_QUERY_NONE,
      print_hit_cb, printer, NULL, error);
}

int
cmq_search_command (const char *const *folders, const char *query_text, int limit,
                    CmqSearchFlags flags)
{
  g_autoptr (CmqIndex) index = NULL;
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_sized_new (80 * 1024);
  Printer printer = { flags, out };
  gboolean searched;

  if (query_text == NULL || limit < 0)
    {
      g_printerr ("%s\n", _("--search needs a query, and --limit a number of hits"));
      return 2;
    }

  query = cmq_query_parse (query_text, CMQ_QUERY_FLAGS_NONE);
  index = cmq_index_new (NULL);
  cmq_index_set_folders (index, folders);
  /* Like locate: no stat of every file when no folder changed (see the README). */
  if (((flags & CMQ_SEARCH_FLAGS_RESCAN) || !cmq_index_folders_unchanged (index)) &&
      !update_index (index, &error))
    {
      /* Translators: %s says why the search index could not be brought up to date */
      g_printerr (_("The search index could not be updated (%s); searching what it holds\n"),
                     error->message);
      g_clear_error (&error);
    }

  searched = search (index, query, limit, &printer, &error);
  if (!searched && printer.n_hits == 0)
    {
      /* A damaged index was replaced by an empty one: fill it and ask again. */
      g_clear_error (&error);
      if (update_index (index, NULL))
        searched = search (index, query, limit, &printer, &error);
    }
  if (!printer.failed && !flush_output (printer.out, TRUE))
    printer.failed = TRUE;
  if (printer.failed)
    {
      /* Translators: %s says why the results could not be written (e.g. "Broken pipe") */
      g_printerr (_("Cannot write the results: %s\n"), g_strerror (errno));
      return 2;
    }
  if (!searched)
    {
      /* Translators: %s says why the search failed */
      g_printerr (_("Cannot search: %s\n"), error != NULL ? error->message : "");
      return 2;
    }
  return printer.n_hits > 0 ? 0 : 1;
}
