/* cmq-reader-view-print.c: the user's notes at the end of the printed page.
 *
 * Print and Save as PDF print the page the reader shows. When the notes are asked for, a section
 * is added at the end of the page by the app's own script, in its isolated world: every text is
 * set as textContent, never as markup, so a note cannot add anything to the page. reader.css
 * hides the section on screen and shows it on paper, with the notes' line breaks.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-reader-view"

#include "cmq-reader-view-private.h"

static const char print_notes_script[] = "(function (n) {"
                                         "  const old = document.getElementById ('print-notes');"
                                         "  if (old) old.remove ();"
                                         "  if (!n) return 0;"
                                         "  const s = document.createElement ('section');"
                                         "  const add = (tag, text, name) => {"
                                         "    const e = document.createElement (tag);"
                                         "    e.textContent = text;"
                                         "    if (name) e.className = name;"
                                         "    s.appendChild (e);"
                                         "  };"
                                         "  s.id = 'print-notes';"
                                         "  add ('h2', n.heading);"
                                         "  if (n.note) add ('p', n.note, 'note');"
                                         "  for (const p of n.passages) {"
                                         "    add ('h3', p.label);"
                                         "    add ('blockquote', p.quote);"
                                         "    if (p.note) add ('p', p.note, 'note');"
                                         "  }"
                                         "  document.body.appendChild (s);"
                                         "  return 1 + n.passages.length;"
                                         "}) (%s)";

static void
print_notes_set_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  if (value == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
cmq_reader_view_set_print_notes (CmqReaderView *self, const char *notes_json,
                                 GCancellable *cancellable, GAsyncReadyCallback callback,
                                 gpointer user_data)
{
  g_autofree char *script = NULL;
  GTask *task;

  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_reader_view_set_print_notes);
  script = g_strdup_printf (print_notes_script, notes_json != NULL ? notes_json : "null");
  webkit_web_view_evaluate_javascript (self->web_view, script, -1, SCRIPT_WORLD, NULL, cancellable,
                                       print_notes_set_cb, task);
}

gboolean
cmq_reader_view_set_print_notes_finish (CmqReaderView *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
