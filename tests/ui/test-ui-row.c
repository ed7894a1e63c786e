/* test-ui-row.c: a release row given another release is drawn again, not measured again.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

#include "cmq-fixed-label.h"

/* Times the row's parent was measured: a label whose size may change asks for it (and so does
 * every widget up to the window, which X11 then sizes again). */
static guint n_measures;

static void
counting_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                  int *natural, int *minimum_baseline, int *natural_baseline)
{
  n_measures++;
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
counting_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static CmqRelease *
titled_release (const char *title, int day)
{
  const char *const paragraphs[] = { title, NULL };
  CmqReleaseInfo info = {
    .file = title,
    .title = title,
    .language = day % 2 ? "en" : "fr",
    .paragraphs = paragraphs,
    .year = 2021,
    .month = 5,
    .day = day,
    .date_source = CMQ_DATE_SOURCE_STATED,
  };

  return cmq_release_new (&info);
}

static void
row_size (GtkWidget *row, int *width, int *height)
{
  ui_wait_frame (row);
  *width = gtk_widget_get_width (row);
  *height = gtk_widget_get_height (row);
}

/* Rows show other releases by the dozen per keystroke: titles of one line or of two cut short,
 * snippets long or short, other dates. The row keeps its size, nothing above it is measured
 * again, and it shows the new text. */
static void
test_new_release_keeps_size (void)
{
  g_autoptr (CmqRelease) short_title = titled_release ("Press release", 3);
  g_autoptr (CmqRelease) long_title = titled_release (
      "NATO Secretary General meets the Prime Minister of Norway to discuss the High North, the "
      "Alliance's defence and deterrence and the summit in Vilnius next summer",
      14);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *parent = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *row = cmq_release_row_new ();
  int width, height, new_width, new_height;
  guint before;

  gtk_widget_set_layout_manager (parent,
                                 gtk_custom_layout_new (NULL, counting_measure, counting_allocate));
  gtk_widget_set_parent (row, parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 320, -1);
  gtk_window_set_child (GTK_WINDOW (window), parent);
  cmq_release_row_reserve_snippet (CMQ_RELEASE_ROW (row), TRUE);
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), short_title);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_laid_out (row);
  row_size (row, &width, &height);

  before = n_measures;
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), long_title);
  cmq_release_row_set_snippet (CMQ_RELEASE_ROW (row),
                               "… Allies discussed the <b>collective</b> defence of the High "
                               "North, surveillance, exercises and cooperation with partners in "
                               "the region and beyond it, over two days …");
  row_size (row, &new_width, &new_height);
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), short_title);
  cmq_release_row_set_snippet (CMQ_RELEASE_ROW (row), "… <b>NATO</b> …");
  row_size (row, &new_width, &new_height);
  g_assert_cmpuint (n_measures, ==, before);
  g_assert_cmpint (new_width, ==, width);
  g_assert_cmpint (new_height, ==, height);
  g_assert_cmpstr (cmq_release_row_get_title_text (CMQ_RELEASE_ROW (row)), ==, "Press release");
  g_assert_cmpstr (cmq_release_row_get_snippet (CMQ_RELEASE_ROW (row)), ==, "… <b>NATO</b> …");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (parent);
}

/* The label says its text without markup to a screen reader, and its font is measured when its
 * style changes, not for each text. */
static void
test_fixed_label (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = cmq_fixed_label_new ();
  guint n_metrics;
  int height;

  g_object_set (label, "use-markup", TRUE, "lines", 2, NULL);
  gtk_window_set_child (GTK_WINDOW (window), label);
  cmq_fixed_label_set_label (CMQ_FIXED_LABEL (label), "a <b>bold</b> word");
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_laid_out (label);
  g_assert_cmpstr (cmq_fixed_label_get_text (CMQ_FIXED_LABEL (label)), ==, "a bold word");
  n_metrics = cmq_fixed_label_get_n_metrics (CMQ_FIXED_LABEL (label));
  height = gtk_widget_get_height (label);
  g_assert_cmpint (height, >, 0);
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("text <i>%d</i>", i);

      cmq_fixed_label_set_label (CMQ_FIXED_LABEL (label), text);
    }
  ui_wait_frame (label);
  g_assert_cmpuint (cmq_fixed_label_get_n_metrics (CMQ_FIXED_LABEL (label)), ==, n_metrics);
  g_assert_cmpstr (cmq_fixed_label_get_text (CMQ_FIXED_LABEL (label)), ==, "text 19");

  /* A larger font: measured again, and taller. */
  gtk_widget_add_css_class (label, "title-1");
  ui_wait_laid_out (label);
  g_assert_cmpint (gtk_widget_get_height (label), >, height);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Where the label draws its text: the top of the bounds of what it draws. */
static float
text_top (GtkWidget *label)
{
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  graphene_rect_t bounds;

  GTK_WIDGET_GET_CLASS (label)->snapshot (label, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  return bounds.origin.y;
}

/* A text of one line in a label of two sits at the top, or on the label's bottom with yalign 1
 * (a row's title over its date), never outside the label. */
static void
test_fixed_label_yalign (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = cmq_fixed_label_new ();
  float top, bottom;

  g_object_set (label, "lines", 2, "width-chars", 40, NULL);
  gtk_window_set_child (GTK_WINDOW (window), label);
  cmq_fixed_label_set_label (CMQ_FIXED_LABEL (label), "One line");
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_laid_out (label);
  top = text_top (label);
  g_object_set (label, "yalign", 1.0f, NULL);
  bottom = text_top (label);
  g_assert_cmpfloat (top, <, gtk_widget_get_height (label) / 4.0);
  g_assert_cmpfloat (bottom, >, gtk_widget_get_height (label) / 4.0);
  g_assert_cmpfloat (bottom, <, gtk_widget_get_height (label));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui-row/new-release-keeps-size", test_new_release_keeps_size);
  g_test_add_func ("/ui-row/fixed-label", test_fixed_label);
  g_test_add_func ("/ui-row/fixed-label-yalign", test_fixed_label_yalign);
  return ui_test_run ();
}
