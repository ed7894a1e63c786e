/* cmq-store-passages.c: highlighted passages, kept in the store's file with each release's entry.
 *
 * A passage belongs to its release's entry, so every guarantee the store gives a note (atomic
 * durable saves, backups, a damaged file kept aside, merging another program's edits) holds for
 * it. Within an entry, passages merge one by one: both sides' passages are kept, the newer
 * version of the same passage wins, and a note that would be lost is appended; a removed passage
 * stays as a tombstone so that a merge does not bring it back.
 *
 * In the file, a release's group lists its passages' ids under "passages", and each passage's
 * fields are keys named passage-ID-FIELD.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-store-export.h"
#include "cmq-store-private.h"

static const char *const colours[] = { "yellow", "green", "blue", "pink" };

static const char *
valid_colour (const char *colour)
{
  for (guint i = 0; colour != NULL && i < G_N_ELEMENTS (colours); i++)
    if (strcmp (colour, colours[i]) == 0)
      return colours[i];
  return colours[0];
}

CmqStorePassage *
cmq_store_passage_copy (const CmqStorePassage *passage)
{
  CmqStorePassage *copy = g_new0 (CmqStorePassage, 1);

  copy->id = g_strdup (passage->id);
  copy->anchor = cmq_anchor_copy (passage->anchor);
  copy->colour = g_strdup (passage->colour);
  copy->note = g_strdup (passage->note);
  copy->deleted = passage->deleted;
  copy->created = passage->created != NULL ? g_date_time_ref (passage->created) : NULL;
  copy->modified = passage->modified != NULL ? g_date_time_ref (passage->modified) : NULL;
  return copy;
}

void
cmq_store_passage_free (CmqStorePassage *passage)
{
  if (passage == NULL)
    return;
  g_free (passage->id);
  cmq_anchor_free (passage->anchor);
  g_free (passage->colour);
  g_free (passage->note);
  g_clear_pointer (&passage->created, g_date_time_unref);
  g_clear_pointer (&passage->modified, g_date_time_unref);
  g_free (passage);
}

void
cmq_store_passage_place_free (CmqStorePassagePlace *place)
{
  if (place == NULL)
    return;
  cmq_store_passage_free (place->passage);
  g_free (place);
}

static gboolean
times_equal (GDateTime *a, GDateTime *b)
{
  return a == NULL || b == NULL ? a == b : g_date_time_equal (a, b);
}

static gboolean
passage_equal (const CmqStorePassage *a, const CmqStorePassage *b)
{
  const CmqAnchor *x = a->anchor, *y = b->anchor;

  return g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (x->quote, y->quote) == 0 &&
         g_strcmp0 (x->prefix, y->prefix) == 0 && g_strcmp0 (x->suffix, y->suffix) == 0 &&
         x->paragraph == y->paragraph && g_strcmp0 (x->paragraph_hash, y->paragraph_hash) == 0 &&
         g_strcmp0 (a->colour, b->colour) == 0 && g_strcmp0 (a->note, b->note) == 0 &&
         !a->deleted == !b->deleted && times_equal (a->created, b->created) &&
         times_equal (a->modified, b->modified);
}

GPtrArray *
cmq_store_passages_copy (GPtrArray *passages)
{
  GPtrArray *copy;

  if (passages == NULL)
    return NULL;
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
  for (guint i = 0; i < passages->len; i++)
    g_ptr_array_add (copy, cmq_store_passage_copy (g_ptr_array_index (passages, i)));
  return copy;
}

gboolean
cmq_store_passages_equal (GPtrArray *a, GPtrArray *b)
{
  guint a_len = a != NULL ? a->len : 0;
  guint b_len = b != NULL ? b->len : 0;

  if (a_len != b_len)
    return FALSE;
  for (guint i = 0; i < a_len; i++)
    if (!passage_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static CmqStorePassage *
find_passage (GPtrArray *passages, const char *id)
{
  for (guint i = 0; passages != NULL && i < passages->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (passages, i);

      if (strcmp (passage->id, id) == 0)
        return passage;
    }
  return NULL;
}

static int
compare_created_cb (gconstpointer a, gconstpointer b)
{
  const CmqStorePassage *x = *(const CmqStorePassage *const *) a;
  const CmqStorePassage *y = *(const CmqStorePassage *const *) b;
  int result = g_date_time_compare (x->created, y->created);

  return result != 0 ? result : strcmp (x->id, y->id);
}

void
cmq_store_passages_sort (GPtrArray *passages)
{
  if (passages != NULL)
    g_ptr_array_sort (passages, compare_created_cb);
}

void
cmq_store_passages_merge (GPtrArray **local, GPtrArray *incoming, gboolean keep_both)
{
  for (guint i = 0; incoming != NULL && i < incoming->len; i++)
    {
      CmqStorePassage *theirs = g_ptr_array_index (incoming, i);
      CmqStorePassage *ours = find_passage (*local, theirs->id);
      g_autofree char *note = NULL;

      if (*local == NULL)
        *local = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
      if (ours == NULL)
        {
          g_ptr_array_add (*local, cmq_store_passage_copy (theirs));
          continue;
        }
      if (g_date_time_compare (theirs->modified, ours->modified) <= 0)
        {
          /* Ours is newer; an older note of theirs is kept where nothing may be lost. */
          if (keep_both && *theirs->note && strstr (ours->note, theirs->note) == NULL)
            {
              note = g_strconcat (ours->note, *ours->note ? "\n\n" : "", theirs->note, NULL);
              g_free (ours->note);
              ours->note = g_steal_pointer (&note);
            }
          continue;
        }
      if (keep_both && *ours->note && strstr (theirs->note, ours->note) == NULL)
        note = g_strconcat (theirs->note, *theirs->note ? "\n\n" : "", ours->note, NULL);
      g_ptr_array_remove_fast (*local, ours);
      ours = cmq_store_passage_copy (theirs);
      if (note != NULL)
        {
          g_free (ours->note);
          ours->note = g_steal_pointer (&note);
        }
      g_ptr_array_add (*local, ours);
    }
  if (*local != NULL)
    g_ptr_array_sort (*local, compare_created_cb);
}

gboolean
cmq_store_passages_have_content (GPtrArray *passages)
{
  for (guint i = 0; passages != NULL && i < passages->len; i++)
    if (!((CmqStorePassage *) g_ptr_array_index (passages, i))->deleted)
      return TRUE;
  return FALSE;
}

/* File */

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
key (const char *id, const char *field)
{
  return g_strdup_printf ("passage-%s-%s", id, field);
}

static char *
get_string (GKeyFile *key_file, const char *group, const char *id, const char *field)
{
  g_autofree char *name = key (id, field);

  return g_key_file_get_string (key_file, group, name, NULL);
}

static GDateTime *
get_time (GKeyFile *key_file, const char *group, const char *id, const char *field)
{
  g_autofree char *text = get_string (key_file, group, id, field);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

/* Leniently, as the entry's other fields: a bad field must not cost the quote. */
static CmqStorePassage *
read_passage (GKeyFile *key_file, const char *group, const char *id)
{
  CmqStorePassage *passage = g_new0 (CmqStorePassage, 1);
  g_autofree char *paragraph = get_string (key_file, group, id, "paragraph");
  g_autofree char *deleted = get_string (key_file, group, id, "deleted");
  g_autofree char *colour = get_string (key_file, group, id, "colour");

  passage->id = g_strdup (id);
  passage->anchor = g_new0 (CmqAnchor, 1);
  passage->anchor->quote = get_string (key_file, group, id, "quote");
  if (passage->anchor->quote == NULL)
    passage->anchor->quote = g_strdup ("");
  passage->anchor->prefix = get_string (key_file, group, id, "prefix");
  passage->anchor->suffix = get_string (key_file, group, id, "suffix");
  passage->anchor->paragraph_hash = get_string (key_file, group, id, "hash");
  passage->anchor->paragraph =
      paragraph != NULL ? (guint) g_ascii_strtoull (paragraph, NULL, 10) : 0;
  passage->colour = g_strdup (valid_colour (colour));
  passage->note = get_string (key_file, group, id, "note");
  if (passage->note == NULL)
    passage->note = g_strdup ("");
  passage->deleted = deleted != NULL && g_ascii_strcasecmp (g_strstrip (deleted), "true") == 0;
  passage->modified = get_time (key_file, group, id, "modified");
  if (passage->modified == NULL)
    passage->modified = g_date_time_new_from_unix_utc (0);
  passage->created = get_time (key_file, group, id, "created");
  if (passage->created == NULL)
    passage->created = g_date_time_ref (passage->modified);
  return passage;
}

GPtrArray *
cmq_store_passages_read_key_file (GKeyFile *key_file, const char *group)
{
  g_auto (GStrv) ids = g_key_file_get_string_list (key_file, group, "passages", NULL, NULL);
  GPtrArray *passages = NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_strstrip (ids[i]);
      if (!is_valid_id (ids[i]))
        continue;
      if (passages == NULL)
        passages = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
      if (find_passage (passages, ids[i]) == NULL)
        g_ptr_array_add (passages, read_passage (key_file, group, ids[i]));
    }
  if (passages != NULL)
    g_ptr_array_sort (passages, compare_created_cb);
  return passages;
}

static void
set (GKeyFile *key_file, const char *group, const char *id, const char *field, const char *value)
{
  g_autofree char *name = key (id, field);

  if (value != NULL)
    g_key_file_set_string (key_file, group, name, value);
}

void
cmq_store_passages_write_key_file (GPtrArray *passages, GKeyFile *key_file, const char *group)
{
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  if (passages == NULL || passages->len == 0)
    return;
  for (guint i = 0; i < passages->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (passages, i);
      g_autofree char *paragraph = g_strdup_printf ("%u", passage->anchor->paragraph);
      g_autofree char *created = g_date_time_format_iso8601 (passage->created);
      g_autofree char *modified = g_date_time_format_iso8601 (passage->modified);

      g_strv_builder_add (ids, passage->id);
      set (key_file, group, passage->id, "quote", passage->anchor->quote);
      set (key_file, group, passage->id, "prefix", passage->anchor->prefix);
      set (key_file, group, passage->id, "suffix", passage->anchor->suffix);
      set (key_file, group, passage->id, "paragraph", paragraph);
      set (key_file, group, passage->id, "hash", passage->anchor->paragraph_hash);
      set (key_file, group, passage->id, "colour", passage->colour);
      set (key_file, group, passage->id, "note", passage->note);
      set (key_file, group, passage->id, "deleted", passage->deleted ? "true" : "false");
      set (key_file, group, passage->id, "created", created);
      set (key_file, group, passage->id, "modified", modified);
    }
  list = g_strv_builder_end (ids);
  g_key_file_set_string_list (key_file, group, "passages", (const char *const *) list,
                              g_strv_length (list));
}

/* The store's API */

static CmqStorePassage *
find_live (CmqStore *self, CmqRelease *release, const char *passage_id, CmqStoreEntry **entry)
{
  CmqStorePassage *passage;

  *entry = g_hash_table_lookup (self->entries, cmq_release_get_id (release));
  if (*entry == NULL || passage_id == NULL)
    return NULL;
  passage = find_passage ((*entry)->passages, passage_id);
  return passage != NULL && !passage->deleted ? passage : NULL;
}

/* The passage's modified time, after the last one even when the clock went back. */
void
_cmq_store_touch_passage (CmqStore *self, CmqStorePassage *passage)
{
  g_autoptr (GDateTime) now = cmq_store_now (self);

  if (passage->modified != NULL && g_date_time_compare (now, passage->modified) <= 0)
    {
      g_date_time_unref (now);
      now = g_date_time_add (passage->modified, 1);
    }
  g_clear_pointer (&passage->modified, g_date_time_unref);
  passage->modified = g_date_time_ref (now);
  if (passage->created == NULL)
    passage->created = g_date_time_ref (now);
}

char *
cmq_store_add_passage (CmqStore *self, CmqRelease *release, guint paragraph, gsize start, gsize end,
                       const char *colour)
{
  g_autoptr (CmqAnchor) anchor = NULL;
  CmqStoreEntry *entry;
  CmqStorePassage *passage;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  anchor = cmq_anchor_new (cmq_release_get_paragraphs (release), paragraph, start, end);
  if (anchor == NULL)
    return NULL;
  entry = _cmq_store_begin_edit (self, release);
  if (entry->passages == NULL)
    entry->passages = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
  passage = g_new0 (CmqStorePassage, 1);
  passage->id = g_uuid_string_random ();
  passage->anchor = g_steal_pointer (&anchor);
  passage->colour = g_strdup (valid_colour (colour));
  passage->note = g_strdup ("");
  _cmq_store_touch_passage (self, passage);
  g_ptr_array_add (entry->passages, passage);
  /* One order everywhere (memory, file, exports), so equal sets compare equal. */
  g_ptr_array_sort (entry->passages, compare_created_cb);
  _cmq_store_end_edit (self, entry, release);
  return g_strdup (passage->id);
}

static gboolean
set_passage_string (CmqStore *self, CmqRelease *release, const char *passage_id, gsize field_offset,
                    const char *value)
{
  CmqStoreEntry *entry;
  CmqStorePassage *passage = find_live (self, release, passage_id, &entry);
  char **field;

  if (passage == NULL)
    return FALSE;
  field = G_STRUCT_MEMBER_P (passage, field_offset);
  if (g_strcmp0 (*field, value) == 0)
    return TRUE;
  entry = _cmq_store_begin_edit (self, release);
  g_free (*field);
  *field = g_strdup (value);
  _cmq_store_touch_passage (self, passage);
  _cmq_store_end_edit (self, entry, release);
  return TRUE;
}

gboolean
cmq_store_set_passage_note (CmqStore *self, CmqRelease *release, const char *passage_id,
                            const char *note)
{
  g_autofree char *valid = NULL;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), FALSE);

  valid = g_utf8_make_valid (note != NULL ? note : "", -1);
  return set_passage_string (self, release, passage_id, G_STRUCT_OFFSET (CmqStorePassage, note),
                             valid);
}

gboolean
cmq_store_set_passage_colour (CmqStore *self, CmqRelease *release, const char *passage_id,
                              const char *colour)
{
  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), FALSE);

  return set_passage_string (self, release, passage_id, G_STRUCT_OFFSET (CmqStorePassage, colour),
                             valid_colour (colour));
}

gboolean
cmq_store_remove_passage (CmqStore *self, CmqRelease *release, const char *passage_id)
{
  CmqStoreEntry *entry;
  CmqStorePassage *passage;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), FALSE);

  passage = find_live (self, release, passage_id, &entry);
  if (passage == NULL)
    return FALSE;
  entry = _cmq_store_begin_edit (self, release);
  passage->deleted = TRUE;
  _cmq_store_touch_passage (self, passage);
  _cmq_store_end_edit (self, entry, release);
  return TRUE;
}

gboolean
cmq_store_reattach_passage (CmqStore *self, const char *id, CmqRelease *release,
                            const char *passage_id, guint paragraph, gsize start, gsize end)
{
  CmqStoreEntry *entry;
  CmqStorePassage *passage = NULL;
  CmqAnchor *anchor;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && passage_id != NULL, FALSE);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), FALSE);

  entry = g_hash_table_lookup (self->entries, id);
  if (entry != NULL)
    passage = find_passage (entry->passages, passage_id);
  if (passage == NULL || passage->deleted)
    return FALSE;
  anchor = cmq_anchor_new (cmq_release_get_paragraphs (release), paragraph, start, end);
  if (anchor == NULL)
    return FALSE;
  cmq_anchor_free (passage->anchor);
  passage->anchor = anchor;
  _cmq_store_touch_passage (self, passage);
  _cmq_store_end_edit (self, entry, release);
  return TRUE;
}

GPtrArray *
cmq_store_dup_passages (CmqStore *self, const char *id)
{
  CmqStoreEntry *entry;
  GPtrArray *passages;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  passages = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
  entry = g_hash_table_lookup (self->entries, id);
  for (guint i = 0; entry != NULL && entry->passages != NULL && i < entry->passages->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (entry->passages, i);

      if (!passage->deleted)
        g_ptr_array_add (passages, cmq_store_passage_copy (passage));
    }
  return passages;
}

static int
compare_places_cb (gconstpointer a, gconstpointer b)
{
  const CmqStorePassagePlace *x = *(const CmqStorePassagePlace *const *) a;
  const CmqStorePassagePlace *y = *(const CmqStorePassagePlace *const *) b;
  guint x_paragraph = x->position.match == CMQ_ANCHOR_DETACHED ? G_MAXUINT : x->position.paragraph;
  guint y_paragraph = y->position.match == CMQ_ANCHOR_DETACHED ? G_MAXUINT : y->position.paragraph;

  if (x_paragraph != y_paragraph)
    return x_paragraph < y_paragraph ? -1 : 1;
  if (x->position.start != y->position.start)
    return x->position.start < y->position.start ? -1 : 1;
  return compare_created_cb (&x->passage, &y->passage);
}

GPtrArray *
cmq_store_locate_passages (CmqStore *self, const char *id, CmqRelease *release)
{
  g_autoptr (GPtrArray) passages = NULL;
  GPtrArray *places;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  passages = cmq_store_dup_passages (self, id);
  places = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_place_free);
  for (guint i = 0; i < passages->len; i++)
    {
      CmqStorePassagePlace *place = g_new0 (CmqStorePassagePlace, 1);

      place->passage = g_steal_pointer (&g_ptr_array_index (passages, i));
      place->position =
          cmq_anchor_locate (place->passage->anchor, cmq_release_get_paragraphs (release));
      g_ptr_array_add (places, place);
    }
  g_ptr_array_set_free_func (passages, NULL);
  g_ptr_array_sort (places, compare_places_cb);
  return places;
}
