/* cmq-window-rows.c: the release list's rows: every match is a row, only those in view are drawn.
 *
 * The list view's model has a row per match (CmqHitList), so that its scrollbar spans the whole
 * result and dragging it to the end shows the last match at once. GTK 4.8's list view makes a
 * widget for up to 200 rows around the first one in view (GTK_LIST_VIEW_MAX_LIST_ITEMS), new for
 * every new item: for a release row made from its template, with wrapped title and snippet, that
 * is about half a millisecond of CPU each to make and bind, and as much again to measure, two or
 * three times per keystroke. So the list item's widget is an empty slot with the height of a
 * row, and only the slots in view or near it (FILL_BEFORE, FILL_AFTER, a screen's worth) hold a
 * CmqReleaseRow. When the list is scrolled, the slots that came into view get their row before
 * the next frame. The release rows are kept when their slots go (a scroll) and given to the next
 * slots that need one. The list view's items are positions, not releases (cmq-window-slots.c): a
 * new result keeps every list item and slot, and the release rows near the view show their new
 * releases in place (a label is set only when its text changed); only rows added at the end are
 * bound. While a search runs, the positions beyond what it has given so far show the last whole
 * result's rows, so no row in view is ever blank; every row keeps room for a snippet while the
 * search box holds a query (whether it gives snippets or not), so a row keeps its height when its release or its snippet comes, and the
 * list does not keep its end while a search refills it (rows changing under a view that keeps
 * its end would lay out again and again).
 * The list's width is measured once (list_measure): measured across after every result, the
 * rows would shape all their text on one line for a width that cannot change.
 *
 * Before the search model replaces rows, the selected one is unselected (the window selects it
 * again by id once the result is shown): GtkSingleSelection (4.8) would otherwise look for it
 * among every row added, making each row's item, to find that it is not there (the items are new).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include "cmq-window-private.h"

/* Rows drawn before the first one in view, and from it on beyond the rows in view. */
#define FILL_BEFORE 3
#define FILL_AFTER  6
/* The rows in view before a row was measured: a tall window's. */
#define SCREEN_ROWS 24
/* The height of a slot without its row until a row was measured (pixels). */
#define ROW_HEIGHT 72
/* Release rows kept for the next slots. */
#define POOL_MAX 64

struct _CmqWindowRows
{
  CmqWindow *window;
  GHashTable *slots; /* GtkListItem bound → its AdwBin, not referenced (unbound before it goes) */
  GPtrArray *pool;   /* CmqReleaseRow without a slot */
  guint first;       /* the first row in view (or to be: a scroll was asked) */
  guint n_shown;     /* rows in view, about */
  int row_height;    /* of a slot without its row */
  gboolean moved;    /* scrolled or resized since the slots were last filled */
  GdkFrameClock *clock; /* the list view's, while it is realized */
  gulong layout_hook;   /* on the clock's "layout", before every handler */
  gboolean in_layout;   /* the clock's layout phase runs, and layout_cb() is still to come */
  GtkWidget *list_view;
  guint n_rows_made; /* for tests */
  guint n_filled;
  guint n_label_resets;
  GtkAdjustment *adjustment;
  gboolean disposed; /* the window is: its list view goes, unbinding */
  /* Keeping the end in view through a resize (keep_end) */
  gboolean at_end;      /* the list is scrolled to its end */
  int width;            /* the list view's, at the last layout */
  gint64 resized_frame; /* the frame the width last changed in */
  double last_value;    /* the position and the end at the last layout */
  double last_end;
  /* The list's width (list_measure): -1 until measured with a release row in it */
  int across_min;
  int across_nat;
  GtkWidget *list_bin;
  CmqSlotsModel *slots_model; /* the list view's (cmq-window-slots.c) */
};

static CmqReleaseRow *
row_of (GtkListItem *item)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (gtk_list_item_get_child (item)));

  return child != NULL ? CMQ_RELEASE_ROW (child) : NULL;
}

static gboolean
near_view (CmqWindowRows *rows, guint position)
{
  return position + FILL_BEFORE >= rows->first &&
         position < rows->first + rows->n_shown + FILL_AFTER;
}

/* @kept: @row stays in the slot of @item, whose label says its release's title already. */
static void
show_release (CmqWindowRows *rows, GtkListItem *item, CmqReleaseRow *row, CmqRelease *release,
              gboolean kept)
{
  CmqWindow *window = rows->window;
  GtkWidget *slot = gtk_list_item_get_child (item);
  const char *title = cmq_release_get_title (release);
  CmqRelease *shown = cmq_release_row_get_release (row);
  gboolean same = kept && shown != NULL &&
                  g_strcmp0 (cmq_release_get_id (shown), cmq_release_get_id (release)) == 0;

  rows->n_filled++;
  _cmq_window_notes_bind_row (window, row);
  cmq_release_row_set_release (row, release);
  _cmq_window_search_bind_row (window, row, gtk_list_item_get_position (item));
  if (same)
    return;
  /* The slot is what a screen reader meets first in the list item: it says the title too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (slot), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void empty (CmqWindowRows *rows, GtkListItem *item);

/* The slot of @item gets a release row, showing the release at its position. */
static void
fill (CmqWindowRows *rows, GtkListItem *item)
{
  GtkWidget *slot = gtk_list_item_get_child (item);
  g_autoptr (CmqRelease) release = NULL;
  GtkWidget *row;

  if (row_of (item) != NULL)
    return;
  release = _cmq_slots_model_dup_release (rows->slots_model, gtk_list_item_get_position (item));
  if (release == NULL)
    {
      empty (rows, item);
      return;
    }
  if (rows->pool->len > 0)
    row = g_ptr_array_steal_index_fast (rows->pool, rows->pool->len - 1);
  else
    {
      row = g_object_ref_sink (cmq_release_row_new ());
      rows->n_rows_made++;
    }
  gtk_widget_set_size_request (slot, -1, -1);
  show_release (rows, item, CMQ_RELEASE_ROW (row), release, FALSE);
  adw_bin_set_child (ADW_BIN (slot), row);
  g_object_unref (row);
}

/* The row in the slot of @item shows the release now at its position; a slot near the view
 * without a row gets one. */
static void
refill (CmqWindowRows *rows, GtkListItem *item)
{
  CmqReleaseRow *row = row_of (item);
  g_autoptr (CmqRelease) release = NULL;

  if (row == NULL)
    {
      if (near_view (rows, gtk_list_item_get_position (item)))
        fill (rows, item);
      return;
    }
  release = _cmq_slots_model_dup_release (rows->slots_model, gtk_list_item_get_position (item));
  if (release == NULL)
    {
      empty (rows, item);
      return;
    }
  _cmq_window_search_unbind_row (rows->window, row);
  show_release (rows, item, row, release, TRUE);
}

/* The slot of @item gives its release row back, and keeps a row's height. */
static void
empty (CmqWindowRows *rows, GtkListItem *item)
{
  GtkWidget *slot = gtk_list_item_get_child (item);
  CmqReleaseRow *row = row_of (item);
  int height;

  /* A slot without a row has no label either (fill() gives both): nothing to take back. Its
   * accessible state is not touched, which would make it an AT context, for every slot of every
   * result and every scroll. */
  gtk_widget_get_size_request (slot, NULL, &height);
  if (row == NULL)
    {
      if (height != rows->row_height)
        gtk_widget_set_size_request (slot, -1, rows->row_height);
      return;
    }
  _cmq_window_search_unbind_row (rows->window, row);
  if (rows->pool->len < POOL_MAX)
    g_ptr_array_add (rows->pool, g_object_ref (row));
  adw_bin_set_child (ADW_BIN (slot), NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (slot), GTK_ACCESSIBLE_PROPERTY_LABEL);
  rows->n_label_resets++;
  gtk_widget_set_size_request (slot, -1, rows->row_height);
}

static void rows_free (gpointer data, GClosure *closure);

/* The rows from @position on (@n_rows) show other releases (cmq-window-slots.c): their slots
 * keep their list items, and those with a release row show the new release in it. */
static void
rows_changed_cb (CmqSlotsModel *model, guint position, guint n_rows, CmqWindowRows *rows)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, rows->slots);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      guint at = gtk_list_item_get_position (item);

      if (at >= position && at - position < n_rows)
        refill (rows, item);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, CmqWindowRows *rows)
{
  gtk_list_item_set_child (item, adw_bin_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, CmqWindowRows *rows)
{
  g_hash_table_insert (rows->slots, item, gtk_list_item_get_child (item));
  if (near_view (rows, gtk_list_item_get_position (item)))
    fill (rows, item);
  else
    empty (rows, item);
}

/* Also on teardown: GTK 4.8 does not always unbind a list item before it goes. */
static void
unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, CmqWindowRows *rows)
{
  if (rows->disposed || !g_hash_table_remove (rows->slots, item))
    return;
  empty (rows, item);
}

/* The first row in view, from where the slots are; G_MAXUINT when none is. */
static guint
first_in_view (CmqWindowRows *rows, int *height, guint *n_measured)
{
  GtkWidget *list_view = GTK_WIDGET (rows->window->list_view);
  int view_height = gtk_widget_get_height (list_view);
  GHashTableIter iter;
  gpointer item, slot;
  guint first = G_MAXUINT;

  *height = 0;
  *n_measured = 0;
  g_hash_table_iter_init (&iter, rows->slots);
  while (g_hash_table_iter_next (&iter, &item, &slot))
    {
      graphene_rect_t bounds;

      /* The list view keeps the rows of the selection and the focus wherever they are, hidden
       * and where they were last laid out. */
      if (!gtk_widget_get_child_visible (gtk_widget_get_parent (slot)) ||
          !gtk_widget_compute_bounds (slot, list_view, &bounds) ||
          bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= view_height)
        continue;
      first = MIN (first, gtk_list_item_get_position (item));
      if (row_of (item) != NULL)
        {
          *height += (int) bounds.size.height;
          (*n_measured)++;
        }
    }
  return first;
}

/* A list scrolled to its end stays there while its rows' heights change: when its width changes
 * (a resize, the leaflet folding) and when rows are filled after a scroll to the end. GTK's list
 * view keeps the row at the top in place instead, which leaves the last row cut off below the
 * view, also after the scrollbar was dragged to its end. Only a scroll (the position moved while
 * the end stayed) or a new result leaves the end. */
static void
keep_end (CmqWindowRows *rows, GdkFrameClock *clock)
{
  GtkAdjustment *adjustment = rows->adjustment;
  int width = gtk_widget_get_width (rows->list_view);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  double value, end;

  if (adjustment == NULL)
    return;
  /* A search refills the rows: the view stays where it is (see the top of the file). */
  if (rows->slots_model != NULL && _cmq_slots_model_is_held (rows->slots_model))
    rows->at_end = FALSE;
  value = gtk_adjustment_get_value (adjustment);
  end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  if (width != rows->width && rows->width != 0)
    rows->resized_frame = frame;
  rows->width = width;
  if (rows->at_end && value < end - 1 &&
      (frame == rows->resized_frame || value == rows->last_value || end != rows->last_end))
    gtk_adjustment_set_value (adjustment, end);
  else
    rows->at_end = end > 0 && value >= end - 1;
  rows->last_value = gtk_adjustment_get_value (adjustment);
  rows->last_end = end;
}

/* The slots in view or near it have their rows; the others give theirs back. After GTK's own
 * layout of the frame: the slots are where they will be painted, and GDK lays out the frame
 * again when this changed a size, so that no frame shows a slot in view without its row. */
static void
layout_cb (GdkFrameClock *clock, CmqWindowRows *rows)
{
  int height;
  guint n_measured;
  guint first;
  GHashTableIter iter;
  gpointer item;

  rows->in_layout = FALSE;
  keep_end (rows, clock);
  if (!rows->moved)
    return;
  rows->moved = FALSE;
  first = first_in_view (rows, &height, &n_measured);
  if (first == G_MAXUINT)
    return;
  rows->first = first;
  /* Not for a pixel or two, which would only move the rows below. */
  if (n_measured > 0 && ABS (height / (int) n_measured - rows->row_height) > 4)
    {
      rows->row_height = MAX (height / (int) n_measured, 1);
      rows->n_shown =
          gtk_widget_get_height (GTK_WIDGET (rows->window->list_view)) / rows->row_height + 1;
    }
  g_hash_table_iter_init (&iter, rows->slots);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (near_view (rows, gtk_list_item_get_position (item)))
      fill (rows, item);
    else
      empty (rows, item);
}

/* Scrolled, or resized (the list view's allocation says so): filled after the layout. Most
 * often the list view says so while GTK lays out the window, in the clock's layout phase, before
 * layout_cb(): that comes in the same phase. Asking for the phase then would have GDK run it once
 * more in the same frame, and work the window's size out again for nothing (on X11 with round
 * trips to the server for the monitor and its work area), a frame or more per keystroke. */
static void
scrolled_cb (GtkAdjustment *adjustment, CmqWindowRows *rows)
{
  rows->moved = TRUE;
  if (rows->clock != NULL && !rows->in_layout)
    gdk_frame_clock_request_phase (rows->clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* Before every handler of a clock's "layout": GDK's, then GTK's layout of the window. */
static gboolean
layout_hook_cb (GSignalInvocationHint *hint, guint n_params, const GValue *params, gpointer data)
{
  CmqWindowRows *rows = data;

  if (g_value_get_object (&params[0]) == (GObject *) rows->clock)
    rows->in_layout = TRUE;
  return TRUE;
}

static void
realize_cb (GtkWidget *list_view, CmqWindowRows *rows)
{
  rows->clock = g_object_ref (gtk_widget_get_frame_clock (list_view));
  /* After the window's own handler, which lays out the widgets. */
  g_signal_connect_after (rows->clock, "layout", G_CALLBACK (layout_cb), rows);
  rows->layout_hook = g_signal_add_emission_hook (g_signal_lookup ("layout", GDK_TYPE_FRAME_CLOCK),
                                                  0, layout_hook_cb, rows, NULL);
  scrolled_cb (NULL, rows);
}

static void
unrealize_cb (GtkWidget *list_view, CmqWindowRows *rows)
{
  if (rows->clock != NULL)
    g_signal_handlers_disconnect_by_data (rows->clock, rows);
  if (rows->layout_hook != 0)
    g_signal_remove_emission_hook (g_signal_lookup ("layout", GDK_TYPE_FRAME_CLOCK),
                                   rows->layout_hook);
  rows->layout_hook = 0;
  rows->in_layout = FALSE;
  g_clear_object (&rows->clock);
}

/* The list's width. A release row's minimum width does not depend on its text (its labels wrap,
 * ellipsize and ask for 20 characters), empty slots have none, and the scrolled window takes no
 * natural width from the list: measured across, the list would measure every row's labels on
 * one line, shaping all their text again, after each new result and each scroll, to find the
 * same figures. So the list is measured across once with a release row in it, and again when
 * the font, the theme or the scale changes. */
static void
list_measure (GtkWidget *bin, GtkOrientation orientation, int for_size, int *minimum, int *natural,
              int *minimum_baseline, int *natural_baseline)
{
  CmqWindowRows *rows = g_object_get_data (G_OBJECT (bin), "cmq-window-rows");
  gboolean across = orientation == GTK_ORIENTATION_HORIZONTAL && for_size == -1;
  GHashTableIter iter;
  gpointer item;

  if (across && rows != NULL && rows->across_min >= 0)
    {
      *minimum = rows->across_min;
      *natural = rows->across_nat;
      *minimum_baseline = *natural_baseline = -1;
      return;
    }
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (bin)), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
  if (!across || rows == NULL)
    return;
  g_hash_table_iter_init (&iter, rows->slots);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (row_of (item) != NULL)
      {
        rows->across_min = *minimum;
        rows->across_nat = *natural;
        return;
      }
}

static void
list_allocate (GtkWidget *bin, int width, int height, int baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (bin));

  /* Measured since it last changed, as GTK wants before an allocation, whatever was asked. */
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, NULL, NULL, NULL);
  gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
style_changed_cb (GObject *object, GParamSpec *pspec, GtkWidget *bin)
{
  CmqWindowRows *rows = g_object_get_data (G_OBJECT (bin), "cmq-window-rows");

  if (rows == NULL)
    return;
  rows->across_min = rows->across_nat = -1;
  gtk_widget_queue_resize (bin);
}

/* The list's width is measured once, and again when a change of style can change it. */
static void
list_width_setup (CmqWindowRows *rows, GtkWidget *bin)
{
  static const char *const signals[] = { "notify::gtk-font-name", "notify::gtk-xft-dpi",
                                         "notify::gtk-theme-name", NULL };
  GtkSettings *settings = gtk_widget_get_settings (bin);
  AdwStyleManager *style = adw_style_manager_get_default ();

  rows->across_min = rows->across_nat = -1;
  rows->list_bin = g_object_ref (bin);
  g_object_set_data (G_OBJECT (bin), "cmq-window-rows", rows);
  gtk_widget_set_layout_manager (bin, gtk_custom_layout_new (NULL, list_measure, list_allocate));
  for (guint i = 0; signals[i] != NULL; i++)
    g_signal_connect_object (settings, signals[i], G_CALLBACK (style_changed_cb), bin, 0);
  g_signal_connect (bin, "notify::scale-factor", G_CALLBACK (style_changed_cb), bin);
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (style_changed_cb), bin, 0);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), bin, 0);
}

/* The search model as the selection sees it: it says the rows changed only after the window
 * had a chance to unselect (see above), and until then has as many rows as before. */
#define CMQ_TYPE_ROWS_MODEL (cmq_rows_model_get_type ())
G_DECLARE_FINAL_TYPE (CmqRowsModel, cmq_rows_model, CMQ, ROWS_MODEL, GObject)

struct _CmqRowsModel
{
  GObject parent_instance;

  GListModel *model;
  guint n_items;
  CmqWindowRows *rows;
};

static void cmq_rows_model_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CmqRowsModel, cmq_rows_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cmq_rows_model_model_init))

static GType
cmq_rows_model_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (CMQ_ROWS_MODEL (model)->model);
}

static guint
cmq_rows_model_get_n_items (GListModel *model)
{
  return CMQ_ROWS_MODEL (model)->n_items;
}

static gpointer
cmq_rows_model_get_item (GListModel *model, guint position)
{
  CmqRowsModel *self = CMQ_ROWS_MODEL (model);

  return position < self->n_items ? g_list_model_get_item (self->model, position) : NULL;
}

static void
cmq_rows_model_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cmq_rows_model_get_item_type;
  iface->get_n_items = cmq_rows_model_get_n_items;
  iface->get_item = cmq_rows_model_get_item;
}

static void
cmq_rows_model_dispose (GObject *object)
{
  CmqRowsModel *self = CMQ_ROWS_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  self->n_items = 0;

  G_OBJECT_CLASS (cmq_rows_model_parent_class)->dispose (object);
}

static void
cmq_rows_model_class_init (CmqRowsModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cmq_rows_model_dispose;
}

static void
cmq_rows_model_init (CmqRowsModel *self)
{
}

/* Unselects the row about to be replaced, quietly (the result's own handler selects it again),
 * then says what changed. */
static void
model_changed_cb (GListModel *model, guint position, guint removed, guint added, CmqRowsModel *self)
{
  CmqWindow *window = self->rows != NULL ? self->rows->window : NULL;
  guint selected = GTK_INVALID_LIST_POSITION;

  if (window != NULL && window->selection != NULL)
    selected = gtk_single_selection_get_selected (window->selection);
  if (selected != GTK_INVALID_LIST_POSITION && selected >= position &&
      selected < position + removed)
    {
      gboolean changing = window->list_changing;

      window->list_changing = TRUE;
      gtk_single_selection_set_selected (window->selection, GTK_INVALID_LIST_POSITION);
      window->list_changing = changing;
    }
  /* A new result starts at the top. */
  if (self->rows != NULL)
    self->rows->at_end = FALSE;
  self->n_items = g_list_model_get_n_items (model);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

GListModel *
_cmq_window_rows_new (CmqWindow *window, GListModel *model)
{
  CmqWindowRows *rows = g_new0 (CmqWindowRows, 1);
  CmqRowsModel *rows_model = g_object_new (CMQ_TYPE_ROWS_MODEL, NULL);

  rows->window = window;
  rows->slots = g_hash_table_new (NULL, NULL);
  rows->pool = g_ptr_array_new_with_free_func (g_object_unref);
  rows->row_height = ROW_HEIGHT;
  rows->n_shown = SCREEN_ROWS;
  window->rows = rows;
  rows_model->rows = rows;
  rows_model->model = g_object_ref (model);
  rows_model->n_items = g_list_model_get_n_items (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (model_changed_cb), rows_model);
  return G_LIST_MODEL (rows_model);
}

void
_cmq_window_rows_setup (CmqWindow *window)
{
  CmqWindowRows *rows = window->rows;
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkAdjustment *adjustment;

  /* The factory outlives the window's dispose, when the list view unbinds its rows. */
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cb), rows, rows_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), rows);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), rows);
  g_signal_connect (factory, "teardown", G_CALLBACK (unbind_cb), rows);
  gtk_list_view_set_factory (window->list_view, factory);
  rows->slots_model = _cmq_slots_model_new (GTK_SELECTION_MODEL (window->selection),
                                            _cmq_window_search_get_model (window));
  g_signal_connect (rows->slots_model, "rows-changed", G_CALLBACK (rows_changed_cb), rows);
  gtk_list_view_set_model (window->list_view, GTK_SELECTION_MODEL (rows->slots_model));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->list_view));
  rows->adjustment = g_object_ref (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (scrolled_cb), rows);
  g_signal_connect (adjustment, "changed", G_CALLBACK (scrolled_cb), rows);
  rows->list_view = g_object_ref (GTK_WIDGET (window->list_view));
  list_width_setup (rows, GTK_WIDGET (window->list_bin));
  g_signal_connect (window->list_view, "realize", G_CALLBACK (realize_cb), rows);
  g_signal_connect (window->list_view, "unrealize", G_CALLBACK (unrealize_cb), rows);
  if (gtk_widget_get_realized (GTK_WIDGET (window->list_view)))
    realize_cb (GTK_WIDGET (window->list_view), rows);
}

static void
rows_free (gpointer data, GClosure *closure)
{
  CmqWindowRows *rows = data;

  g_hash_table_unref (rows->slots);
  g_ptr_array_unref (rows->pool);
  g_free (rows);
}

/* The window's dispose: the rows are freed with the list view's factory. */
void
_cmq_window_rows_dispose (CmqWindowRows *rows, GListModel *model)
{
  CMQ_ROWS_MODEL (model)->rows = NULL;
  if (rows->adjustment != NULL)
    g_signal_handlers_disconnect_by_data (rows->adjustment, rows);
  g_clear_object (&rows->adjustment);
  unrealize_cb (NULL, rows);
  if (rows->list_view != NULL)
    g_signal_handlers_disconnect_by_data (rows->list_view, rows);
  g_clear_object (&rows->list_view);
  if (rows->list_bin != NULL)
    g_object_set_data (G_OBJECT (rows->list_bin), "cmq-window-rows", NULL);
  g_clear_object (&rows->list_bin);
  if (rows->slots_model != NULL)
    g_signal_handlers_disconnect_by_data (rows->slots_model, rows);
  g_clear_object (&rows->slots_model);
  rows->disposed = TRUE;
  g_ptr_array_set_size (rows->pool, 0);
}

void
_cmq_window_rows_scroll_to (CmqWindow *window, guint position)
{
  CmqWindowRows *rows = window->rows;
  GHashTableIter iter;
  gpointer item;

  rows->at_end = FALSE;
  /* The rows there are drawn as they are bound, the others once the list is where it goes: the
   * list view brings a row below the view to its bottom. */
  if (position >= rows->first + rows->n_shown)
    rows->first = position - rows->n_shown + 1;
  else if (position < rows->first)
    rows->first = position;
  if (position < g_list_model_get_n_items (G_LIST_MODEL (window->selection)))
    gtk_widget_activate_action (GTK_WIDGET (window->list_view), "list.scroll-to-item", "u",
                                position);
  scrolled_cb (NULL, rows);
  /* Rows bound before (with no row) that are now near it get theirs at once. */
  g_hash_table_iter_init (&iter, rows->slots);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (near_view (rows, gtk_list_item_get_position (item)))
      fill (rows, item);
}

guint
_cmq_window_rows_get_n_made (CmqWindow *window)
{
  return window->rows->n_rows_made;
}

guint
_cmq_window_rows_get_n_label_resets (CmqWindow *window, guint *n_filled)
{
  *n_filled = window->rows->n_filled;
  return window->rows->n_label_resets;
}
