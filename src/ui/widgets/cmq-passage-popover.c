/* cmq-passage-popover.c: the popover of a passage in the reader: colour buttons (named for
 * screen readers), Add Note or Edit Note, Copy, Copy with Citation and, for a highlight, Remove;
 * and a small note editor in its place.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-passage-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-passage-popover.h"

const char *const cmq_passage_colours[] = { "yellow", "green", "blue", "pink", NULL };

struct _CmqPassagePopover
{
  GtkPopover parent_instance;

  GtkStack *stack;
  GtkWidget *colour_buttons[4];
  GtkWidget *note_button;
  GtkWidget *copy_button;
  GtkWidget *cite_button;
  GtkWidget *remove_button;
  GtkWidget *save_button;
  GtkTextView *text_view;
  gboolean note_changed; /* typed in the editor since it was shown or saved */
};

G_DEFINE_FINAL_TYPE (CmqPassagePopover, cmq_passage_popover, GTK_TYPE_POPOVER)

enum
{
  CHOSEN,
  NOTE_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The colour buttons' tooltips and accessible names, in the order of cmq_passage_colours. */
static const char *const colour_labels[] = {
  N_ ("Highlight in yellow"), N_ ("Highlight in green"), N_ ("Highlight in blue"),
                                                             N_ ("Highlight in pink"),
  };

static void
button_clicked_cb (GtkButton *button, CmqPassagePopover *self)
{
  g_signal_emit (self, signals[CHOSEN], 0, g_object_get_data (G_OBJECT (button), "what"));
}

static void
save_note (CmqPassagePopover *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *note = NULL;

  if (!self->note_changed)
    return;
  self->note_changed = FALSE;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_signal_emit (self, signals[NOTE_SAVED], 0, note);
}

static void
save_clicked_cb (GtkButton *button, CmqPassagePopover *self)
{
  save_note (self);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
note_changed_cb (GtkTextBuffer *buffer, CmqPassagePopover *self)
{
  self->note_changed = TRUE;
}

static void
closed_cb (CmqPassagePopover *self)
{
  if (cmq_passage_popover_is_editing_note (self))
    save_note (self);
}

/* Ctrl+C and Ctrl+Shift+C do what they do in the reader (the popover has the keyboard); in the
 * note editor, Ctrl+C copies its text (the text view takes it first) and Ctrl+Return saves. */
static gboolean
shortcut_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  CmqPassagePopover *self = CMQ_PASSAGE_POPOVER (widget);
  const char *what = g_variant_get_string (args, NULL);

  if (g_str_equal (what, "save"))
    {
      if (!cmq_passage_popover_is_editing_note (self))
        return FALSE;
      save_clicked_cb (NULL, self);
      return TRUE;
    }
  if (cmq_passage_popover_is_editing_note (self))
    return FALSE;
  g_signal_emit (self, signals[CHOSEN], 0, what);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller, const char *trigger, const char *what)
{
  gtk_shortcut_controller_add_shortcut (
      controller, gtk_shortcut_new_with_arguments (
                      gtk_shortcut_trigger_parse_string (trigger),
                      gtk_callback_action_new (shortcut_cb, NULL, NULL), "s", what));
}

static GtkWidget *
new_button (CmqPassagePopover *self, const char *what, const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
  return button;
}

static GtkWidget *
new_colours (CmqPassagePopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  for (guint i = 0; cmq_passage_colours[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new ();
      const char *tooltip = _(colour_labels[i]);

      gtk_widget_add_css_class (button, "passage-colour");
      gtk_widget_add_css_class (button, cmq_passage_colours[i]);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
      g_object_set_data (G_OBJECT (button), "what", (gpointer) cmq_passage_colours[i]);
      g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
      self->colour_buttons[i] = button;
    }
  return box;
}

static GtkWidget *
new_note_editor (CmqPassagePopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (_("Note on the Passage"));

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->text_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "passage-note");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note on the Passage"), -1);
  g_signal_connect (gtk_text_view_get_buffer (self->text_view), "changed",
                    G_CALLBACK (note_changed_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->text_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 240, 100);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (box), scrolled);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save Note"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_widget_set_halign (self->save_button, GTK_ALIGN_END);
  g_signal_connect (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->save_button);
  return box;
}

static void
cmq_passage_popover_class_init (CmqPassagePopoverClass *klass)
{
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[NOTE_SAVED] = g_signal_new ("note-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cmq_passage_popover_init (CmqPassagePopover *self)
{
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (choices), new_colours (self));
  self->note_button = new_button (self, "note", _("Add _Note…"));
  gtk_box_append (GTK_BOX (choices), self->note_button);
  self->copy_button = new_button (self, "copy", _("_Copy"));
  gtk_box_append (GTK_BOX (choices), self->copy_button);
  self->cite_button = new_button (self, "cite", _("Copy with C_itation"));
  gtk_box_append (GTK_BOX (choices), self->cite_button);
  self->remove_button = new_button (self, "remove", _("_Remove Highlight"));
  gtk_box_append (GTK_BOX (choices), self->remove_button);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, choices, "choices");
  gtk_stack_add_named (self->stack, new_note_editor (self), "note");
  gtk_popover_set_child (GTK_POPOVER (self), GTK_WIDGET (self->stack));
  gtk_widget_add_css_class (GTK_WIDGET (self), "passage-popover");
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);

  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>c", "copy");
    add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control><Shift>c", "cite");
    add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>Return", "save");
    gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  }
}

GtkWidget *
cmq_passage_popover_new (void)
{
  return g_object_new (CMQ_TYPE_PASSAGE_POPOVER, NULL);
}

void
cmq_passage_popover_show_choices (CmqPassagePopover *self, const char *colour, const char *note)
{
  g_return_if_fail (CMQ_IS_PASSAGE_POPOVER (self));

  /* The highlight's colour wears a check mark. */
  for (guint i = 0; cmq_passage_colours[i] != NULL; i++)
    {
      gboolean current = g_strcmp0 (colour, cmq_passage_colours[i]) == 0;

      if (current)
        gtk_button_set_icon_name (GTK_BUTTON (self->colour_buttons[i]), "object-select-symbolic");
      else
        gtk_button_set_child (GTK_BUTTON (self->colour_buttons[i]), NULL);
      gtk_accessible_update_state (
          GTK_ACCESSIBLE (self->colour_buttons[i]), GTK_ACCESSIBLE_STATE_PRESSED,
          current ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE, -1);
    }
  gtk_button_set_label (GTK_BUTTON (self->note_button),
                        note != NULL && *note != '\0' ? _("Edit _Note…") : _("Add _Note…"));
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->note_button))), 0);
  gtk_widget_set_visible (self->remove_button, colour != NULL);
  gtk_stack_set_visible_child_name (self->stack, "choices");
}

void
cmq_passage_popover_edit_note (CmqPassagePopover *self, const char *note)
{
  g_return_if_fail (CMQ_IS_PASSAGE_POPOVER (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), note != NULL ? note : "",
                            -1);
  self->note_changed = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "note");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

gboolean
cmq_passage_popover_is_editing_note (CmqPassagePopover *self)
{
  g_return_val_if_fail (CMQ_IS_PASSAGE_POPOVER (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "note") == 0;
}

GtkWidget *
cmq_passage_popover_get_button (CmqPassagePopover *self, const char *what)
{
  g_return_val_if_fail (CMQ_IS_PASSAGE_POPOVER (self), NULL);

  for (guint i = 0; cmq_passage_colours[i] != NULL; i++)
    if (g_strcmp0 (what, cmq_passage_colours[i]) == 0)
      return self->colour_buttons[i];
  if (g_strcmp0 (what, "note") == 0)
    return self->note_button;
  if (g_strcmp0 (what, "copy") == 0)
    return self->copy_button;
  if (g_strcmp0 (what, "cite") == 0)
    return self->cite_button;
  if (g_strcmp0 (what, "remove") == 0)
    return self->remove_button;
  if (g_strcmp0 (what, "save") == 0)
    return self->save_button;
  return NULL;
}

GtkTextView *
cmq_passage_popover_get_text_view (CmqPassagePopover *self)
{
  g_return_val_if_fail (CMQ_IS_PASSAGE_POPOVER (self), NULL);

  return self->text_view;
}
