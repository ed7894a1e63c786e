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
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cmq-index.h"
#include "cmq-search-command.h"

static char *
hit_to_json_line (CmqIndexHit *hit)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *snippet = NULL;

  if (hit->snippet != NULL)
    snippet = cmq_index_snippet_to_text (hit->snippet, "**", "**");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, hit->id);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, hit->file);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, hit->title);
  json_builder_set_member_name (builder, "date");
  if (hit->date != NULL)
    json_builder_add_string_value (builder, hit->date);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_double_value (builder, hit->score);
  json_builder_set_member_name (builder, "snippet");
  json_builder_add_string_value (builder, snippet != NULL ? snippet : "");
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static GPtrArray *
search (CmqIndex *index, CmqQuery *query, int limit, gboolean json, GError **error)
{
  return cmq_index_query (index, query, CMQ_INDEX_SORT_RELEVANCE, limit,
                          json ? CMQ_INDEX_QUERY_SNIPPETS : CMQ_INDEX_QUERY_NONE, NULL, error);
}

int
cmq_search_command (const char *const *folders, const char *query_text, int limit, gboolean json)
{
  g_autoptr (CmqIndex) index = NULL;
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;

  if (query_text == NULL || limit < 0)
    {
      g_printerr ("%s\n", _("--search needs a query, and --limit a number of hits"));
      return 2;
    }

  query = cmq_query_parse (query_text, CMQ_QUERY_FLAGS_NONE);
  index = cmq_index_new (NULL);
  cmq_index_set_folders (index, folders);
  if (!cmq_index_update (index, NULL, NULL, &error))
    {
      /* Translators: %s says why the search index could not be brought up to date */
      g_printerr (_("The search index could not be updated (%s); searching what it holds\n"),
                     error->message);
      g_clear_error (&error);
    }

  hits = search (index, query, limit, json, &error);
  if (hits == NULL)
    {
      /* A damaged index was replaced by an empty one: fill it and ask again. */
      g_clear_error (&error);
      if (cmq_index_update (index, NULL, NULL, NULL))
        hits = search (index, query, limit, json, &error);
    }
  if (hits == NULL)
    {
      /* Translators: %s says why the search failed */
      g_printerr (_("Cannot search: %s\n"), error != NULL ? error->message : "");
      return 2;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);

      if (json)
        {
          g_autofree char *line = hit_to_json_line (hit);
          fputs (line, stdout);
          fputc ('\n', stdout);
        }
      else
        printf ("%s  %s  %s\n", hit->date != NULL ? hit->date : "----------", hit->title,
                hit->file);
    }
  fflush (stdout);
  return hits->len > 0 ? 0 : 1;
}
