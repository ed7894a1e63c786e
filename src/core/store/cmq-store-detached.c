/* cmq-store-detached.c: passages whose release is not in the library any more, and what the
 * search and the list need to know of passages.
 *
 * A release's id comes from its text, so a release imported again with changed words is a new
 * release, and the passages of the old one are kept under the old id. They are listed (with
 * their words and note) until the user re-attaches them to a span of a release, which moves them
 * to that release's entry, or deletes them. Nothing is dropped on the way: a moved or deleted
 * passage stays in its old entry as a removed one, so that a merge does not bring it back, and a
 * deleted one can be restored.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <string.h>

#include "cmq-store-export.h"
#include "cmq-store-private.h"

static CmqStorePassage *
lookup_passage (CmqStore *self, const char *id, const char *passage_id, CmqStoreEntry **entry)
{
  *entry = g_hash_table_lookup (self->entries, id);
  for (guint i = 0; *entry != NULL && (*entry)->passages != NULL && i < (*entry)->passages->len;
       i++)
    {
      CmqStorePassage *passage = g_ptr_array_index ((*entry)->passages, i);

      if (strcmp (passage->id, passage_id) == 0)
        return passage;
    }
  return NULL;
}

guint
cmq_store_count_passages (CmqStore *self, const char *id)
{
  CmqStoreEntry *entry;
  guint n = 0;

  g_return_val_if_fail (CMQ_IS_STORE (self), 0);
  g_return_val_if_fail (id != NULL, 0);

  entry = g_hash_table_lookup (self->entries, id);
  for (guint i = 0; entry != NULL && entry->passages != NULL && i < entry->passages->len; i++)
    n += !((CmqStorePassage *) g_ptr_array_index (entry->passages, i))->deleted;
  return n;
}

void
cmq_store_detached_free (CmqStoreDetached *detached)
{
  if (detached == NULL)
    return;
  g_free (detached->id);
  g_free (detached->title);
  g_free (detached->date);
  cmq_store_passage_free (detached->passage);
  g_free (detached);
}

static int
compare_detached_cb (gconstpointer a, gconstpointer b)
{
  const CmqStoreDetached *x = *(const CmqStoreDetached *const *) a;
  const CmqStoreDetached *y = *(const CmqStoreDetached *const *) b;
  int result = g_strcmp0 (x->title, y->title);

  if (result == 0)
    result = strcmp (x->id, y->id);
  if (result == 0)
    result = g_date_time_compare (x->passage->created, y->passage->created);
  return result != 0 ? result : strcmp (x->passage->id, y->passage->id);
}

GPtrArray *
cmq_store_dup_detached (CmqStore *self, GHashTable *known_ids)
{
  GPtrArray *detached;
  GHashTableIter iter;
  CmqStoreEntry *entry;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (known_ids != NULL, NULL);

  detached = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_detached_free);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    {
      if (g_hash_table_contains (known_ids, entry->id))
        continue;
      for (guint i = 0; entry->passages != NULL && i < entry->passages->len; i++)
        {
          CmqStorePassage *passage = g_ptr_array_index (entry->passages, i);
          CmqStoreDetached *item;

          if (passage->deleted)
            continue;
          item = g_new0 (CmqStoreDetached, 1);
          item->id = g_strdup (entry->id);
          item->title = g_strdup (entry->title);
          item->date = g_strdup (entry->date);
          item->passage = cmq_store_passage_copy (passage);
          g_ptr_array_add (detached, item);
        }
    }
  g_ptr_array_sort (detached, compare_detached_cb);
  return detached;
}

/* Puts @moved into @release's entry, in place of a version of it already there. */
static void
add_to_release (CmqStore *self, CmqRelease *release, CmqStorePassage *moved)
{
  CmqStoreEntry *target = _cmq_store_begin_edit (self, release);
  CmqStoreEntry *unused;
  CmqStorePassage *there = lookup_passage (self, cmq_release_get_id (release), moved->id, &unused);

  if (target->passages == NULL)
    target->passages = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_store_passage_free);
  if (there != NULL)
    g_ptr_array_remove (target->passages, there);
  g_ptr_array_add (target->passages, moved);
  cmq_store_passages_sort (target->passages);
  _cmq_store_end_edit (self, target, release);
}

gboolean
cmq_store_move_passage (CmqStore *self, const char *id, const char *passage_id, CmqRelease *release,
                        guint paragraph, gsize start, gsize end)
{
  CmqStoreEntry *entry;
  CmqStorePassage *passage;
  CmqStorePassage *moved;
  CmqAnchor *anchor;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && passage_id != NULL, FALSE);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), FALSE);

  if (strcmp (id, cmq_release_get_id (release)) == 0)
    return cmq_store_reattach_passage (self, id, release, passage_id, paragraph, start, end);
  passage = lookup_passage (self, id, passage_id, &entry);
  if (passage == NULL || passage->deleted)
    return FALSE;
  anchor = cmq_anchor_new (cmq_release_get_paragraphs (release), paragraph, start, end);
  if (anchor == NULL)
    return FALSE;
  moved = cmq_store_passage_copy (passage);
  cmq_anchor_free (moved->anchor);
  moved->anchor = anchor;
  _cmq_store_touch_passage (self, moved);
  add_to_release (self, release, moved);

  passage->deleted = TRUE;
  _cmq_store_touch_passage (self, passage);
  _cmq_store_end_edit_entry (self, entry);
  return TRUE;
}

/* The note and the star of @entry go to @release's; @entry keeps neither (nothing is lost:
 * they are in the other entry, and a note there is joined, not replaced). */
static void
follow_note_and_star (CmqStore *self, CmqStoreEntry *entry, CmqRelease *release)
{
  CmqStoreEntry *target;

  if (!entry->favourite && entry->note[0] == '\0')
    return;
  target = _cmq_store_begin_edit (self, release);
  target->favourite = target->favourite || entry->favourite;
  if (entry->note[0] != '\0' && strstr (target->note, entry->note) == NULL)
    {
      char *note =
          g_strconcat (target->note, target->note[0] != '\0' ? "\n\n" : "", entry->note, NULL);

      g_free (target->note);
      target->note = note;
    }
  _cmq_store_end_edit (self, target, release);
  entry->favourite = FALSE;
  g_free (entry->note);
  entry->note = g_strdup ("");
  _cmq_store_end_edit_entry (self, entry);
}

guint
cmq_store_follow_release (CmqStore *self, const char *id, CmqRelease *release, guint *n_detached)
{
  g_autoptr (GPtrArray) passages = NULL;
  const char *const *paragraphs;
  CmqStoreEntry *entry;
  guint moved = 0, stayed = 0;

  g_return_val_if_fail (CMQ_IS_STORE (self), 0);
  g_return_val_if_fail (id != NULL, 0);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), 0);

  entry = g_hash_table_lookup (self->entries, id);
  if (entry == NULL || strcmp (id, cmq_release_get_id (release)) == 0)
    return 0;
  paragraphs = cmq_release_get_paragraphs (release);
  passages = cmq_store_dup_passages (self, id);
  for (guint i = 0; i < passages->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (passages, i);
      CmqAnchorPosition position = cmq_anchor_locate (passage->anchor, paragraphs);

      if (position.match != CMQ_ANCHOR_DETACHED &&
          cmq_store_move_passage (self, id, passage->id, release, position.paragraph,
                                  position.start, position.end))
        moved++;
      else
        stayed++;
    }
  follow_note_and_star (self, entry, release);
  if (n_detached != NULL)
    *n_detached = stayed;
  return moved;
}

gboolean
cmq_store_set_file (CmqStore *self, const char *id, const char *file)
{
  CmqStoreEntry *entry;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && file != NULL, FALSE);

  entry = g_hash_table_lookup (self->entries, id);
  if (entry == NULL || entry->file != NULL)
    return FALSE;
  entry->file = g_strdup (file);
  /* Saved with the next save; not a change the user made, so no newer modified time. */
  cmq_store_mark_dirty (self, id);
  cmq_store_schedule_save (self);
  return TRUE;
}

static gboolean
set_deleted (CmqStore *self, const char *id, const char *passage_id, gboolean deleted)
{
  CmqStoreEntry *entry;
  CmqStorePassage *passage;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && passage_id != NULL, FALSE);

  passage = lookup_passage (self, id, passage_id, &entry);
  if (passage == NULL || passage->deleted == deleted)
    return FALSE;
  passage->deleted = deleted;
  _cmq_store_touch_passage (self, passage);
  _cmq_store_end_edit_entry (self, entry);
  return TRUE;
}

gboolean
cmq_store_delete_passage (CmqStore *self, const char *id, const char *passage_id)
{
  return set_deleted (self, id, passage_id, TRUE);
}

gboolean
cmq_store_restore_passage (CmqStore *self, const char *id, const char *passage_id)
{
  return set_deleted (self, id, passage_id, FALSE);
}

/* Search */

static void
append_paragraph (GString *text, const char *words)
{
  if (words == NULL || *words == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, words);
}

char *
cmq_store_entry_dup_search_text (const CmqStoreEntry *entry)
{
  GString *text;

  g_return_val_if_fail (entry != NULL, NULL);

  text = g_string_new (entry->note);
  for (guint i = 0; entry->passages != NULL && i < entry->passages->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (entry->passages, i);

      if (passage->deleted)
        continue;
      append_paragraph (text, passage->anchor->quote);
      append_paragraph (text, passage->note);
    }
  return g_string_free (text, FALSE);
}

char *
cmq_store_dup_search_text (CmqStore *self, const char *id)
{
  CmqStoreEntry *entry;

  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->entries, id);
  return entry != NULL ? cmq_store_entry_dup_search_text (entry) : g_strdup ("");
}
