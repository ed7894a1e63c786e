/* cmq-window-search.c: the window's side of the search: it binds the search entry, the sort
 * menu, the All / Favourites / Notes filter, the status line and the rows' snippets to the
 * window's CmqSearchModel, which does the searching (src/core/search/cmq-search-model.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include "cmq-window-private.h"

struct _CmqWindowSearch
{
  CmqSearchModel *model;
  GtkDropDown *sort_dropdown;
  CmqListFilter *list_filter;
  GSettings *settings;
  GHashTable *bound_rows; /* CmqReleaseRow → position, not referenced (unbound before they go) */
  gboolean reserving;     /* the rows keep room for snippets: the search box has text */
  CmqIndexSort chosen;    /* the sort the person chose (the setting) */
  gboolean showing;       /* the drop-down is being set to what the list shows */
};

CmqSearchModel *
_cmq_window_search_get_model (CmqWindow *window)
{
  return window->search->model;
}

static void
show_snippet (CmqWindowSearch *search, CmqReleaseRow *row, guint position)
{
  g_autofree char *markup = cmq_search_model_dup_snippet_markup (search->model, position);

  /* While the box has text the row has room for a snippet before it comes, and whether the
   * query gives snippets or not (one letter, only a date): a row does not change its height
   * while a query is typed, so the list does not jump and its slots are not measured again.
   * The whole library, with an empty box, shows no blank room under every title. */
  cmq_release_row_reserve_snippet (row, search->reserving);
  cmq_release_row_set_snippet (row, markup);
}

static gboolean
has_query (CmqSearchModel *model)
{
  CmqQuery *query = cmq_search_model_get_query (model);

  /* The text, not what it means: one letter shows the whole library again, and the rows keep
   * their height while the next letter is typed. */
  return query != NULL && *cmq_query_get_text (query) != '\0';
}

void
_cmq_window_search_bind_row (CmqWindow *window, CmqReleaseRow *row, guint position)
{
  CmqWindowSearch *search = window->search;

  search->reserving = has_query (search->model);
  g_hash_table_insert (search->bound_rows, row, GUINT_TO_POINTER (position));
  show_snippet (search, row, position);
  cmq_search_model_want_snippet (search->model, position);
}

void
_cmq_window_search_unbind_row (CmqWindow *window, CmqReleaseRow *row)
{
  CmqWindowSearch *search = window->search;
  gpointer position;

  /* NULL while the window is disposed */
  if (search == NULL || !g_hash_table_lookup_extended (search->bound_rows, row, NULL, &position))
    return;
  cmq_search_model_unwant_snippet (search->model, GPOINTER_TO_UINT (position));
  g_hash_table_remove (search->bound_rows, row);
}

static void
snippets_ready_cb (CmqSearchModel *model, CmqWindowSearch *search)
{
  GHashTableIter iter;
  gpointer row;
  gpointer position;

  g_hash_table_iter_init (&iter, search->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, &position))
    show_snippet (search, row, GPOINTER_TO_UINT (position));
}

static void
counts_cb (CmqSearchModel *model, GParamSpec *pspec, CmqWindowSearch *search)
{
  guint all, favourites, notes, highlights;

  if (cmq_search_model_get_counts (model, &all, &favourites, &notes, &highlights))
    cmq_list_filter_set_counts (search->list_filter, all, favourites, notes, highlights);
  else
    cmq_list_filter_set_counts_unknown (search->list_filter);
}

static void
filter_mode_cb (CmqListFilter *list_filter, GParamSpec *pspec, CmqWindowSearch *search)
{
  cmq_search_model_set_filter (search->model,
                               (CmqSearchFilter) cmq_list_filter_get_mode (list_filter));
}

/* The sort menu's items, in its order, and their names in the settings. With no word typed,
 * Best Match lists the newest first (the index has nothing to rank). */
static const struct
{
  CmqIndexSort sort;
  const char *name;
} sorts[] = {
  { CMQ_INDEX_SORT_RELEVANCE, "relevance" },
  { CMQ_INDEX_SORT_NEWEST, "newest" },
  { CMQ_INDEX_SORT_OLDEST, "oldest" },
};

/* The drop-down says the order the list is in: with no word to rank, Best Match shows as Newest
 * (as the model lists it), and comes back once a word is typed. */
static void
show_sort (CmqWindowSearch *search)
{
  CmqQuery *query = cmq_search_model_get_query (search->model);
  CmqIndexSort shown = search->chosen;

  if (shown == CMQ_INDEX_SORT_RELEVANCE && (query == NULL || cmq_query_get_match (query) == NULL))
    shown = CMQ_INDEX_SORT_NEWEST;
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (sorts[i].sort == shown && gtk_drop_down_get_selected (search->sort_dropdown) != i)
      {
        search->showing = TRUE;
        gtk_drop_down_set_selected (search->sort_dropdown, i);
        search->showing = FALSE;
      }
}

void
_cmq_window_search_text_changed (CmqWindow *window)
{
  CmqWindowSearch *search = window->search;

  show_sort (search);
  /* The rows already bound follow text typed into an empty box, or the box emptied. */
  if (search->reserving != has_query (search->model))
    {
      search->reserving = has_query (search->model);
      snippets_ready_cb (search->model, search);
    }
}

static void
sort_changed_cb (GtkDropDown *dropdown, GParamSpec *pspec, CmqWindowSearch *search)
{
  guint item = gtk_drop_down_get_selected (dropdown);

  if (item >= G_N_ELEMENTS (sorts) || search->showing)
    return;
  search->chosen = sorts[item].sort;
  g_settings_set_string (search->settings, "sort-order", sorts[item].name);
  cmq_search_model_set_sort (search->model, sorts[item].sort);
  show_sort (search);
}

void
_cmq_window_search_select (CmqWindow *window, const char *path, const char *id)
{
  CmqWindowSearch *search = window->search;

  cmq_search_model_select (search->model, path, id);
  /* The widgets follow; the model has cleared its search and filter already. */
  cmq_list_filter_set_mode (search->list_filter, CMQ_LIST_FILTER_ALL);
  if (*gtk_editable_get_text (GTK_EDITABLE (window->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "");
}

/* The source under a release's title was clicked: the list shows that source's releases, as the
 * query language says it (source:"…"), so the person sees how to widen or narrow it. */
static void
more_from_source_cb (CmqReaderView *reader_view, const char *source, CmqWindow *window)
{
  g_autofree char *name = g_strdup (source);
  g_autofree char *text = NULL;

  /* A quote would end the phrase; as a word separator it matches the same. */
  g_strdelimit (name, "\"", ' ');
  text = g_strdup_printf ("source:\"%s\"", g_strstrip (name));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (window->search_entry), -1);
}

CmqWindowSearch *
_cmq_window_search_new (CmqWindow *window, CmqContext *context, CmqListFilter *list_filter,
                        GtkDropDown *sort_dropdown)
{
  CmqWindowSearch *search = g_new0 (CmqWindowSearch, 1);
  g_autofree char *sort_name = NULL;
  CmqIndexSort sort;
  guint item = 0;

  search->sort_dropdown = sort_dropdown;
  search->list_filter = list_filter;
  search->settings = g_settings_new (SCHEMA_ID);
  search->bound_rows = g_hash_table_new (NULL, NULL);

  sort_name = g_settings_get_string (search->settings, "sort-order");
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (g_str_equal (sort_name, sorts[i].name))
      item = i;
  sort = sorts[item].sort;
  search->chosen = sort;
  g_signal_connect (sort_dropdown, "notify::selected", G_CALLBACK (sort_changed_cb), search);

  search->model = cmq_search_model_new (context, sort);
  show_sort (search);
  g_signal_connect (search->model, "snippets-ready", G_CALLBACK (snippets_ready_cb), search);
  g_signal_connect (search->model, "notify::counts-known", G_CALLBACK (counts_cb), search);
  g_signal_connect (list_filter, "notify::mode", G_CALLBACK (filter_mode_cb), search);
  g_signal_connect_object (window->reader_view, "more-from-source",
                           G_CALLBACK (more_from_source_cb), window, 0);
  return search;
}

void
_cmq_window_search_free (CmqWindowSearch *search)
{
  g_signal_handlers_disconnect_by_data (search->model, search);
  g_signal_handlers_disconnect_by_data (search->sort_dropdown, search);
  g_signal_handlers_disconnect_by_data (search->list_filter, search);
  /* Stops searching; the list's selection keeps the model until it goes. */
  g_object_run_dispose (G_OBJECT (search->model));
  g_clear_object (&search->model);
  g_clear_object (&search->settings);
  g_hash_table_unref (search->bound_rows);
  g_free (search);
}
