/* cmq-window-similar.c: the Similar list under the reader. Each release shown brings the
 * releases most like it (cmq_similar_find(): the index's signatures, then the best few weighed
 * with their whole texts, in a thread), in an expander below the page: title, date and how much of
 * the wording they share. A click on one shows it; its Compare button compares the two.
 * Compare With… suggests the same releases (cmq-window-compare.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window-similar"

#include <glib/gi18n.h>

#include "cmq-similar.h"
#include "cmq-window-private.h"

#define MAX_LISTED 6

typedef struct
{
  GtkExpander *expander;
  GtkListBox *list;
  GCancellable *finding;
  char *shown_id; /* the release the list is for */
} Similar;

static void
similar_free (Similar *similar)
{
  g_cancellable_cancel (similar->finding);
  g_clear_object (&similar->finding);
  g_free (similar->shown_id);
  g_free (similar);
}

static Similar *
get_similar (CmqWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "cmq-similar");
}

/* "1 June 2021 · 62% alike": what a row of the list and a suggestion of Compare With… say. */
char *
_cmq_window_similar_subtitle (CmqRelease *release, double similarity)
{
  g_autofree char *date = cmq_release_format_date (release);
  const char *when = date != NULL ? date : _("No date");
  int percent = (int) (100 * similarity + 0.5);

  /* Translators: a similar release's date and how much of the wording the two releases share,
   * "1 June 2021 · 62% alike" */
  return g_strdup_printf (_("%s · %d%% alike"), when, percent);
}

/* A release of the list is selected there, so that the header and the note follow it; another
 * is shown in the reader only, as the twin button does. */
static void
open_clicked_cb (GtkListBox *list, GtkListBoxRow *row, CmqWindow *self)
{
  g_autoptr (CmqRelease) other = g_object_ref (g_object_get_data (G_OBJECT (row), "release"));
  guint position = cmq_hit_list_find (self->hit_list, cmq_release_get_id (other));

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else
    cmq_reader_view_show_release (self->reader_view, other, NULL);
}

static void
compare_clicked_cb (GtkButton *button, CmqWindow *self)
{
  CmqRelease *other = g_object_get_data (G_OBJECT (button), "release");
  CmqRelease *current = cmq_reader_view_get_release (self->reader_view);

  if (current != NULL)
    _cmq_window_compare (self, current, other);
}

static GtkWidget *
similar_row (CmqWindow *self, const CmqSimilar *similar)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *compare = gtk_button_new_with_label (_("Compare"));
  g_autofree char *subtitle = _cmq_window_similar_subtitle (similar->release, similar->similarity);
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 cmq_release_get_title (similar->release));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "release", g_object_ref (similar->release),
                          g_object_unref);

  /* Translators: the tooltip of a similar release's Compare button */
  tooltip = g_strdup_printf (_("Compare “%s” with the release being read"),
                                cmq_release_get_title (similar->release));
  gtk_widget_set_tooltip_text (compare, tooltip);
  gtk_widget_set_valign (compare, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (compare), "release", g_object_ref (similar->release),
                          g_object_unref);
  g_signal_connect_object (compare, "clicked", G_CALLBACK (compare_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), compare);
  return row;
}

static void
clear_list (Similar *similar)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (similar->list))) != NULL)
    gtk_list_box_remove (similar->list, child);
}

static void
found_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = g_task_propagate_pointer (G_TASK (result), &error);
  CmqWindow *self;
  Similar *similar;
  g_autofree char *label = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* another release is shown; the window may be gone */
  self = CMQ_WINDOW (user_data);
  similar = get_similar (self);
  g_clear_object (&similar->finding);
  if (found == NULL)
    {
      g_debug ("No similar releases: %s", error->message);
      return;
    }
  g_debug ("%u similar releases", found->len);
  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (similar->list, similar_row (self, g_ptr_array_index (found, i)));
  /* Translators: the heading of the list of similar releases under the reader, with their
   * number */
  label = g_strdup_printf (_("Similar Releases (%u)"), found->len);
  gtk_expander_set_label (similar->expander, label);
  gtk_widget_set_visible (GTK_WIDGET (similar->expander), found->len > 0);
}

static void
find_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *found =
      cmq_similar_find (CMQ_INDEX (source), task_data, MAX_LISTED, cancellable, &error);

  if (found == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, found, (GDestroyNotify) g_ptr_array_unref);
}

/* The release shown changed: its list, once found. */
static void
find_similar (CmqWindow *self)
{
  Similar *similar = get_similar (self);
  CmqRelease *release = cmq_reader_view_get_release (self->reader_view);
  g_autoptr (GTask) task = NULL;

  if (release != NULL && g_strcmp0 (similar->shown_id, cmq_release_get_id (release)) == 0)
    return; /* the same release drawn again */
  g_cancellable_cancel (similar->finding);
  g_clear_object (&similar->finding);
  g_clear_pointer (&similar->shown_id, g_free);
  clear_list (similar);
  gtk_widget_set_visible (GTK_WIDGET (similar->expander), FALSE);
  if (release == NULL)
    return;
  similar->shown_id = g_strdup (cmq_release_get_id (release));
  g_debug ("Finding the releases like %s", similar->shown_id);
  similar->finding = g_cancellable_new ();
  task = g_task_new (cmq_context_get_index (self->context), similar->finding, found_cb, self);
  g_task_set_task_data (task, g_object_ref (release), g_object_unref);
  g_task_run_in_thread (task, find_thread);
}

/* Another release is being loaded: a search still running for the one shown holds the index
 * (hundreds of milliseconds at 10,000 releases), and the next release's loading would wait for
 * it. Its list is looked for again if that release is shown again. */
void
_cmq_window_similar_stop (CmqWindow *self)
{
  Similar *similar = get_similar (self);

  if (similar == NULL || similar->finding == NULL)
    return;
  g_cancellable_cancel (similar->finding);
  g_clear_object (&similar->finding);
  g_clear_pointer (&similar->shown_id, g_free);
}

GtkExpander *
_cmq_window_get_similar (CmqWindow *self)
{
  return get_similar (self)->expander;
}

const char *
_cmq_window_similar_get_shown_id (CmqWindow *self)
{
  return get_similar (self)->shown_id;
}

void
_cmq_window_similar_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child_full (widget_class, "similar_expander", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "similar_list", FALSE, 0);
}

void
_cmq_window_similar_init (CmqWindow *self)
{
  Similar *similar = g_new0 (Similar, 1);

  similar->expander = GTK_EXPANDER (
      gtk_widget_get_template_child (GTK_WIDGET (self), CMQ_TYPE_WINDOW, "similar_expander"));
  similar->list = GTK_LIST_BOX (
      gtk_widget_get_template_child (GTK_WIDGET (self), CMQ_TYPE_WINDOW, "similar_list"));
  g_object_set_data_full (G_OBJECT (self), "cmq-similar", similar, (GDestroyNotify) similar_free);
  g_signal_connect_object (similar->list, "row-activated", G_CALLBACK (open_clicked_cb), self, 0);
  /* Once the page is on screen: the search (a few hundred milliseconds of a core at 10,000
   * releases, holding the index) does not delay the page, nor the next release's loading while
   * the page is painted; the list changes with the page it belongs to. */
  g_signal_connect_object (self->reader_view, "page-painted", G_CALLBACK (find_similar), self,
                           G_CONNECT_SWAPPED);
}
