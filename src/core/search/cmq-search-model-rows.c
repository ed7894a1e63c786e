/* cmq-search-model-rows.c: what CmqSearchModel tells about its rows besides the releases: their
 * filter, their snippets, read in a worker thread for the rows shown, and the status line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search-model"

#include <glib/gi18n.h>

#include "cmq-format.h"
#include "cmq-search-model-private.h"

/* The filter and the query */

CmqQuery *
cmq_search_model_get_query (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), NULL);
  return self->query;
}

gboolean
cmq_search_model_is_narrowed (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), FALSE);
  return _cmq_search_model_searching (self);
}

CmqIndexSort
cmq_search_model_get_sort (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), CMQ_INDEX_SORT_RELEVANCE);
  return self->sort;
}

CmqSearchFilter
cmq_search_model_get_filter (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), CMQ_SEARCH_FILTER_ALL);
  return self->filter;
}

const char *
cmq_search_model_get_kept_id (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), NULL);
  return self->kept_id;
}

gboolean
cmq_search_model_is_complete (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), FALSE);
  return self->complete;
}

gboolean
cmq_search_model_library_is_empty (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), FALSE);
  return self->n_total == 0 && !self->indexing;
}

CmqHitList *
cmq_search_model_get_hit_list (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), NULL);
  return self->list;
}

gboolean
cmq_search_model_filter_accepts (CmqSearchModel *self, CmqSearchFilter filter, const char *id)
{
  CmqStore *store;

  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), FALSE);

  store = _cmq_search_model_disposed (self) ? NULL : cmq_context_get_store (self->context);
  switch (filter)
    {
    case CMQ_SEARCH_FILTER_FAVOURITES:
      return store != NULL && cmq_store_get_favourite (store, id);
    case CMQ_SEARCH_FILTER_NOTES:
      return store != NULL && *cmq_store_get_note (store, id) != '\0';
    case CMQ_SEARCH_FILTER_HIGHLIGHTS:
      return store != NULL && cmq_store_count_passages (store, id) > 0;
    case CMQ_SEARCH_FILTER_ALL:
    default:
      return TRUE;
    }
}

enum
{
  MARK_FAVOURITE = 1 << 0,
  MARK_NOTE = 1 << 1,
  MARK_HIGHLIGHTS = 1 << 2,
};

/* The marks of every release in the store, for a worker to count a result with. */
GHashTable *
_cmq_search_model_dup_marks (CmqSearchModel *self)
{
  GHashTable *marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CmqStore *store = cmq_context_get_store (self->context);
  g_autoptr (GPtrArray) entries = store != NULL ? cmq_store_dup_entries (store) : NULL;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      CmqStoreEntry *entry = g_ptr_array_index (entries, i);
      guint flags = (entry->favourite ? MARK_FAVOURITE : 0) |
                    (*entry->note != '\0' ? MARK_NOTE : 0) |
                    (cmq_store_count_passages (store, entry->id) > 0 ? MARK_HIGHLIGHTS : 0);

      if (flags != 0)
        g_hash_table_insert (marks, g_strdup (entry->id), GUINT_TO_POINTER (flags));
    }
  return marks;
}

/* In a worker: @counts[0…2] get how many of @hits are favourites, have a note, have highlights,
 * by @marks. */
void
_cmq_search_model_count_marks (GHashTable *marks, GPtrArray *hits, guint counts[3])
{
  for (guint i = 0; i < hits->len; i++)
    {
      const char *id = ((CmqIndexHit *) g_ptr_array_index (hits, i))->id;
      guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (marks, id));

      counts[0] += (flags & MARK_FAVOURITE) != 0;
      counts[1] += (flags & MARK_NOTE) != 0;
      counts[2] += (flags & MARK_HIGHLIGHTS) != 0;
    }
}

gboolean
cmq_search_model_get_counts (CmqSearchModel *self, guint *all, guint *favourites, guint *notes,
                             guint *highlights)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), FALSE);

  if (all != NULL)
    *all = self->n_all;
  if (favourites != NULL)
    *favourites = self->n_favourites;
  if (notes != NULL)
    *notes = self->n_notes;
  if (highlights != NULL)
    *highlights = self->n_highlights;
  return self->counts_known;
}

/* Finds the same releases, and marks the same words. */
gboolean
_cmq_search_model_same_search (CmqQuery *a, CmqQuery *b)
{
  const char *const *terms_a = cmq_query_get_highlight_terms (a);
  const char *const *terms_b = cmq_query_get_highlight_terms (b);

  return cmq_query_finds_same (a, b) &&
         g_strv_equal ((const char *const *) terms_a, (const char *const *) terms_b);
}

/* Snippets of rows scrolled into view */

static gboolean fetch_snippets_cb (gpointer user_data);

void
_cmq_search_model_cancel_snippets (CmqSearchModel *self)
{
  if (self->snippets_cancellable != NULL)
    g_cancellable_cancel (self->snippets_cancellable);
  g_clear_object (&self->snippets_cancellable);
  g_clear_handle_id (&self->snippets_source, g_source_remove);
}

void
_cmq_search_model_schedule_snippets (CmqSearchModel *self)
{
  if (_cmq_search_model_searching (self) && !self->ranking && self->snippets_source == 0 &&
      !_cmq_search_model_disposed (self))
    self->snippets_source = g_idle_add_full (G_PRIORITY_LOW, fetch_snippets_cb, self, NULL);
}

typedef struct
{
  CmqIndex *index;
  CmqQuery *query;
  GStrv ids;
  GHashTable *snippets; /* id → snippet, "" when there is none */
} SnippetsTask;

static void
snippets_task_free (SnippetsTask *task)
{
  g_clear_object (&task->index);
  g_clear_pointer (&task->query, cmq_query_unref);
  g_strfreev (task->ids);
  g_clear_pointer (&task->snippets, g_hash_table_unref);
  g_free (task);
}

static void
snippets_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SnippetsTask *snippets = task_data;

  for (guint i = 0; snippets->ids[i] != NULL; i++)
    {
      char *snippet;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      snippet = cmq_index_dup_snippet (snippets->index, snippets->query, snippets->ids[i], NULL);
      g_hash_table_insert (snippets->snippets, g_strdup (snippets->ids[i]),
                           snippet != NULL ? snippet : g_strdup (""));
    }
  g_task_return_boolean (task, TRUE);
}

static void
snippets_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqSearchModel *self = user_data;
  SnippetsTask *snippets = g_task_get_task_data (G_TASK (result));
  GHashTableIter iter;
  gpointer position;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->snippets_cancellable);
  g_hash_table_iter_init (&iter, self->wanted);
  while (g_hash_table_iter_next (&iter, &position, NULL))
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (self->list, GPOINTER_TO_UINT (position));
      char *snippet;

      if (hit == NULL || hit->snippet != NULL ||
          (snippet = g_hash_table_lookup (snippets->snippets, hit->id)) == NULL)
        continue;
      hit->snippet = g_strdup (snippet);
    }
  _cmq_search_model_emit_snippets_ready (self);

  /* Rows shown while it ran (the list scrolled) ask now. */
  g_hash_table_iter_init (&iter, self->wanted);
  while (g_hash_table_iter_next (&iter, &position, NULL))
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (self->list, GPOINTER_TO_UINT (position));

      if (hit != NULL && hit->snippet == NULL)
        _cmq_search_model_schedule_snippets (self);
    }
}

static gboolean
fetch_snippets_cb (gpointer user_data)
{
  CmqSearchModel *self = user_data;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr (GTask) task = NULL;
  SnippetsTask *snippets;
  GHashTableIter iter;
  gpointer position;

  self->snippets_source = 0;
  /* The running fetch asks again when it is done; the ranked first screen when it comes. */
  if (self->snippets_cancellable != NULL || !_cmq_search_model_searching (self) || self->ranking)
    return G_SOURCE_REMOVE;

  g_hash_table_iter_init (&iter, self->wanted);
  while (g_hash_table_iter_next (&iter, &position, NULL))
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (self->list, GPOINTER_TO_UINT (position));

      if (hit != NULL && hit->snippet == NULL)
        g_strv_builder_add (ids, hit->id);
    }

  snippets = g_new0 (SnippetsTask, 1);
  snippets->index = g_object_ref (_cmq_search_model_get_index (self));
  snippets->query = cmq_query_ref (self->query);
  snippets->ids = g_strv_builder_end (ids);
  snippets->snippets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (snippets->ids[0] == NULL)
    {
      snippets_task_free (snippets);
      return G_SOURCE_REMOVE;
    }
  self->snippets_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->snippets_cancellable, snippets_done_cb, self);
  g_task_set_source_tag (task, fetch_snippets_cb);
  g_task_set_task_data (task, snippets, (GDestroyNotify) snippets_task_free);
  g_task_run_in_thread (task, snippets_thread);
  return G_SOURCE_REMOVE;
}

void
cmq_search_model_want_snippet (CmqSearchModel *self, guint position)
{
  gpointer key = GUINT_TO_POINTER (position);
  CmqIndexHit *hit;

  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  g_hash_table_insert (
      self->wanted, key,
      GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->wanted, key)) + 1));
  hit = cmq_hit_list_get_hit (self->list, position);
  if (hit != NULL && hit->snippet == NULL)
    _cmq_search_model_schedule_snippets (self);
}

void
cmq_search_model_unwant_snippet (CmqSearchModel *self, guint position)
{
  gpointer key = GUINT_TO_POINTER (position);
  guint n;

  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->wanted, key));
  if (n <= 1)
    g_hash_table_remove (self->wanted, key);
  else
    g_hash_table_insert (self->wanted, key, GUINT_TO_POINTER (n - 1));
}

char *
cmq_search_model_dup_snippet_markup (CmqSearchModel *self, guint position)
{
  CmqIndexHit *hit;
  char *markup;

  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), NULL);

  hit = cmq_hit_list_get_hit (self->list, position);
  if (!_cmq_search_model_searching (self) || hit == NULL || hit->snippet == NULL ||
      *hit->snippet == '\0')
    return NULL;
  /* The snippet may span paragraphs; in a row it reads as one run of text. */
  markup = cmq_index_snippet_to_markup (hit->snippet);
  g_strdelimit (markup, "\n\r\t", ' ');
  return markup;
}

/* Status */

char *
cmq_search_model_dup_progress (CmqSearchModel *self, double *fraction)
{
  g_autofree char *done = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), NULL);

  if (!self->indexing)
    return NULL;
  if (fraction != NULL)
    *fraction = self->to_index > 0 ? (double) self->indexed / self->to_index : 0.0;
  done = cmq_format_count (self->indexed);
  total = cmq_format_count (self->to_index);
  /* Translators: shown while the library is indexed, e.g. "Indexing 4,210 of 100,000
   * releases"; the numbers are already formatted */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Indexing %s of %s release",
                                       "Indexing %s of %s releases", self->to_index),
                          done, total);
}

char *
cmq_search_model_dup_status (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), NULL);

  if (!_cmq_search_model_searching (self) && self->filter == CMQ_SEARCH_FILTER_ALL)
    {
      g_autofree char *total = cmq_format_count (self->n_total);

      /* Translators: the number of releases in the list, already formatted */
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%s release", "%s releases", self->n_total), total);
    }
  if (!self->complete && !self->rerun)
    /* Translators: the status line while the number of matching releases is counted */
    return g_strdup (_("Searching…"));
  if (!_cmq_search_model_searching (self))
    {
      g_autofree char *shown = cmq_format_count (self->n_listed);

      /* No search narrows the list: it holds every favourite, every release with a
       * note or with highlights. */
      if (self->filter == CMQ_SEARCH_FILTER_FAVOURITES)
        /* Translators: the status line under the Favourites filter; the number is already
         * formatted */
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%s favourite", "%s favourites", self->n_listed), shown);
      if (self->filter == CMQ_SEARCH_FILTER_HIGHLIGHTS)
        /* Translators: the status line under the Highlights filter; the number is already
         * formatted */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s release with highlights",
                                             "%s releases with highlights", self->n_listed),
                                shown);
      /* Translators: the status line under the Notes filter; the number is already formatted */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s release with a note",
                                           "%s releases with notes", self->n_listed),
                              shown);
    }
  {
    g_autofree char *matching = cmq_format_count (self->n_listed);
    g_autofree char *total = cmq_format_count (self->n_total);

    /* Translators: "2 of 5 match": releases matching the search, of all releases; the numbers
     * are already formatted */
    return g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%s of %s matches", "%s of %s match", self->n_total),
        matching, total);
  }
}

/* The hits that the filter lets in; the release kept stays in its place. @owner: what keeps
 * them alive. */
GPtrArray *
_cmq_search_model_filter_hits (CmqSearchModel *self, GPtrArray **owner)
{
  const char *kept = self->kept_id;
  CmqIndexHit *kept_hit = NULL;
  gboolean kept_found = FALSE;
  GPtrArray *shown;

  *owner = g_ptr_array_ref (self->hits);
  if (self->filter == CMQ_SEARCH_FILTER_ALL && kept == NULL)
    return g_ptr_array_ref (self->hits);

  /* The release being edited keeps its place even when its star or note no longer let it in;
   * a new search clears it. */
  if (kept != NULL)
    kept_hit = cmq_hit_list_get_hit (self->list, cmq_hit_list_find (self->list, kept));
  shown = g_ptr_array_new ();
  for (guint i = 0; i < self->hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (self->hits, i);

      if (g_strcmp0 (hit->id, kept) == 0)
        kept_found = TRUE;
      if (g_strcmp0 (hit->id, kept) == 0 ||
          cmq_search_model_filter_accepts (self, self->filter, hit->id))
        g_ptr_array_add (shown, hit);
    }
  if (kept_hit != NULL && !kept_found)
    {
      /* Kept from the list shown until now, so a copy: the old result goes. */
      GPtrArray *kept_only = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);
      CmqIndexHit *copy = cmq_index_hit_copy (kept_hit);

      g_ptr_array_add (kept_only, copy);
      g_ptr_array_unref (*owner);
      *owner = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      g_ptr_array_add (*owner, g_ptr_array_ref (self->hits));
      g_ptr_array_add (*owner, kept_only);
      g_ptr_array_insert (shown, MIN (cmq_hit_list_find (self->list, kept), shown->len), copy);
    }
  return shown;
}

/* The position in @shown of the release cmq_search_model_select() asked for, or G_MAXUINT. */
guint
_cmq_search_model_find_selected (CmqSearchModel *self, GPtrArray *shown)
{
  if (!self->complete || (self->select_file == NULL && self->select_id == NULL) ||
      self->filter != CMQ_SEARCH_FILTER_ALL)
    return G_MAXUINT;
  for (guint i = 0; i < shown->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (shown, i);

      if ((self->select_file != NULL && g_strcmp0 (hit->file, self->select_file) == 0) ||
          (self->select_file == NULL && g_strcmp0 (hit->id, self->select_id) == 0))
        return i;
    }
  return G_MAXUINT;
}
