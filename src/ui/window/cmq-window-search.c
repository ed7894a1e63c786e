/* cmq-window-search.c: the window's search over the index: search as you type, the list's
 * model, the snippets of the rows, the sort order, and the status line (also the progress of
 * an update of the index).
 *
 * Each keystroke cancels the search before it and starts steps in worker threads, each shown as
 * soon as it is done: under Best Match, first the newest matches (a walk of the index that stops
 * after a screenful: well under a millisecond of CPU even for a word in most of 100,000
 * releases), so the list follows the keystroke without waiting for the ranking; then the first
 * screen ranked best first (bm25 over up to 2,000 matches: milliseconds to tens of milliseconds
 * at archive scale), which replaces it; then (only when there are more) the whole result with
 * the number of releases in the library, for the rest of the list and the counts of the All /
 * Favourites / Notes filter. Until that last step the counts are not known, and the status line
 * and the filter say so rather than show the previous search's. A keystroke that does not
 * change what is searched (a space, the first letter of a word, which is not searched until the
 * next) starts nothing.
 *
 * The main thread only filters hits by their star and note (hash lookups) and hands them to the
 * CmqHitList, which makes rows on demand: a keystroke costs about the same at 10 matches and at
 * 100,000. Rows scrolled into view get their snippets from a worker thread too, once the rows
 * are the ranked ones, so the index's lock (held by an update in bulk transactions) never
 * blocks the window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-window-private.h"

/* Enough hits for the first screen of a tall window. */
#define FIRST_SCREEN 60

struct _CmqWindowSearch
{
  CmqWindow *window; /* not a reference: the window owns this */
  CmqContext *context;
  CmqHitList *list;
  GtkDropDown *sort_dropdown;
  GSettings *settings;

  CmqQuery *query; /* NULL before anything was typed */
  CmqIndexSort sort;
  GCancellable *cancellable; /* of the running search; NULL when none runs */
  GPtrArray *hits;           /* the result so far, of CmqIndexHit */
  gboolean complete;         /* hits is the whole result */
  guint n_total;             /* releases in the library */
  guint n_listed;            /* releases the list shows, once the result is whole */
  gboolean ranking;          /* the newest matches are shown while the best ones are ranked */

  char *select_file; /* select the release of this file (or id) once it is listed */
  char *select_id;

  gboolean indexing;
  guint indexed;
  guint to_index;

  GHashTable *bound_rows; /* CmqReleaseRow → position, not referenced (unbound before they go) */
  GCancellable *snippets_cancellable;
  guint snippets_source;
};

typedef struct
{
  CmqIndex *index;
  CmqQuery *query;
  CmqIndexSort sort;
  gboolean whole; /* run the whole query, not only count the library */
  GPtrArray *hits;
  guint n_total;
} RestTask;

static void
rest_task_free (RestTask *task)
{
  g_clear_object (&task->index);
  g_clear_pointer (&task->query, cmq_query_unref);
  g_clear_pointer (&task->hits, g_ptr_array_unref);
  g_free (task);
}

static gboolean
searching (CmqWindowSearch *search)
{
  return search->query != NULL && !cmq_query_is_empty (search->query);
}

CmqQuery *
_cmq_window_search_get_query (CmqWindow *window)
{
  return _cmq_window_get_search (window)->query;
}

gboolean
_cmq_window_search_is_running (CmqWindow *window)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);

  /* The rows' snippets are part of the result shown. */
  return search->cancellable != NULL || search->snippets_cancellable != NULL ||
         search->snippets_source != 0;
}

static void
update_counts (CmqWindowSearch *search)
{
  guint favourites = 0;
  guint with_notes = 0;

  for (guint i = 0; i < search->hits->len; i++)
    {
      const char *id = ((CmqIndexHit *) g_ptr_array_index (search->hits, i))->id;

      favourites += _cmq_window_notes_mode_accepts (search->window, CMQ_LIST_FILTER_FAVOURITES, id);
      with_notes += _cmq_window_notes_mode_accepts (search->window, CMQ_LIST_FILTER_NOTES, id);
    }
  cmq_list_filter_set_counts (cmq_window_get_list_filter (search->window), search->hits->len,
                              favourites, with_notes);
}

static CmqIndexHit *
hit_copy (const CmqIndexHit *hit)
{
  CmqIndexHit *copy = g_new0 (CmqIndexHit, 1);

  copy->id = g_strdup (hit->id);
  copy->file = g_strdup (hit->file);
  copy->title = g_strdup (hit->title);
  copy->date = g_strdup (hit->date);
  copy->partial_date = g_strdup (hit->partial_date);
  copy->language = g_strdup (hit->language);
  copy->date_source = hit->date_source;
  copy->score = hit->score;
  copy->snippet = g_strdup (hit->snippet);
  return copy;
}

/* Shows search->hits, filtered by the mode, in the list. */
static void
apply (CmqWindowSearch *search)
{
  CmqListFilterMode mode = _cmq_window_notes_get_mode (search->window);
  const char *kept = _cmq_window_notes_get_kept_id (search->window);
  g_autoptr (GPtrArray) shown = NULL;
  g_autoptr (GPtrArray) owner = g_ptr_array_ref (search->hits);

  if (mode == CMQ_LIST_FILTER_ALL && kept == NULL)
    shown = g_ptr_array_ref (search->hits);
  else
    {
      CmqIndexHit *kept_hit = NULL;
      gboolean kept_found = FALSE;

      /* The release being edited keeps its place even when its star or note no longer let it
       * in; a new search clears it. */
      if (kept != NULL)
        {
          guint position = cmq_hit_list_find (search->list, kept);

          kept_hit = cmq_hit_list_get_hit (search->list, position);
        }
      shown = g_ptr_array_new ();
      for (guint i = 0; i < search->hits->len; i++)
        {
          CmqIndexHit *hit = g_ptr_array_index (search->hits, i);

          if (g_strcmp0 (hit->id, kept) == 0)
            kept_found = TRUE;
          if (g_strcmp0 (hit->id, kept) == 0 ||
              _cmq_window_notes_mode_accepts (search->window, mode, hit->id))
            g_ptr_array_add (shown, hit);
        }
      if (kept_hit != NULL && !kept_found)
        {
          /* Kept from the list shown until now, so a copy: the old result goes. */
          GPtrArray *kept_only =
              g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);
          CmqIndexHit *copy = hit_copy (kept_hit);

          g_ptr_array_add (kept_only, copy);
          g_ptr_array_unref (owner);
          owner = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
          g_ptr_array_add (owner, g_ptr_array_ref (search->hits));
          g_ptr_array_add (owner, kept_only);
          g_ptr_array_insert (shown, MIN (cmq_hit_list_find (search->list, kept), shown->len),
                              copy);
        }
    }

  if (search->complete && (search->select_file != NULL || search->select_id != NULL) &&
      mode == CMQ_LIST_FILTER_ALL)
    {
      for (guint i = 0; i < shown->len; i++)
        if ((search->select_file != NULL &&
             g_strcmp0 (((CmqIndexHit *) g_ptr_array_index (shown, i))->file,
                        search->select_file) == 0) ||
            (search->select_file == NULL &&
             g_strcmp0 (((CmqIndexHit *) g_ptr_array_index (shown, i))->id, search->select_id) ==
                 0))
          {
            cmq_hit_list_set_hits (search->list, shown, owner);
            g_clear_pointer (&search->select_file, g_free);
            g_clear_pointer (&search->select_id, g_free);
            cmq_hit_list_find (search->list, ((CmqIndexHit *) g_ptr_array_index (shown, i))->id);
            update_counts (search);
            search->n_listed = shown->len;
            gtk_single_selection_set_selected (cmq_window_get_selection (search->window), i);
            _cmq_window_list_changed (search->window);
            return;
          }
    }
  if (search->complete)
    {
      update_counts (search);
      /* The status line says how many match only when it knows: not after the first screen. */
      search->n_listed = shown->len;
    }
  else
    cmq_list_filter_set_counts_unknown (cmq_window_get_list_filter (search->window));
  cmq_hit_list_set_hits (search->list, shown, owner);
  _cmq_window_list_changed (search->window);
}

static void schedule_snippets (CmqWindowSearch *search);

static void
finish (CmqWindowSearch *search)
{
  g_clear_object (&search->cancellable);
  _cmq_window_update_status (search->window);
}

static void
rest_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  RestTask *rest = task_data;
  g_autoptr (GError) error = NULL;

  if (rest->whole)
    {
      rest->hits = cmq_index_query (rest->index, rest->query, rest->sort, 0, CMQ_INDEX_QUERY_NONE,
                                    cancellable, &error);
      if (rest->hits == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  rest->n_total = cmq_index_get_n_releases (rest->index);
  g_task_return_boolean (task, TRUE);
}

static void
rest_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqWindowSearch *search = user_data;
  RestTask *rest = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return; /* a newer search runs; the window may be gone */
      g_warning ("Search failed: %s", error->message);
      finish (search);
      return;
    }

  search->n_total = rest->n_total;
  if (rest->whole)
    {
      /* The first screen came with snippets; the same hits start the whole result. */
      for (guint i = 0; i < search->hits->len && i < rest->hits->len; i++)
        {
          CmqIndexHit *first = g_ptr_array_index (search->hits, i);
          CmqIndexHit *hit = g_ptr_array_index (rest->hits, i);

          if (hit->snippet == NULL && g_str_equal (first->id, hit->id))
            hit->snippet = g_steal_pointer (&first->snippet);
        }
      g_clear_pointer (&search->hits, g_ptr_array_unref);
      search->hits = g_steal_pointer (&rest->hits);
    }
  search->complete = TRUE;
  apply (search);
  finish (search);
}

static void
first_screen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqWindowSearch *search = user_data;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  RestTask *rest;

  hits = cmq_index_query_finish (CMQ_INDEX (source), result, &error);
  if (hits == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The index recovers by itself and says "changed" when it can answer again. */
      g_warning ("Search failed: %s", error->message);
      finish (search);
      return;
    }

  g_clear_pointer (&search->hits, g_ptr_array_unref);
  search->hits = g_steal_pointer (&hits);
  search->complete = FALSE;
  search->ranking = FALSE;

  rest = g_new0 (RestTask, 1);
  rest->index = g_object_ref (cmq_context_get_index (search->context));
  rest->query = cmq_query_ref (search->query);
  rest->sort = search->sort;
  rest->whole = search->hits->len >= FIRST_SCREEN;
  if (!rest->whole)
    search->complete = TRUE;
  /* Every release is listed: the status line need not wait for the count. */
  if (search->complete && cmq_query_is_empty (search->query))
    search->n_total = search->hits->len;
  apply (search);

  task = g_task_new (NULL, search->cancellable, rest_done_cb, search);
  g_task_set_source_tag (task, first_screen_cb);
  g_task_set_task_data (task, rest, (GDestroyNotify) rest_task_free);
  g_task_run_in_thread (task, rest_thread);

  /* Rows kept from the newest matches were not bound again: they ask for their snippets now. */
  schedule_snippets (search);
}

/* The newest matches, while the first screen is ranked. */
static void
newest_first_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqWindowSearch *search = user_data;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;

  hits = cmq_index_query_finish (CMQ_INDEX (source), result, &error);
  if (hits == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Search failed: %s", error->message);
      finish (search);
      return;
    }

  /* Asked for before the list is redrawn, so the ranking runs while it is. */
  cmq_index_query_async (CMQ_INDEX (source), search->query, search->sort, FIRST_SCREEN,
                         CMQ_INDEX_QUERY_NONE, search->cancellable, first_screen_cb, search);

  g_clear_pointer (&search->hits, g_ptr_array_unref);
  search->hits = g_steal_pointer (&hits);
  /* Fewer than a screenful: these are all the matches, only their order is still to come. */
  search->complete = search->hits->len < FIRST_SCREEN;
  apply (search);
}

static void
run (CmqWindowSearch *search)
{
  if (search->cancellable != NULL)
    g_cancellable_cancel (search->cancellable);
  g_clear_object (&search->cancellable);
  if (search->snippets_cancellable != NULL)
    g_cancellable_cancel (search->snippets_cancellable);
  g_clear_object (&search->snippets_cancellable);
  g_clear_handle_id (&search->snippets_source, g_source_remove);

  if (search->query == NULL)
    search->query = cmq_query_parse ("", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  search->cancellable = g_cancellable_new ();
  search->complete = FALSE;
  /* Only words are ranked: filters alone and the empty search list the newest first anyway. */
  search->ranking =
      search->sort == CMQ_INDEX_SORT_RELEVANCE && cmq_query_get_match (search->query) != NULL;
  /* Without snippets: each costs a lookup in the index, 60 of them more than the search. The
   * rows get theirs a moment later (fetch_snippets_cb()), once the rows are the ranked ones. */
  cmq_index_query_async (cmq_context_get_index (search->context), search->query,
                         search->ranking ? CMQ_INDEX_SORT_NEWEST : search->sort, FIRST_SCREEN,
                         CMQ_INDEX_QUERY_NONE, search->cancellable,
                         search->ranking ? newest_first_cb : first_screen_cb, search);
}

/* Finds the same releases, and marks the same words. */
static gboolean
same_search (CmqQuery *a, CmqQuery *b)
{
  const char *const *terms_a = cmq_query_get_highlight_terms (a);
  const char *const *terms_b = cmq_query_get_highlight_terms (b);

  return g_strcmp0 (cmq_query_get_match (a), cmq_query_get_match (b)) == 0 &&
         g_strcmp0 (cmq_query_get_exclude_match (a), cmq_query_get_exclude_match (b)) == 0 &&
         g_strcmp0 (cmq_query_get_date_from (a), cmq_query_get_date_from (b)) == 0 &&
         g_strcmp0 (cmq_query_get_date_until (a), cmq_query_get_date_until (b)) == 0 &&
         g_strv_equal ((const char *const *) terms_a, (const char *const *) terms_b);
}

void
_cmq_window_search_set_text (CmqWindow *window, const char *text)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);
  CmqQuery *query = cmq_query_parse (text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  gboolean same = search->query != NULL && same_search (search->query, query);

  g_clear_pointer (&search->query, cmq_query_unref);
  search->query = query;
  /* A space, or the first letter of a word (not searched yet): the list is already right. */
  if (!same)
    run (search);
}

void
_cmq_window_search_refilter (CmqWindow *window)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);

  if (search->hits != NULL)
    apply (search);
}

/* Snippets of rows scrolled into view */

static gboolean fetch_snippets_cb (gpointer user_data);

static void
schedule_snippets (CmqWindowSearch *search)
{
  if (searching (search) && !search->ranking && search->snippets_source == 0)
    search->snippets_source = g_idle_add_full (G_PRIORITY_LOW, fetch_snippets_cb, search, NULL);
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
show_snippet (CmqWindowSearch *search, CmqReleaseRow *row, CmqIndexHit *hit)
{
  g_autofree char *markup = NULL;

  if (searching (search) && hit != NULL && hit->snippet != NULL && *hit->snippet != '\0')
    {
      /* The snippet may span paragraphs; in a row it reads as one run of text. */
      markup = cmq_index_snippet_to_markup (hit->snippet);
      g_strdelimit (markup, "\n\r\t", ' ');
    }
  cmq_release_row_set_snippet (row, markup);
}

static void
snippets_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqWindowSearch *search = user_data;
  SnippetsTask *snippets = g_task_get_task_data (G_TASK (result));
  GHashTableIter iter;
  gpointer row;
  gpointer position;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&search->snippets_cancellable);
  g_hash_table_iter_init (&iter, search->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, &position))
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (search->list, GPOINTER_TO_UINT (position));
      char *snippet;

      if (hit == NULL || hit->snippet != NULL ||
          (snippet = g_hash_table_lookup (snippets->snippets, hit->id)) == NULL)
        continue;
      hit->snippet = g_strdup (snippet);
      show_snippet (search, row, hit);
    }

  /* Rows bound while it ran (the list scrolled) ask now. */
  g_hash_table_iter_init (&iter, search->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, &position))
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (search->list, GPOINTER_TO_UINT (position));

      if (hit != NULL && hit->snippet == NULL)
        schedule_snippets (search);
    }
}

static gboolean
fetch_snippets_cb (gpointer user_data)
{
  CmqWindowSearch *search = user_data;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr (GTask) task = NULL;
  SnippetsTask *snippets;
  GHashTableIter iter;
  gpointer position;

  search->snippets_source = 0;
  /* The running fetch asks again when it is done; the ranked first screen when it comes. */
  if (search->snippets_cancellable != NULL || !searching (search) || search->ranking)
    return G_SOURCE_REMOVE;

  g_hash_table_iter_init (&iter, search->bound_rows);
  while (g_hash_table_iter_next (&iter, NULL, &position))
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (search->list, GPOINTER_TO_UINT (position));

      if (hit != NULL && hit->snippet == NULL)
        g_strv_builder_add (ids, hit->id);
    }

  snippets = g_new0 (SnippetsTask, 1);
  snippets->index = g_object_ref (cmq_context_get_index (search->context));
  snippets->query = cmq_query_ref (search->query);
  snippets->ids = g_strv_builder_end (ids);
  snippets->snippets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (snippets->ids[0] == NULL)
    {
      snippets_task_free (snippets);
      return G_SOURCE_REMOVE;
    }
  search->snippets_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, search->snippets_cancellable, snippets_done_cb, search);
  g_task_set_source_tag (task, fetch_snippets_cb);
  g_task_set_task_data (task, snippets, (GDestroyNotify) snippets_task_free);
  g_task_run_in_thread (task, snippets_thread);
  return G_SOURCE_REMOVE;
}

void
_cmq_window_search_bind_row (CmqWindow *window, CmqReleaseRow *row, guint position)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);
  CmqIndexHit *hit = cmq_hit_list_get_hit (search->list, position);

  g_hash_table_insert (search->bound_rows, row, GUINT_TO_POINTER (position));
  show_snippet (search, row, hit);
  if (hit != NULL && hit->snippet == NULL)
    schedule_snippets (search);
}

void
_cmq_window_search_unbind_row (CmqWindow *window, CmqReleaseRow *row)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);

  if (search != NULL) /* NULL while the window is disposed */
    g_hash_table_remove (search->bound_rows, row);
}

/* Status */

/* A number as people write it where they live: "100,000", "100 000". */
static char *
format_count (guint n)
{
  return g_strdup_printf ("%'u", n);
}

char *
_cmq_window_search_dup_status (CmqWindow *window)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);

  if (search->indexing)
    {
      g_autofree char *done = format_count (search->indexed);
      g_autofree char *total = format_count (search->to_index);

      /* Translators: shown while the library is indexed, e.g. "Indexing 4,210 of 100,000
       * releases"; the numbers are already formatted */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Indexing %s of %s release",
                                           "Indexing %s of %s releases", search->to_index),
                              done, total);
    }
  if (!searching (search) && _cmq_window_notes_get_mode (window) == CMQ_LIST_FILTER_ALL)
    {
      g_autofree char *total = format_count (search->n_total);

      /* Translators: the number of releases in the list, already formatted */
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%s release", "%s releases", search->n_total), total);
    }
  if (!search->complete)
    /* Translators: the status line while the number of matching releases is counted */
    return g_strdup (_("Searching…"));
  if (!searching (search))
    {
      g_autofree char *shown = format_count (search->n_listed);

      /* No search narrows the list: it holds every favourite, or every release with a note. */
      if (_cmq_window_notes_get_mode (window) == CMQ_LIST_FILTER_FAVOURITES)
        /* Translators: the status line under the Favourites filter; the number is already
         * formatted */
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%s favourite", "%s favourites", search->n_listed),
            shown);
      /* Translators: the status line under the Notes filter; the number is already formatted */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s release with a note",
                                           "%s releases with notes", search->n_listed),
                              shown);
    }
  {
    g_autofree char *matching = format_count (search->n_listed);
    g_autofree char *total = format_count (search->n_total);

    /* Translators: "2 of 5 match": releases matching the search, of all releases; the numbers
     * are already formatted */
    return g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%s of %s matches", "%s of %s match", search->n_total),
        matching, total);
  }
}

static void
progress_cb (CmqContext *context, guint done, guint total, CmqWindowSearch *search)
{
  search->indexing = cmq_index_is_updating (cmq_context_get_index (context)) && done < total;
  search->indexed = done;
  search->to_index = total;
  if (!search->indexing)
    run (search); /* for the number of releases, also when nothing changed */
  _cmq_window_update_status (search->window);
}

/* The context says so once for a burst of changes: releases indexed, a note or a star changed. */
static void
context_changed_cb (CmqContext *context, CmqWindowSearch *search)
{
  run (search);
}

/* Sort order */

static void
sort_changed_cb (GtkDropDown *dropdown, GParamSpec *pspec, CmqWindowSearch *search)
{
  CmqIndexSort sort =
      gtk_drop_down_get_selected (dropdown) == 1 ? CMQ_INDEX_SORT_NEWEST : CMQ_INDEX_SORT_RELEVANCE;

  g_settings_set_string (search->settings, "sort-order",
                         sort == CMQ_INDEX_SORT_NEWEST ? "newest" : "relevance");
  if (sort == search->sort)
    return;
  search->sort = sort;
  run (search);
}

gboolean
_cmq_window_search_library_is_empty (CmqWindow *window)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);

  return search->n_total == 0 && !search->indexing;
}

void
_cmq_window_search_select (CmqWindow *window, const char *path, const char *id)
{
  CmqWindowSearch *search = _cmq_window_get_search (window);

  g_free (search->select_file);
  search->select_file = g_strdup (path);
  g_free (search->select_id);
  search->select_id = g_strdup (id);
  cmq_list_filter_set_mode (cmq_window_get_list_filter (window), CMQ_LIST_FILTER_ALL);
  if (*gtk_editable_get_text (cmq_window_get_search_entry (window)) != '\0')
    gtk_editable_set_text (cmq_window_get_search_entry (window), "");
  else
    run (search);
}

CmqWindowSearch *
_cmq_window_search_new (CmqWindow *window, CmqContext *context, CmqHitList *list,
                        GtkDropDown *sort_dropdown)
{
  CmqWindowSearch *search = g_new0 (CmqWindowSearch, 1);
  g_autofree char *sort = NULL;

  search->window = window;
  search->context = g_object_ref (context);
  search->list = g_object_ref (list);
  search->sort_dropdown = sort_dropdown;
  search->settings = g_settings_new (SCHEMA_ID);
  search->bound_rows = g_hash_table_new (NULL, NULL);
  search->hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);

  sort = g_settings_get_string (search->settings, "sort-order");
  search->sort = g_str_equal (sort, "newest") ? CMQ_INDEX_SORT_NEWEST : CMQ_INDEX_SORT_RELEVANCE;
  gtk_drop_down_set_selected (sort_dropdown, search->sort == CMQ_INDEX_SORT_NEWEST ? 1 : 0);
  g_signal_connect (sort_dropdown, "notify::selected", G_CALLBACK (sort_changed_cb), search);

  /* An update that already runs (the application started it) shows from its next batch. */
  search->indexing = cmq_index_is_updating (cmq_context_get_index (context));
  g_signal_connect (context, "progress", G_CALLBACK (progress_cb), search);
  g_signal_connect (context, "changed", G_CALLBACK (context_changed_cb), search);
  run (search);
  return search;
}

void
_cmq_window_search_free (CmqWindowSearch *search)
{
  if (search->cancellable != NULL)
    g_cancellable_cancel (search->cancellable);
  if (search->snippets_cancellable != NULL)
    g_cancellable_cancel (search->snippets_cancellable);
  g_clear_object (&search->cancellable);
  g_clear_object (&search->snippets_cancellable);
  g_clear_handle_id (&search->snippets_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (search->context, search);
  g_clear_pointer (&search->select_id, g_free);
  g_signal_handlers_disconnect_by_data (search->sort_dropdown, search);
  g_clear_object (&search->context);
  g_clear_object (&search->list);
  g_clear_object (&search->settings);
  g_clear_pointer (&search->query, cmq_query_unref);
  g_clear_pointer (&search->hits, g_ptr_array_unref);
  g_clear_pointer (&search->select_file, g_free);
  g_hash_table_unref (search->bound_rows);
  g_free (search);
}
