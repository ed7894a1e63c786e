/* cmq-importer-data.c: reading the importer's word lists (the .txt files of this folder, built
 * into the core's resources): their lines without blank ones and "#" comments, and the keys of
 * lists that are nothing but phrases.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-core-resources.h"
#include "cmq-importer-private.h"

/* The lines of the word list at @path, stripped, without blank lines and comments; with a
 * critical message naming @what and no line when it cannot be read (a build without it). */
GStrv
cmq_importer_data_lines (const char *path, const char *what)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) lines = NULL;

  bytes = g_resource_lookup_data (cmq_core_get_resource (), path, 0, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot read the %s: %s", what, error->message);
      return g_strv_builder_end (builder);
    }
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

/* The patterns of the word list at @path (see cmq_importer_data_lines ()) as one alternation,
 * each in its own group ("(?:a)|(?:b)"), or a pattern that matches nothing ("(?!)") when the
 * list has none. */
char *
cmq_importer_data_alternation (const char *path, const char *what)
{
  g_auto (GStrv) lines = cmq_importer_data_lines (path, what);
  GString *any = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (any, "%s(?:%s)", any->len > 0 ? "|" : "", lines[i]);
  if (any->len == 0)
    g_string_append (any, "(?!)");
  return g_string_free (any, FALSE);
}

/* The cmq_importer_key () of each phrase of the word list at @path (see
 * cmq_importer_data_lines ()), those that key to nothing left out. */
GPtrArray *
cmq_importer_data_keys (const char *path, const char *what)
{
  g_auto (GStrv) lines = cmq_importer_data_lines (path, what);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *key = cmq_importer_key (lines[i]);

      if (*key != '\0')
        g_ptr_array_add (keys, g_steal_pointer (&key));
    }
  return keys;
}

GHashTable *
cmq_importer_data_set (const char *path, const char *what)
{
  g_autoptr (GPtrArray) keys = cmq_importer_data_keys (path, what);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < keys->len; i++)
    g_hash_table_add (set, g_strdup (g_ptr_array_index (keys, i)));
  return set;
}
