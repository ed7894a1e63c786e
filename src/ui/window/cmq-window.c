/* cmq-window.c: the main window: the release list with its search, and the reading view.
 *
 * The list shows the hits of the current search in the index (cmq-window-search.c); the content
 * side shows the selected release, loaded from the index in a worker thread, the no-selection
 * page or the no-match page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-hit-bar.h"
#include "cmq-reader-view.h"
#include "cmq-release-row.h"
#include "cmq-ui-resources.h"
#include "cmq-window-private.h"

G_DEFINE_FINAL_TYPE (CmqWindow, cmq_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CmqRelease *
selected_release (CmqWindow *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

void
_cmq_window_update_status (CmqWindow *self)
{
  CmqSearchModel *model = _cmq_window_search_get_model (self);
  g_autofree char *status = cmq_search_model_dup_status (model);
  double fraction = 0.0;
  g_autofree char *progress = cmq_search_model_dup_progress (model, &fraction);

  cmq_fixed_label_set_label (self->status_label, status);
  /* Indexing: a bar with its words; the status line goes on counting what the list has. */
  gtk_widget_set_visible (GTK_WIDGET (self->index_progress), progress != NULL);
  if (progress != NULL)
    {
      gtk_progress_bar_set_fraction (self->index_progress, fraction);
      gtk_progress_bar_set_text (self->index_progress, progress);
    }
}

/* Only the title changes per key (a search that finds nothing, typed on): it is a CmqFixedLabel
 * (see cmq-window.ui). */
void
_cmq_window_describe_no_match (CmqWindow *self, const char *icon_name, const char *title,
                               const char *description)
{
  adw_status_page_set_icon_name (self->no_match_page, icon_name);
  cmq_fixed_label_set_label (self->no_match_title, title);
  gtk_label_set_label (self->no_match_description, description);
}

static void
show_loaded (CmqWindow *self)
{
  CmqQuery *query = cmq_window_get_query (self);

  cmq_reader_view_show_release (self->reader_view, self->loaded, query);
  gtk_stack_set_visible_child_name (self->content_stack, "reader");
}

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  CmqRelease *release = cmq_index_load_release (CMQ_INDEX (source), task_data, &error);

  if (release == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, release, g_object_unref);
}

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqWindow *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) release = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* another release was selected; the window may be gone */
  g_clear_object (&self->loading);
  if (release == NULL)
    {
      /* Gone from the library since the list was made: the next update takes it away. */
      g_warning ("Cannot load the release: %s", error->message);
      return;
    }
  g_set_object (&self->loaded, release);
  show_loaded (self);
}

/* The status line, the content page and the reader follow the result and the selection. */
static void
update_content (CmqWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->hit_list));
  CmqRelease *release = self->open;
  CmqQuery *query = cmq_window_get_query (self);
  g_autoptr (GTask) task = NULL;

  _cmq_window_update_status (self);
  _cmq_window_show_outside (self);

  if (shown == 0 && _cmq_window_notes_describe_empty (self))
    release = NULL;
  else if (shown == 0 && query != NULL && !cmq_query_is_empty (query))
    {
      g_autofree char *typed = g_strstrip (g_strdup (cmq_query_get_text (query)));
      /* Translators: %s is what the user typed in the search entry */
      g_autofree char *title = g_strdup_printf (_("No releases match “%s”"), typed);

      _cmq_window_describe_no_match (self, "edit-find-symbolic", title,
                                     _("Try other words, or fewer of them"));
      release = NULL;
    }
  else if (release == NULL)
    {
      /* An empty library says how to fill it rather than asking for a choice. */
      gtk_stack_set_visible_child_name (
          self->content_stack,
          cmq_search_model_library_is_empty (_cmq_window_search_get_model (self)) ? "no-releases"
                                                                                  : "empty");
      adw_window_title_set_title (self->content_title, "");
      adw_window_title_set_subtitle (self->content_title, "");
      if (cmq_reader_view_get_release (self->reader_view) != NULL)
        cmq_reader_view_show_release (self->reader_view, NULL, NULL);
      return;
    }
  if (release == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "no-match");
      adw_window_title_set_title (self->content_title, "");
      adw_window_title_set_subtitle (self->content_title, "");
      return;
    }

  {
    g_autofree char *date = cmq_release_format_date (release);

    adw_window_title_set_title (self->content_title, cmq_release_get_title (release));
    adw_window_title_set_subtitle (self->content_title, date != NULL ? date : "");
  }
  if (self->loaded != NULL &&
      g_str_equal (cmq_release_get_id (self->loaded), cmq_release_get_id (release)))
    {
      show_loaded (self); /* highlights the new search */
      return;
    }

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->loaded);
  _cmq_window_similar_stop (self);
  /* A neighbour of the page shown, loaded already: no thread to wait for. */
  self->loaded = _cmq_window_prefetch_take (self, cmq_release_get_id (release));
  if (self->loaded != NULL)
    {
      show_loaded (self);
      return;
    }
  self->loading = g_cancellable_new ();
  /* The page follows in a moment; the header and the note already belong to the release. */
  gtk_stack_set_visible_child_name (self->content_stack, "reader");
  task = g_task_new (cmq_context_get_index (self->context), self->loading, loaded_cb, self);
  g_task_set_source_tag (task, update_content);
  g_task_set_task_data (task, g_strdup (cmq_release_get_id (release)), g_free);
  g_task_run_in_thread (task, load_thread);
}

/* The list holds the whole library, and not the release being read: it is gone from it. */
static gboolean
open_release_gone (CmqWindow *self)
{
  CmqSearchModel *model = _cmq_window_search_get_model (self);

  return cmq_search_model_is_complete (model) && !cmq_search_model_is_narrowed (model) &&
         cmq_search_model_get_filter (model) == CMQ_SEARCH_FILTER_ALL;
}

/* The release being read follows the selection, but stays open when a new result leaves it out
 * (it is marked, and comes back selected when a result has it again): the reader never goes blank
 * because of a search, nor during an update of the index whose first screen lacks it. Tells the
 * notes when another release is open; the content follows in any case. */
static void
selection_moved (CmqWindow *self)
{
  CmqRelease *release = selected_release (self);
  const char *id;

  if (release != NULL)
    g_set_object (&self->open, release);
  else if (!self->list_changing || open_release_gone (self))
    g_clear_object (&self->open);
  id = self->open != NULL ? cmq_release_get_id (self->open) : NULL;

  if (g_strcmp0 (id, self->selected_id) != 0)
    {
      g_free (self->selected_id);
      self->selected_id = g_strdup (id);
      _cmq_window_notes_selection_changed (self);
    }
  update_content (self);
}

static void
scroll_to (CmqWindow *self, guint position)
{
  /* The list view's own action: it keeps its anchor right, where setting the adjustment in the
   * middle of a change of items makes it lose its place. */
  _cmq_window_rows_scroll_to (self, position);
}

/* The release being read stays selected when it is still listed, and is selected again, in view,
 * when a result that had left it out gives way to one that has it. */
void
_cmq_window_list_changed (CmqWindow *self)
{
  const char *id = self->open != NULL ? cmq_release_get_id (self->open) : NULL;
  gboolean was_outside = self->open != NULL && selected_release (self) == NULL;
  guint position = cmq_hit_list_find (self->hit_list, id);

  self->list_changing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  if (was_outside && position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
  selection_moved (self);
  self->list_changing = FALSE;
}

/* A new search starts at the top of the list, with the best match in view, except that clearing
 * it goes back to the release being read; the same search again (an index update, the next stage
 * of one result) keeps the place. */
static void
scroll_new_search_to_top (CmqWindow *self)
{
  CmqQuery *query = cmq_window_get_query (self);
  const char *text = query != NULL ? cmq_query_get_text (query) : "";
  guint open = GTK_INVALID_LIST_POSITION;

  if (g_strcmp0 (text, self->listed_text) == 0)
    return;
  g_free (self->listed_text);
  self->listed_text = g_strdup (text);
  if (*text == '\0' && self->open != NULL)
    open = cmq_hit_list_find (self->hit_list, cmq_release_get_id (self->open));
  scroll_to (self, open != GTK_INVALID_LIST_POSITION ? open : 0);
}

/* The search model shows a new result: the selection follows (to @select when it says so). */
static void
result_changed_cb (CmqSearchModel *model, guint select, CmqWindow *self)
{
  gboolean outside = self->open != NULL && selected_release (self) == NULL;

  if (select != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, select);
  scroll_new_search_to_top (self);
  _cmq_window_list_changed (self);
  /* "Show in List" on the banner of a release the search had left out. */
  if (outside && select != G_MAXUINT)
    scroll_to (self, select);
}

static void
status_changed_cb (CmqSearchModel *model, GParamSpec *pspec, CmqWindow *self)
{
  _cmq_window_update_status (self);
}

/* On the text's notification, not on "changed": gtk_editable_set_text() deletes, then inserts,
 * and "changed" comes after each, so the window would search the empty text in between (its
 * sort menu showing Newest, then Best Match again). The text is notified once per text set and
 * once per key typed. */
static void
search_text_cb (GtkEditable *editable, GParamSpec *pspec, CmqWindow *self)
{
  cmq_search_model_set_text (_cmq_window_search_get_model (self), gtk_editable_get_text (editable));
  _cmq_window_search_text_changed (self);
}

static void
selection_changed_cb (GtkSelectionModel *model, guint position, guint n_items, CmqWindow *self)
{
  if (self->list_changing)
    return;
  selection_moved (self);
  /* One pane at a time: a release chosen in the list is read at once (not one that Down from
   * the search box reaches, where the list is still being looked through). */
  if (!self->to_list && selected_release (self) != NULL && _cmq_window_is_folded (self))
    _cmq_window_show_reader (self);
}

/* Enter or a double click on a row opens it: one pane at a time, after Down from the search box
 * has gone through the list, the reader then takes the window. */
static void
list_activate_cb (GtkListView *list_view, guint position, CmqWindow *self)
{
  self->to_list = FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  if (selected_release (self) != NULL && _cmq_window_is_folded (self))
    _cmq_window_show_reader (self);
}

static void
stop_search_cb (GtkSearchEntry *entry, CmqWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Typing anywhere in the window starts a search: the entry takes the focus so that the next
 * keys, a space among them, go on into the search rather than to a focused button. */
static void
search_started_cb (GtkSearchEntry *entry, CmqWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

/* Once the reader has counted the hits of the page that Enter opened, it shows the first. */
static void
go_to_first_hit (CmqWindow *self)
{
  if (!self->to_first_hit || cmq_reader_view_get_n_hits (self->reader_view) == 0)
    return;
  self->to_first_hit = FALSE;
  if (cmq_reader_view_get_current_hit (self->reader_view) == 0)
    cmq_reader_view_step_hit (self->reader_view, FALSE);
}

static void
activate_search_cb (GtkSearchEntry *entry, CmqWindow *self)
{
  /* Enter in the search entry opens the first match, at its first hit. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->hit_list)) > 0)
    {
      CmqRelease *shown = cmq_reader_view_get_release (self->reader_view);

      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      self->to_first_hit = TRUE;
      /* The page shown already is that release's: its hits are counted. */
      if (shown != NULL && self->loaded == shown &&
          g_strcmp0 (self->selected_id, cmq_release_get_id (shown)) == 0)
        go_to_first_hit (self);
    }
}

/* Down from the search entry goes on to the results. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller, guint keyval, guint keycode,
                       GdkModifierType state, CmqWindow *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (self->hit_list)) == 0)
    return FALSE;
  self->to_list = TRUE;
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, 0);
  self->to_list = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return TRUE;
}

/* Ctrl+G and Shift+Ctrl+G are the search entry's own keys while it has the focus: they step
 * through the hits of the page as they do elsewhere in the window. */
static void
search_next_match_cb (GtkSearchEntry *entry, CmqWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.next-hit", NULL);
}

static void
search_previous_match_cb (GtkSearchEntry *entry, CmqWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.previous-hit", NULL);
}

static void
setup_search_entry_keys (CmqWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect (self->search_entry, "next-match", G_CALLBACK (search_next_match_cb), self);
  g_signal_connect (self->search_entry, "previous-match", G_CALLBACK (search_previous_match_cb),
                    self);
  g_signal_connect_swapped (self->reader_view, "notify::n-hits", G_CALLBACK (go_to_first_hit),
                            self);
}

static void
save_window_state (CmqWindow *self)
{
  int width = 0;
  int height = 0;

  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
cmq_window_close_request (GtkWindow *window)
{
  if (_cmq_window_notes_close_request (CMQ_WINDOW (window)))
    return TRUE;
  save_window_state (CMQ_WINDOW (window));

  return GTK_WINDOW_CLASS (cmq_window_parent_class)->close_request (window);
}

/* When the disk of the index filled up (issue 12): the index moved to a temporary place, or what
 * is searched may miss releases. Said above the content until the index is whole again. */
static void
index_status_changed_cb (CmqWindow *self)
{
  CmqIndex *index = cmq_context_get_index (self->context);
  g_autofree char *message = NULL;

  if (index == NULL || cmq_index_get_status (index) == CMQ_INDEX_STATUS_OK)
    {
      cmq_banner_hide (self->index_banner);
      return;
    }
  message = cmq_index_dup_status_message (index);
  cmq_banner_show (self->index_banner, message, NULL);
}

static void
watch_index (CmqWindow *self)
{
  CmqIndex *index = cmq_context_get_index (self->context);

  if (index != NULL)
    g_signal_connect_object (index, "status-changed", G_CALLBACK (index_status_changed_cb), self,
                             G_CONNECT_SWAPPED);
  index_status_changed_cb (self);
}

static void
cmq_window_constructed (GObject *object)
{
  CmqWindow *self = CMQ_WINDOW (object);
  GListModel *model;

  G_OBJECT_CLASS (cmq_window_parent_class)->constructed (object);

  self->search = _cmq_window_search_new (self, self->context, cmq_window_get_list_filter (self),
                                         self->sort_dropdown);
  self->hit_list =
      g_object_ref (cmq_search_model_get_hit_list (_cmq_window_search_get_model (self)));
  /* Every match is a row (cmq-window-rows.c). */
  model = _cmq_window_rows_new (self, G_LIST_MODEL (_cmq_window_search_get_model (self)));
  self->selection = gtk_single_selection_new (model);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);
  g_signal_connect_object (_cmq_window_search_get_model (self), "result-changed",
                           G_CALLBACK (result_changed_cb), self, 0);
  g_signal_connect_object (_cmq_window_search_get_model (self), "notify::status",
                           G_CALLBACK (status_changed_cb), self, 0);
  _cmq_window_notes_set_store (self, cmq_context_get_store (self->context));
  _cmq_window_timeline_init (self);
  /* The context opens a new index when its file was deleted. */
  g_signal_connect_object (self->context, "notify::index", G_CALLBACK (watch_index), self,
                           G_CONNECT_SWAPPED);
  watch_index (self);
  g_signal_connect_object (self->context, "notify::index", G_CALLBACK (_cmq_window_prefetch_forget),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "changed", G_CALLBACK (_cmq_window_prefetch_forget), self,
                           G_CONNECT_SWAPPED);

  _cmq_window_rows_setup (self);

  update_content (self);
}

static void
cmq_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  CmqWindow *self = CMQ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_window_dispose (GObject *object)
{
  CmqWindow *self = CMQ_WINDOW (object);

  g_clear_handle_id (&self->page_class_idle, g_source_remove);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_pointer (&self->notes, _cmq_window_notes_free);
  g_clear_pointer (&self->search, _cmq_window_search_free);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_WINDOW);
  if (self->rows != NULL && self->selection != NULL)
    _cmq_window_rows_dispose (g_steal_pointer (&self->rows),
                              gtk_single_selection_get_model (self->selection));
  g_clear_object (&self->selection);
  g_clear_object (&self->hit_list);
  g_clear_object (&self->loaded);
  g_clear_object (&self->open);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->listed_text, g_free);

  G_OBJECT_CLASS (cmq_window_parent_class)->dispose (object);
}

static void
cmq_window_class_init (CmqWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cmq_window_constructed;
  object_class->set_property = cmq_window_set_property;
  object_class->dispose = cmq_window_dispose;
  window_class->close_request = cmq_window_close_request;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, CMQ_TYPE_CONTEXT,
                           G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The templates live in a static library's resource: referencing it links the object that
   * registers it, whoever builds the window (the app or a test). */
  (void) cmq_ui_get_resource ();
  g_type_ensure (CMQ_TYPE_FIXED_LABEL);
  g_type_ensure (CMQ_TYPE_READER_VIEW);
  g_type_ensure (CMQ_TYPE_HIT_BAR);
  g_type_ensure (CMQ_TYPE_TIMELINE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cmq-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, list_bin);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, index_progress);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, drop_hint);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, search_help_button);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, search_help_grid);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, index_banner);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, outside_banner);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, release_box);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, no_match_title);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, no_match_description);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, reader_view);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, hit_bar);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, sort_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, search_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_started_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "outside_banner_clicked_cb",
                                                G_CALLBACK (_cmq_window_outside_clicked_cb));

  _cmq_window_actions_class_init (widget_class);
  _cmq_window_adaptive_class_init (widget_class);
  _cmq_window_compare_class_init (widget_class);
  _cmq_window_similar_class_init (widget_class);
  _cmq_window_notes_class_init (widget_class);
}

static void
cmq_window_init (CmqWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->notes = _cmq_window_notes_new (self);

  self->settings = g_settings_new (SCHEMA_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Type to search from anywhere in the window; the window opens with the search focused. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  setup_search_entry_keys (self);

  _cmq_window_import_init (self);
  _cmq_window_adaptive_init (self);
  _cmq_window_actions_init (self);
  _cmq_window_compare_init (self, GTK_WIDGET (self->list_view));
  _cmq_window_similar_init (self);
  _cmq_window_prefetch_init (self);
  _cmq_window_passages_init (self);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (_cmq_window_sync_release_actions), self, G_CONNECT_SWAPPED);
  _cmq_window_sync_release_actions (self);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

CmqWindow *
cmq_window_new (GtkApplication *app, CmqContext *context)
{
  g_return_val_if_fail (CMQ_IS_CONTEXT (context), NULL);

  return g_object_new (CMQ_TYPE_WINDOW, "application", app, "context", context, NULL);
}

GtkEditable *
cmq_window_get_search_entry (CmqWindow *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkSingleSelection *
cmq_window_get_selection (CmqWindow *self)
{
  return self->selection;
}

CmqFixedLabel *
cmq_window_get_status_label (CmqWindow *self)
{
  return self->status_label;
}

GtkProgressBar *
cmq_window_get_index_progress (CmqWindow *self)
{
  return self->index_progress;
}

CmqReaderView *
cmq_window_get_reader_view (CmqWindow *self)
{
  return self->reader_view;
}

const char *
cmq_window_get_visible_page (CmqWindow *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

AdwStatusPage *
cmq_window_get_no_match_page (CmqWindow *self)
{
  return self->no_match_page;
}

const char *
cmq_window_get_no_match_title (CmqWindow *self)
{
  return cmq_fixed_label_get_label (self->no_match_title);
}

CmqContext *
cmq_window_get_context (CmqWindow *self)
{
  return self->context;
}

CmqIndex *
cmq_window_get_index (CmqWindow *self)
{
  return cmq_context_get_index (self->context);
}

CmqHitList *
cmq_window_get_hit_list (CmqWindow *self)
{
  return self->hit_list;
}

GtkDropDown *
cmq_window_get_sort_dropdown (CmqWindow *self)
{
  return self->sort_dropdown;
}

CmqLibrary *
cmq_window_get_library (CmqWindow *self)
{
  return cmq_context_get_library (self->context);
}

GSettings *
cmq_window_get_settings (CmqWindow *self)
{
  return self->settings;
}

CmqQuery *
cmq_window_get_query (CmqWindow *self)
{
  return cmq_search_model_get_query (_cmq_window_search_get_model (self));
}

gboolean
cmq_window_is_searching (CmqWindow *self)
{
  return cmq_search_model_is_running (_cmq_window_search_get_model (self));
}

CmqWindowNotes *
_cmq_window_get_notes (CmqWindow *self)
{
  return self->notes;
}

CmqHitBar *
cmq_window_get_hit_bar (CmqWindow *self)
{
  return self->hit_bar;
}

CmqWindowSearch *
_cmq_window_get_search (CmqWindow *self)
{
  return self->search;
}

CmqBanner *
cmq_window_get_index_banner (CmqWindow *self)
{
  return self->index_banner;
}

CmqBanner *
cmq_window_get_outside_banner (CmqWindow *self)
{
  return self->outside_banner;
}

CmqRelease *
_cmq_window_get_open_release (CmqWindow *self)
{
  return self->open;
}
