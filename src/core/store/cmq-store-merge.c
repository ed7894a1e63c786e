/* cmq-store-merge.c: merging entries from elsewhere, listing, export and import.
 *
 * Per release id the newest `modified` wins. Where a merge could cost text (an import, or a local
 * edit not yet saved meeting another program's edit of the same entry), a losing note that the
 * winner does not already hold is appended to it: a person can delete a duplicate paragraph, but
 * nobody can bring back a lost one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cmq-store-export.h"
#include "cmq-store-private.h"

static void
replace_string (char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

static void
replace_date_time (GDateTime **field, GDateTime *value)
{
  if (value == NULL)
    return;
  g_clear_pointer (field, g_date_time_unref);
  *field = g_date_time_ref (value);
}

/* @winner's note, followed by @loser's when it would otherwise be lost. */
static char *
join_notes (const char *winner, const char *loser)
{
  if (*loser == '\0' || strstr (winner, loser) != NULL)
    return g_strdup (winner);
  if (*winner == '\0')
    return g_strdup (loser);
  return g_strconcat (winner, "\n\n", loser, NULL);
}

/* The longest note of ours written to the file that @incoming's note holds whole: the copy another
 * program edited, or NULL. */
static const char *
edited_base (CmqStore *self, const CmqStoreEntry *local, const CmqStoreEntry *incoming)
{
  GPtrArray *written = g_hash_table_lookup (self->written, local->id);
  const char *base = NULL;
  gsize base_len = 0;

  for (guint i = 0; written != NULL && i < written->len; i++)
    {
      const char *note = g_ptr_array_index (written, i);
      gsize len = strlen (note);

      if (len > base_len && strstr (incoming->note, note) != NULL)
        {
          base = note;
          base_len = len;
        }
    }
  return base;
}

/* Our note and another program's, kept both: when theirs is an edit of a note of ours written
 * before (@base), what they wrote before and after it, around our note, so that the text of
 * the copy they edited is not doubled (a sync tool replacing the file again and again while we
 * type doubled it every time: 21 MB of note in 30 seconds); else the two notes, @incoming's first
 * when @incoming_first. */
static char *
join_edited_notes (const char *ours, const char *theirs, const char *base, gboolean incoming_first)
{
  const char *at;
  g_autofree char *before = NULL;

  if (base == NULL || *base == '\0' || (at = strstr (theirs, base)) == NULL)
    return incoming_first ? join_notes (theirs, ours) : join_notes (ours, theirs);
  if (strstr (ours, theirs) != NULL)
    return g_strdup (ours);
  before = g_strndup (theirs, at - theirs);
  return g_strconcat (before, ours, at + strlen (base), NULL);
}

/* @incoming's note is another program's edit of an older note of ours, one this process wrote,
 * made without the text we have written or typed since: a sync tool bringing another machine's
 * edit of an old copy, or a writer that read the file just before our last save. Whichever is
 * stamped newer, both texts must be kept. Not when it is exactly a note we wrote (an old copy put
 * back, no one's edit) or holds our current note (an edit of it, taken as it is). */
static gboolean
edited_older_note (CmqStore *self, const CmqStoreEntry *local, const CmqStoreEntry *incoming)
{
  GPtrArray *written = g_hash_table_lookup (self->written, local->id);

  if (written == NULL || strstr (incoming->note, local->note) != NULL)
    return FALSE;
  for (guint i = 0; i < written->len; i++)
    if (g_str_equal (g_ptr_array_index (written, i), incoming->note))
      return FALSE;
  for (guint i = 0; i < written->len; i++)
    if (strstr (incoming->note, g_ptr_array_index (written, i)) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
cmq_store_merge_entry (CmqStore *self, const CmqStoreEntry *incoming, CmqStoreMergeMode mode)
{
  CmqStoreEntry *local = g_hash_table_lookup (self->entries, incoming->id);
  g_autoptr (CmqStoreEntry) before = NULL;
  gboolean incoming_newer;
  gboolean keep_both;
  gboolean changed;
  const char *base;

  if (local == NULL)
    {
      local = cmq_store_entry_copy (incoming);
      g_hash_table_insert (self->entries, local->id, local);
      if (mode != CMQ_STORE_MERGE_EXTERNAL)
        cmq_store_mark_dirty (self, local->id);
      cmq_store_emit_changed (self, local->id);
      return TRUE;
    }

  before = cmq_store_entry_copy (local);
  incoming_newer = g_date_time_compare (incoming->modified, local->modified) > 0;
  /* A backup's older text stays in the backup; restoring must not splice it into newer notes. */
  keep_both = mode == CMQ_STORE_MERGE_IMPORT || (mode == CMQ_STORE_MERGE_EXTERNAL &&
                                                 (g_hash_table_contains (self->dirty, local->id) ||
                                                  edited_older_note (self, local, incoming)));

  base = mode == CMQ_STORE_MERGE_EXTERNAL ? edited_base (self, local, incoming) : NULL;
  if (incoming_newer)
    {
      g_autofree char *note = keep_both
                                  ? join_edited_notes (local->note, incoming->note, base, TRUE)
                                  : g_strdup (incoming->note);

      g_free (local->note);
      local->note = g_steal_pointer (&note);
      local->favourite = incoming->favourite;
      replace_date_time (&local->modified, incoming->modified);
      if (incoming->title != NULL)
        replace_string (&local->title, incoming->title);
      if (incoming->date != NULL)
        replace_string (&local->date, incoming->date);
    }
  else if (keep_both)
    {
      g_autofree char *note = join_edited_notes (local->note, incoming->note, base, FALSE);

      g_free (local->note);
      local->note = g_steal_pointer (&note);
    }
  cmq_store_about_merge (local, incoming, incoming_newer, keep_both);
  if (local->title == NULL && incoming->title != NULL)
    local->title = g_strdup (incoming->title);
  if (local->date == NULL && incoming->date != NULL)
    local->date = g_strdup (incoming->date);
  if (incoming->created != NULL && g_date_time_compare (incoming->created, local->created) < 0)
    replace_date_time (&local->created, incoming->created);

  changed = !cmq_store_entry_equal (before, local);
  /* Text was joined, or the file holds an older state: the file must get ours. */
  if (mode == CMQ_STORE_MERGE_EXTERNAL ? !cmq_store_entry_equal (local, incoming) : changed)
    cmq_store_mark_dirty (self, local->id);
  if (changed)
    cmq_store_emit_changed (self, local->id);
  return changed;
}

void
cmq_store_merge_external (CmqStore *self, GHashTable *incoming)
{
  GHashTableIter iter;
  CmqStoreEntry *entry;
  const char *id;

  g_hash_table_iter_init (&iter, incoming);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    {
      GDateTime *synced = g_hash_table_lookup (self->synced, entry->id);
      CmqStoreEntry *local = g_hash_table_lookup (self->entries, entry->id);

      /* Older than what the file held when we last looked: not an edit but a stale copy written
       * back (a writer that read the file long ago, a restored old file), unless it adds to an
       * older note of ours (see edited_older_note()). Ours is rewritten. */
      if (synced != NULL && g_date_time_compare (entry->modified, synced) < 0 && local != NULL &&
          !edited_older_note (self, local, entry))
        {
          cmq_store_mark_dirty (self, entry->id);
          continue;
        }
      /* Entries the other program left as we wrote them keep our newer state. */
      if (synced == NULL || !g_date_time_equal (synced, entry->modified) ||
          !g_hash_table_contains (self->entries, entry->id))
        cmq_store_merge_entry (self, entry, CMQ_STORE_MERGE_EXTERNAL);
      else if (!g_hash_table_contains (self->dirty, entry->id))
        {
          /* Edited by hand without touching modified: the file is what the person wants. */
          if (!cmq_store_entry_equal (local, entry))
            {
              CmqStoreEntry *copy = cmq_store_entry_copy (entry);

              g_hash_table_replace (self->entries, copy->id, copy);
              cmq_store_emit_changed (self, copy->id);
            }
        }
    }

  /* Entries missing from the file (removed by another program) are kept, and written back. */
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (incoming, id))
      cmq_store_mark_dirty (self, id);

  g_hash_table_remove_all (self->synced);
  g_hash_table_iter_init (&iter, incoming);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_hash_table_insert (self->synced, g_strdup (entry->id), g_date_time_ref (entry->modified));
}

static int
compare_entries_by_id_cb (gconstpointer a, gconstpointer b)
{
  const CmqStoreEntry *entry_a = *(const CmqStoreEntry *const *) a;
  const CmqStoreEntry *entry_b = *(const CmqStoreEntry *const *) b;

  return strcmp (entry_a->id, entry_b->id);
}

static gboolean
entry_has_content (const CmqStoreEntry *entry)
{
  return entry->favourite || entry->note[0] != '\0' || cmq_store_about_has_content (entry);
}

GPtrArray *
cmq_store_dup_entries (CmqStore *self)
{
  GPtrArray *entries;
  GHashTableIter iter;
  CmqStoreEntry *entry;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_entry_free);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_ptr_array_add (entries, cmq_store_entry_copy (entry));
  g_ptr_array_sort (entries, compare_entries_by_id_cb);
  return entries;
}

GPtrArray *
cmq_store_dup_orphans (CmqStore *self, GHashTable *known_ids)
{
  GPtrArray *orphans;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (known_ids != NULL, NULL);

  orphans = cmq_store_dup_entries (self);
  for (guint i = orphans->len; i > 0; i--)
    {
      CmqStoreEntry *entry = g_ptr_array_index (orphans, i - 1);

      if (!entry_has_content (entry) || g_hash_table_contains (known_ids, entry->id))
        g_ptr_array_remove_index (orphans, i - 1);
    }
  return orphans;
}

char *
cmq_store_export_json (CmqStore *self)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);

  entries = cmq_store_dup_entries (self);
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    {
      CmqStoreEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *created = g_date_time_format_iso8601 (entry->created);
      g_autofree char *modified = g_date_time_format_iso8601 (entry->modified);

      /* Unstarred entries without a note are kept: their modified time settles later merges. */
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, entry->id);
      json_builder_set_member_name (builder, "title");
      if (entry->title != NULL)
        json_builder_add_string_value (builder, entry->title);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "date");
      if (entry->date != NULL)
        json_builder_add_string_value (builder, entry->date);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "favourite");
      json_builder_add_boolean_value (builder, entry->favourite);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, entry->note);
      json_builder_set_member_name (builder, "created");
      json_builder_add_string_value (builder, created);
      json_builder_set_member_name (builder, "modified");
      json_builder_add_string_value (builder, modified);
      cmq_store_about_to_json (entry, builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Oldest first; undated entries last, then by title and id so the order is stable. */
static int
compare_entries_by_date_cb (gconstpointer a, gconstpointer b)
{
  const CmqStoreEntry *entry_a = *(const CmqStoreEntry *const *) a;
  const CmqStoreEntry *entry_b = *(const CmqStoreEntry *const *) b;
  int result;

  if ((entry_a->date == NULL) != (entry_b->date == NULL))
    return entry_a->date == NULL ? 1 : -1;
  result = g_strcmp0 (entry_a->date, entry_b->date);
  if (result == 0)
    result = g_strcmp0 (entry_a->title, entry_b->title);
  if (result == 0)
    result = strcmp (entry_a->id, entry_b->id);
  return result;
}

/* What Markdown (CommonMark and its common extensions) could read as markup rather than text:
 * emphasis, code, links and images, raw HTML and autolinks (<script>, <javascript:…>), entities,
 * headings, lists, quotes, tables, strikethrough, setext underlines. Each is escaped with a
 * backslash, which CommonMark allows before any ASCII punctuation. */
#define MARKDOWN_SPECIAL "\\`*_{}[]<>()#+-.!|~&="

static void
append_markdown_char (GString *out, char c)
{
  if (strchr (MARKDOWN_SPECIAL, c) != NULL)
    g_string_append_c (out, '\\');
  g_string_append_c (out, c);
}

/* A title on one line, with Markdown's punctuation escaped so it reads as text. */
static void
append_markdown_text (GString *out, const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (out, ' ');
      else
        append_markdown_char (out, *p);
    }
}

static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r')
      return FALSE;
  return TRUE;
}

/* A note as text, whatever it holds: its punctuation escaped (so no heading, link, HTML or list
 * can be forged, and no active content is carried), its lines kept as lines (a hard break, a
 * backslash at the end of the line) and its blank lines as paragraph breaks. */
static void
append_markdown_note (GString *out, const char *note)
{
  g_auto (GStrv) lines = g_strsplit (note, "\n", -1);
  guint n = g_strv_length (lines);

  while (n > 0 && is_blank (lines[n - 1]))
    n--;
  for (guint i = 0; i < n; i++)
    {
      gboolean leading = TRUE;

      if (is_blank (lines[i]))
        {
          g_string_append_c (out, '\n');
          continue;
        }
      for (const char *p = lines[i]; *p; p++)
        {
          leading = leading && (*p == ' ' || *p == '\t');
          /* Leading spaces would make a code block: kept as spaces that do not. */
          if (leading)
            g_string_append (out, "&#32;");
          else if (*p != '\r')
            append_markdown_char (out, *p);
        }
      if (i + 1 < n && !is_blank (lines[i + 1]))
        g_string_append_c (out, '\\');
      g_string_append_c (out, '\n');
    }
}

char *
cmq_store_export_markdown (CmqStore *self)
{
  g_autoptr (GPtrArray) entries = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);

  entries = cmq_store_dup_entries (self);
  g_ptr_array_sort (entries, compare_entries_by_date_cb);

  g_string_append_printf (out, "# %s\n", _("Notes from Communiqué"));
  for (guint i = 0; i < entries->len; i++)
    {
      CmqStoreEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *date_line = NULL;

      if (!entry_has_content (entry))
        continue;
      g_string_append (out, "\n## ");
      append_markdown_text (out, entry->title != NULL && *entry->title ? entry->title : entry->id);
      g_string_append (out, "\n\n");
      date_line = cmq_store_markdown_date_line (entry);
      g_string_append_printf (out, "- %s\n", date_line);
      cmq_store_markdown_append_about (out, entry, append_markdown_text);
      g_string_append_printf (out, "- %s\n",
                              entry->favourite ? _("Favourite") : _("Not a favourite"));
      if (entry->note[0] != '\0')
        {
          g_string_append (out, "\n");
          append_markdown_note (out, entry->note);
        }
      cmq_store_markdown_append_passages (out, entry, append_markdown_text, append_markdown_note);
    }
  return g_string_free (out, FALSE);
}

static CmqStoreEntry *
entry_from_json (JsonNode *node, GError **error)
{
  JsonObject *object;
  g_autoptr (CmqStoreEntry) entry = NULL;
  g_autofree char *id = NULL;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  JsonNode *favourite;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("The file is not a list of notes exported by Communiqué"));
      return NULL;
    }
  object = json_node_get_object (node);
  if (!cmq_store_json_read_string (object, "id", &id, error))
    return NULL;
  if (id == NULL || *id == '\0')
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("One of the notes has no release id"));
      return NULL;
    }
  entry = cmq_store_entry_new (id);
  if (!cmq_store_json_read_string (object, "title", &entry->title, error) ||
      !cmq_store_json_read_string (object, "date", &entry->date, error) ||
      !cmq_store_json_read_string (object, "note", &entry->note, error) ||
      !cmq_store_json_read_string (object, "created", &created, error) ||
      !cmq_store_json_read_string (object, "modified", &modified, error) ||
      !cmq_store_about_from_json (entry, object, error))
    return NULL;
  favourite = json_object_get_member (object, "favourite");
  if (favourite != NULL && !JSON_NODE_HOLDS_NULL (favourite))
    {
      if (!JSON_NODE_HOLDS_VALUE (favourite) ||
          json_node_get_value_type (favourite) != G_TYPE_BOOLEAN)
        {
          g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                       _("“%s” is not true or false in one of the notes"), "favourite");
          return NULL;
        }
      entry->favourite = json_node_get_boolean (favourite);
    }
  entry->modified = cmq_store_json_parse_time (modified, error);
  if (modified != NULL && entry->modified == NULL)
    return NULL;
  entry->created = cmq_store_json_parse_time (created, error);
  if (created != NULL && entry->created == NULL)
    return NULL;
  /* Without a time the entry can win nothing, but its note is still kept by the merge. */
  if (entry->modified == NULL)
    entry->modified = g_date_time_new_from_unix_utc (0);
  if (entry->created == NULL)
    entry->created = g_date_time_ref (entry->modified);
  return g_steal_pointer (&entry);
}

gboolean
cmq_store_import_json (CmqStore *self, const char *json, guint *n_changed, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GPtrArray) incoming = NULL;
  g_autoptr (GError) local_error = NULL;
  JsonNode *root;
  JsonArray *array;
  guint changed = 0;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("The file is not valid JSON: %s"), local_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID,
                   _("The file is not a list of notes exported by Communiqué"));
      return FALSE;
    }

  /* All or nothing: check every entry before merging any. */
  array = json_node_get_array (root);
  incoming = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_entry_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      CmqStoreEntry *entry = entry_from_json (json_array_get_element (array, i), error);

      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (incoming, entry);
    }

  for (guint i = 0; i < incoming->len; i++)
    if (cmq_store_merge_entry (self, g_ptr_array_index (incoming, i), CMQ_STORE_MERGE_IMPORT))
      changed++;
  if (self->pending)
    cmq_store_schedule_save (self);
  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}
