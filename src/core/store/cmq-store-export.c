/* cmq-store-export.c: what the store keeps and exports about each release beyond its title and
 * date (its source, address and whether the date was inferred), notes in Markdown with their line
 * breaks, and which format an exported file gets.
 *
 * Kept apart from the merge and the export's layout (cmq-store-merge.c) so that each concern can
 * change alone; every function here is called from one place there or in cmq-store-io.c.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-store-export.h"

static gboolean
replace (char **field, const char *value)
{
  if (value == NULL || g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
cmq_store_about_from_release (CmqStoreEntry *entry, CmqRelease *release)
{
  CmqDateSource date_source = cmq_release_get_date_source (release);

  replace (&entry->source, cmq_release_get_source (release));
  replace (&entry->url, cmq_release_get_url (release));
  if (cmq_release_get_date (release) != NULL)
    replace (&entry->date_source, cmq_date_source_to_string (date_source));
  replace (&entry->file, cmq_release_get_file (release));
}

void
cmq_store_about_copy (CmqStoreEntry *copy, const CmqStoreEntry *entry)
{
  copy->source = g_strdup (entry->source);
  copy->url = g_strdup (entry->url);
  copy->date_source = g_strdup (entry->date_source);
  copy->file = g_strdup (entry->file);
  copy->passages = cmq_store_passages_copy (entry->passages);
}

void
cmq_store_about_clear (CmqStoreEntry *entry)
{
  g_clear_pointer (&entry->source, g_free);
  g_clear_pointer (&entry->url, g_free);
  g_clear_pointer (&entry->date_source, g_free);
  g_clear_pointer (&entry->file, g_free);
  g_clear_pointer (&entry->passages, g_ptr_array_unref);
}

gboolean
cmq_store_about_equal (const CmqStoreEntry *a, const CmqStoreEntry *b)
{
  return g_strcmp0 (a->source, b->source) == 0 && g_strcmp0 (a->url, b->url) == 0 &&
         g_strcmp0 (a->date_source, b->date_source) == 0 && g_strcmp0 (a->file, b->file) == 0 &&
         cmq_store_passages_equal (a->passages, b->passages);
}

void
cmq_store_about_merge (CmqStoreEntry *local, const CmqStoreEntry *incoming, gboolean incoming_newer,
                       gboolean keep_both)
{
  /* The newer side's copy wins; a side that does not know leaves what the other knows. */
  if (incoming_newer || local->source == NULL)
    replace (&local->source, incoming->source);
  if (incoming_newer || local->url == NULL)
    replace (&local->url, incoming->url);
  if (incoming_newer || local->date_source == NULL)
    replace (&local->date_source, incoming->date_source);
  if (incoming_newer || local->file == NULL)
    replace (&local->file, incoming->file);
  cmq_store_passages_merge (&local->passages, incoming->passages, keep_both);
}

gboolean
cmq_store_about_has_content (const CmqStoreEntry *entry)
{
  return cmq_store_passages_have_content (entry->passages);
}

void
cmq_store_about_read_key_file (CmqStoreEntry *entry, GKeyFile *key_file, const char *group)
{
  entry->source = g_key_file_get_string (key_file, group, "source", NULL);
  entry->url = g_key_file_get_string (key_file, group, "url", NULL);
  entry->date_source = g_key_file_get_string (key_file, group, "date-source", NULL);
  entry->file = g_key_file_get_string (key_file, group, "file", NULL);
  entry->passages = cmq_store_passages_read_key_file (key_file, group);
}

void
cmq_store_about_write_key_file (const CmqStoreEntry *entry, GKeyFile *key_file, const char *group)
{
  if (entry->source != NULL)
    g_key_file_set_string (key_file, group, "source", entry->source);
  if (entry->url != NULL)
    g_key_file_set_string (key_file, group, "url", entry->url);
  if (entry->date_source != NULL)
    g_key_file_set_string (key_file, group, "date-source", entry->date_source);
  if (entry->file != NULL)
    g_key_file_set_string (key_file, group, "file", entry->file);
  cmq_store_passages_write_key_file (entry->passages, key_file, group);
}

gboolean
cmq_store_about_date_inferred (const CmqStoreEntry *entry)
{
  return g_strcmp0 (entry->date_source, "inferred-year") == 0 ||
         g_strcmp0 (entry->date_source, "relative") == 0;
}

static void
add_nullable_string (JsonBuilder *builder, const char *member, const char *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
passage_to_json (const CmqStorePassage *passage, JsonBuilder *builder)
{
  g_autofree char *created = g_date_time_format_iso8601 (passage->created);
  g_autofree char *modified = g_date_time_format_iso8601 (passage->modified);

  json_builder_begin_object (builder);
  add_nullable_string (builder, "id", passage->id);
  add_nullable_string (builder, "quote", passage->anchor->quote);
  add_nullable_string (builder, "prefix", passage->anchor->prefix);
  add_nullable_string (builder, "suffix", passage->anchor->suffix);
  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_int_value (builder, passage->anchor->paragraph);
  add_nullable_string (builder, "paragraph_hash", passage->anchor->paragraph_hash);
  add_nullable_string (builder, "colour", passage->colour);
  add_nullable_string (builder, "note", passage->note);
  json_builder_set_member_name (builder, "deleted");
  json_builder_add_boolean_value (builder, passage->deleted);
  add_nullable_string (builder, "created", created);
  add_nullable_string (builder, "modified", modified);
  json_builder_end_object (builder);
}

void
cmq_store_about_to_json (const CmqStoreEntry *entry, JsonBuilder *builder)
{
  add_nullable_string (builder, "source", entry->source);
  add_nullable_string (builder, "url", entry->url);
  add_nullable_string (builder, "date_source", entry->date_source);
  /* The release's file, so that an import on this computer still follows an edited file. */
  add_nullable_string (builder, "file", entry->file);
  /* For people and other programs; date_source is what an import reads. */
  json_builder_set_member_name (builder, "date_inferred");
  if (entry->date != NULL)
    json_builder_add_boolean_value (builder, cmq_store_about_date_inferred (entry));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "passages");
  json_builder_begin_array (builder);
  for (guint i = 0; entry->passages != NULL && i < entry->passages->len; i++)
    passage_to_json (g_ptr_array_index (entry->passages, i), builder);
  json_builder_end_array (builder);
}

gboolean
cmq_store_json_read_string (JsonObject *object, const char *member, char **value, GError **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("“%s” is not text in one of the notes"), member);
      return FALSE;
    }
  g_free (*value);
  *value = g_utf8_make_valid (json_node_get_string (node), -1);
  return TRUE;
}

GDateTime *
cmq_store_json_parse_time (const char *text, GError **error)
{
  GDateTime *time;

  if (text == NULL)
    return NULL;
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                 _("“%s” is not a date and time"), text);
  return time;
}

static GDateTime *
read_time (JsonObject *object, const char *member, GError **error)
{
  g_autofree char *text = NULL;

  if (!cmq_store_json_read_string (object, member, &text, error))
    return NULL;
  return cmq_store_json_parse_time (text, error);
}

static gboolean
is_passage_id (const char *id)
{
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return *id != '\0' && strlen (id) <= 64;
}

static CmqStorePassage *
passage_from_json (JsonNode *node, GError **error)
{
  g_autoptr (CmqStorePassage) passage = g_new0 (CmqStorePassage, 1);
  g_autoptr (GError) local_error = NULL;
  JsonObject *object;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("One of the highlights is not a highlight exported by Communiqué"));
      return NULL;
    }
  object = json_node_get_object (node);
  passage->anchor = g_new0 (CmqAnchor, 1);
  if (!cmq_store_json_read_string (object, "id", &passage->id, error) ||
      !cmq_store_json_read_string (object, "quote", &passage->anchor->quote, error) ||
      !cmq_store_json_read_string (object, "prefix", &passage->anchor->prefix, error) ||
      !cmq_store_json_read_string (object, "suffix", &passage->anchor->suffix, error) ||
      !cmq_store_json_read_string (object, "paragraph_hash", &passage->anchor->paragraph_hash,
                                   error) ||
      !cmq_store_json_read_string (object, "colour", &passage->colour, error) ||
      !cmq_store_json_read_string (object, "note", &passage->note, error))
    return NULL;
  if (passage->anchor->quote == NULL || *passage->anchor->quote == '\0')
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("One of the highlights has no quoted text"));
      return NULL;
    }
  /* An id the file cannot hold gets a new one: the highlight is kept. */
  if (passage->id == NULL || !is_passage_id (passage->id))
    passage->id = (g_free (passage->id), g_uuid_string_random ());
  member = json_object_get_member (object, "paragraph");
  if (member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
      json_node_get_value_type (member) == G_TYPE_INT64)
    passage->anchor->paragraph = (guint) CLAMP (json_node_get_int (member), 0, G_MAXINT);
  member = json_object_get_member (object, "deleted");
  passage->deleted = member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
                     json_node_get_value_type (member) == G_TYPE_BOOLEAN &&
                     json_node_get_boolean (member);
  if (passage->note == NULL)
    passage->note = g_strdup ("");
  if (passage->colour == NULL)
    passage->colour = g_strdup ("yellow");
  passage->modified = read_time (object, "modified", &local_error);
  if (local_error == NULL)
    passage->created = read_time (object, "created", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (passage->modified == NULL)
    passage->modified = g_date_time_new_from_unix_utc (0);
  if (passage->created == NULL)
    passage->created = g_date_time_ref (passage->modified);
  return g_steal_pointer (&passage);
}

static gboolean
passages_from_json (CmqStoreEntry *entry, JsonObject *object, GError **error)
{
  JsonNode *node = json_object_get_member (object, "passages");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("“%s” is not a list in one of the notes"), "passages");
      return FALSE;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr (GPtrArray) one =
          g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
      CmqStorePassage *passage = passage_from_json (json_array_get_element (array, i), error);

      if (passage == NULL)
        return FALSE;
      g_ptr_array_add (one, passage);
      /* Twice the same id in a file: both kept, as a merge would. */
      cmq_store_passages_merge (&entry->passages, one, TRUE);
    }
  return TRUE;
}

gboolean
cmq_store_about_from_json (CmqStoreEntry *entry, JsonObject *object, GError **error)
{
  return cmq_store_json_read_string (object, "source", &entry->source, error) &&
         cmq_store_json_read_string (object, "url", &entry->url, error) &&
         cmq_store_json_read_string (object, "date_source", &entry->date_source, error) &&
         cmq_store_json_read_string (object, "file", &entry->file, error) &&
         passages_from_json (entry, object, error);
}

char *
cmq_store_markdown_date_line (const CmqStoreEntry *entry)
{
  if (entry->date == NULL)
    return g_strdup (_("Date: unknown"));
  if (cmq_store_about_date_inferred (entry))
    /* Translators: a line of the exported notes; %s is the release's date as 2024-06-30, which
     * was worked out from the text rather than stated in it */
    return g_strdup_printf (_("Date: %s (inferred)"), entry->date);
  /* Translators: a line of the exported notes; %s is the release's date as 2024-06-30 */
  return g_strdup_printf (_("Date: %s"), entry->date);
}

void
cmq_store_markdown_append_about (GString *out, const CmqStoreEntry *entry,
                                 CmqStoreMarkdownWriter append_text)
{
  if (entry->source != NULL)
    {
      /* Translators: a line of the exported notes, followed by the organisation ("NATO") */
      g_string_append_printf (out, "- %s ", _("Source:"));
      append_text (out, entry->source);
      g_string_append_c (out, '\n');
    }
  if (entry->url != NULL)
    {
      /* Translators: a line of the exported notes, followed by the release's web address */
      g_string_append_printf (out, "- %s ", _("Address:"));
      /* Escaped as any text: the address is the page's, and a link is made by the reader. */
      append_text (out, entry->url);
      g_string_append_c (out, '\n');
    }
}

void
cmq_store_markdown_append_passages (GString *out, const CmqStoreEntry *entry,
                                    CmqStoreMarkdownWriter append_text,
                                    CmqStoreMarkdownWriter append_note)
{
  gboolean heading = FALSE;

  for (guint i = 0; entry->passages != NULL && i < entry->passages->len; i++)
    {
      const CmqStorePassage *passage = g_ptr_array_index (entry->passages, i);

      if (passage->deleted)
        continue;
      if (!heading)
        /* Translators: a heading of the exported notes, over the passages highlighted */
        g_string_append_printf (out, "\n### %s\n", _("Highlights"));
      heading = TRUE;
      /* The quote is a quotation of ours; its words are text. */
      g_string_append (out, "\n> ");
      append_text (out, passage->anchor->quote);
      g_string_append (out, "\n\n");
      /* Translators: under a highlighted passage in the exported notes; %u is its paragraph */
      g_string_append_printf (out, _("Paragraph %u"), passage->anchor->paragraph);
      g_string_append (out, "\n");
      if (*passage->note != '\0')
        {
          g_string_append (out, "\n");
          append_note (out, passage->note);
        }
    }
}

static gboolean
has_suffix_nocase (const char *name, const char *suffix)
{
  gsize name_len = strlen (name);
  gsize suffix_len = strlen (suffix);

  return name_len > suffix_len && g_ascii_strcasecmp (name + name_len - suffix_len, suffix) == 0;
}

static gboolean
has_extension (const char *name)
{
  const char *dot = strrchr (name, '.');

  return dot != NULL && dot != name && dot[1] != '\0';
}

CmqStoreExportFormat
cmq_store_export_format_for_name (const char *name, gboolean json_chosen, char **file_name)
{
  static const char *const markdown_suffixes[] = { ".md", ".markdown" };
  gboolean json = json_chosen || has_suffix_nocase (name, ".json");
  g_autofree char *stem = NULL;

  g_return_val_if_fail (name != NULL && file_name != NULL, CMQ_STORE_EXPORT_MARKDOWN);

  /* The format chosen in the dialog is what is written, and the name is made to say it: the
   * suggested name ends in .md, which GTK leaves as it is when JSON is chosen. A name typed
   * with .json is JSON whatever the dialog's choice was left at. */
  if (json)
    {
      for (guint i = 0; i < G_N_ELEMENTS (markdown_suffixes) && stem == NULL; i++)
        if (has_suffix_nocase (name, markdown_suffixes[i]))
          stem = g_strndup (name, strlen (name) - strlen (markdown_suffixes[i]));
      if (stem != NULL)
        *file_name = g_strconcat (stem, ".json", NULL);
      else
        *file_name = has_extension (name) ? g_strdup (name) : g_strconcat (name, ".json", NULL);
      return CMQ_STORE_EXPORT_JSON;
    }
  /* A name with an extension of its own ("notes.txt") is the one the person wants. */
  *file_name = has_extension (name) ? g_strdup (name) : g_strconcat (name, ".md", NULL);
  return CMQ_STORE_EXPORT_MARKDOWN;
}
