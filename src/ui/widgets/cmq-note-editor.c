/* cmq-note-editor.c: the note of the selected release, with a placeholder and a quiet
 * indicator that says when it is on disk.
 *
 * Every edit goes to the store at once (the store coalesces its saves), so whatever is in the
 * editor is also in memory when the selection changes, the window closes or a signal arrives.
 * Leaving the editor flushes, because that is when people expect their words to be kept. A change
 * made elsewhere (a sync tool, another window) is merged into the text shown, without moving the
 * cursor, also while the user types.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-note-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-note-editor.h"

struct _CmqNoteEditor
{
  GtkWidget parent_instance;

  GtkLabel *status_label;
  GtkTextView *text_view;
  GtkLabel *placeholder_label;

  CmqStore *store;
  CmqRelease *release;
  gboolean loading; /* the buffer is being filled from the store, not typed */
  gboolean edited;  /* typed since the release was shown, so "Saved" means something */
};

G_DEFINE_FINAL_TYPE (CmqNoteEditor, cmq_note_editor, GTK_TYPE_WIDGET)

static char *
buffer_text (CmqNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_placeholder (CmqNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_label),
                          gtk_text_buffer_get_char_count (buffer) == 0);
}

static void
set_status (CmqNoteEditor *self, const char *status, const char *tooltip, gboolean error)
{
  gtk_label_set_label (self->status_label, status);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), tooltip);
  if (error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static void
load_note (CmqNoteEditor *self)
{
  const char *note = "";

  if (self->store != NULL && self->release != NULL)
    note = cmq_store_get_note (self->store, cmq_release_get_id (self->release));
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), note, -1);
  self->loading = FALSE;
  update_placeholder (self);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer, CmqNoteEditor *self)
{
  g_autofree char *text = NULL;

  update_placeholder (self);
  if (self->loading || self->store == NULL || self->release == NULL)
    return;

  text = buffer_text (self);
  self->edited = TRUE;
  cmq_store_set_note (self->store, self->release, text);
  if (cmq_store_get_save_error (self->store) == NULL)
    set_status (self, "", NULL, FALSE);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller, CmqNoteEditor *self)
{
  /* The error, if any, is shown through "save-failed". */
  if (self->store != NULL && cmq_store_has_pending_changes (self->store))
    cmq_store_flush (self->store, NULL);
}

/* Where a character offset @offset of the old text is in the new one, when the characters from
 * @start to @start + @removed were replaced by @added others: before the change it stays, after
 * it it moves with the text around it, inside it it goes to the change's start. */
static int
moved_offset (int offset, int start, int removed, int added)
{
  if (offset <= start)
    return offset;
  if (offset >= start + removed)
    return offset + added - removed;
  return start;
}

/* Replaces the buffer's text by @note, changing only the part between their common start and
 * their common end, so that the cursor and the selection stay on the same words, and typing goes
 * on where it was. */
static void
merge_into_buffer (CmqNoteEditor *self, const char *old, const char *note)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gsize old_length = strlen (old), new_length = strlen (note);
  gsize prefix = 0, suffix = 0;
  int start, removed, added, cursor, bound;
  GtkTextIter from, to;

  while (prefix < old_length && prefix < new_length && old[prefix] == note[prefix])
    prefix++;
  while (prefix > 0 && (old[prefix] & 0xC0) == 0x80) /* not inside a character */
    prefix--;
  while (suffix < old_length - prefix && suffix < new_length - prefix &&
         old[old_length - 1 - suffix] == note[new_length - 1 - suffix])
    suffix++;
  while (suffix > 0 && (old[old_length - suffix] & 0xC0) == 0x80)
    suffix--;

  start = g_utf8_strlen (old, prefix);
  removed = g_utf8_strlen (old + prefix, old_length - suffix - prefix);
  added = g_utf8_strlen (note + prefix, new_length - suffix - prefix);
  gtk_text_buffer_get_selection_bounds (buffer, &from, &to);
  cursor = gtk_text_iter_get_offset (&from);
  bound = gtk_text_iter_get_offset (&to);

  self->loading = TRUE;
  /* Undoing must not take the other text out again without a word. */
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, start + removed);
  gtk_text_buffer_delete (buffer, &from, &to);
  gtk_text_buffer_insert (buffer, &from, note + prefix, new_length - suffix - prefix);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->loading = FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, moved_offset (cursor, start, removed, added));
  gtk_text_buffer_get_iter_at_offset (buffer, &to, moved_offset (bound, start, removed, added));
  gtk_text_buffer_select_range (buffer, &from, &to);
  update_placeholder (self);
}

static void
store_changed_cb (CmqStore *store, const char *id, CmqNoteEditor *self)
{
  g_autofree char *text = NULL;
  const char *note;
  const char *tooltip;

  if (self->release == NULL || g_strcmp0 (id, cmq_release_get_id (self->release)) != 0)
    return;
  /* Another program (or an import) changed this note. Each keystroke is in the store at once, so
   * what the store now holds already keeps what was typed (it merges, see cmq-store-merge.c):
   * the editor shows it at once, also while the user types, or their next keystroke would save
   * the text they see over the other one. */
  text = buffer_text (self);
  note = cmq_store_get_note (store, id);
  if (g_strcmp0 (text, note) == 0)
    return;
  merge_into_buffer (self, text, note);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    return;
  tooltip = _("This note was changed elsewhere too; both texts are kept");
  set_status (self, _("Merged"), tooltip, FALSE);
}

static void
store_saved_cb (CmqStore *store, CmqNoteEditor *self)
{
  if (self->edited)
    set_status (self, _("Saved"), NULL, FALSE);
  else
    set_status (self, "", NULL, FALSE);
}

static void
store_save_failed_cb (CmqStore *store, GError *error, CmqNoteEditor *self)
{
  set_status (self, _("Not saved"), error != NULL ? error->message : NULL, TRUE);
}

static void
disconnect_store (CmqNoteEditor *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

static void
cmq_note_editor_dispose (GObject *object)
{
  CmqNoteEditor *self = CMQ_NOTE_EDITOR (object);
  GtkWidget *child;

  disconnect_store (self);
  g_clear_object (&self->release);
  gtk_widget_dispose_template (GTK_WIDGET (object), CMQ_TYPE_NOTE_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cmq_note_editor_parent_class)->dispose (object);
}

static void
cmq_note_editor_class_init (CmqNoteEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cmq_note_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cmq-note-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqNoteEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, CmqNoteEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CmqNoteEditor, placeholder_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "noteeditor");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cmq_note_editor_init (CmqNoteEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (gtk_text_view_get_buffer (self->text_view), "changed",
                    G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);
  gtk_widget_set_sensitive (GTK_WIDGET (self->text_view), FALSE);
}

GtkWidget *
cmq_note_editor_new (void)
{
  return g_object_new (CMQ_TYPE_NOTE_EDITOR, NULL);
}

void
cmq_note_editor_set_store (CmqNoteEditor *self, CmqStore *store)
{
  g_return_if_fail (CMQ_IS_NOTE_EDITOR (self));
  g_return_if_fail (store == NULL || CMQ_IS_STORE (store));

  if (self->store == store)
    return;
  disconnect_store (self);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
      g_signal_connect (store, "saved", G_CALLBACK (store_saved_cb), self);
      g_signal_connect (store, "save-failed", G_CALLBACK (store_save_failed_cb), self);
    }
  load_note (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->text_view),
                            self->store != NULL && self->release != NULL);
}

void
cmq_note_editor_set_release (CmqNoteEditor *self, CmqRelease *release)
{
  g_return_if_fail (CMQ_IS_NOTE_EDITOR (self));
  g_return_if_fail (release == NULL || CMQ_IS_RELEASE (release));

  /* Reloading the same note would move the cursor of someone typing. */
  if (release == self->release)
    return;
  g_set_object (&self->release, release);
  self->edited = FALSE;
  if (self->store == NULL || cmq_store_get_save_error (self->store) == NULL)
    set_status (self, "", NULL, FALSE);
  load_note (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->text_view),
                            self->store != NULL && self->release != NULL);
}

CmqRelease *
cmq_note_editor_get_release (CmqNoteEditor *self)
{
  g_return_val_if_fail (CMQ_IS_NOTE_EDITOR (self), NULL);
  return self->release;
}

GtkTextView *
cmq_note_editor_get_text_view (CmqNoteEditor *self)
{
  g_return_val_if_fail (CMQ_IS_NOTE_EDITOR (self), NULL);
  return self->text_view;
}

const char *
cmq_note_editor_get_status (CmqNoteEditor *self)
{
  g_return_val_if_fail (CMQ_IS_NOTE_EDITOR (self), NULL);
  return gtk_label_get_label (self->status_label);
}
