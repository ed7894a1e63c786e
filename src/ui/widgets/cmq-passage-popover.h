/* cmq-passage-popover.h: what can be done with the words selected in the reader, or with a
 * highlight: a colour, a note, copy, copy with citation, remove.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CMQ_TYPE_PASSAGE_POPOVER (cmq_passage_popover_get_type ())
G_DECLARE_FINAL_TYPE (CmqPassagePopover, cmq_passage_popover, CMQ, PASSAGE_POPOVER, GtkPopover)

/* The highlight colours, as reader.css names them; NULL-terminated. */
extern const char *const cmq_passage_colours[];

GtkWidget *cmq_passage_popover_new (void);
/* Shows the choices about words selected (@colour NULL) or about a highlight of @colour with
 * @note (nullable). */
void cmq_passage_popover_show_choices (CmqPassagePopover *self, const char *colour,
                                       const char *note);
/* Shows the note editor with @note (nullable), the text ready to type. */
void cmq_passage_popover_edit_note (CmqPassagePopover *self, const char *note);
gboolean cmq_passage_popover_is_editing_note (CmqPassagePopover *self);

/* Signals: "chosen" (const char *what): a colour of cmq_passage_colours, or "note", "copy",
 * "cite" or "remove"; "note-saved" (const char *note): the note editor's text, when Save is
 * pressed or the popover closes with a changed note (nothing typed is lost). */

/* For tests: the button of @what (as "chosen" says it); the note's text view. */
GtkWidget *cmq_passage_popover_get_button (CmqPassagePopover *self, const char *what);
GtkTextView *cmq_passage_popover_get_text_view (CmqPassagePopover *self);

G_END_DECLS
