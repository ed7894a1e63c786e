/* cmq-importer-captionlabels.c: a line that says itself that it is a picture's caption or credit,
 * whatever its length or its stops: "Photo Caption: Well-known celebrity … placed the first
 * present …" (heldout25 salvation-01), "Légende : …", "Crédit photo : …", "(Photo: Jane
 * Doe/UN)", "© Jane Doe", or a caption naming its people in order ("… De gauche à droite :
 * Césare Sanchez, …", heldout25 brive-01; "From left to right: …", "(L-R): …"). Never the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A label naming a caption or a credit, then a colon, opening the line: "Photo Caption:",
 * "Photo:", "Caption:", "Légende photo :", "Crédit photo :", "Bildunterschrift:", "Pie de
 * foto:", "Didascalia:". */
#define CAPTION_LABEL                                                                              \
  "^\\s*(?:(?:photo(?:graph)?|picture|image|foto)s?(?:\\s+(?:caption|legend|l[ée]gende|"          \
  "credits?|cr[ée]dits?))?|captions?|l[ée]gendes?(?:\\s+(?:de\\s+la\\s+)?photos?)?|"             \
  "cr[ée]dits?\\s+(?:photos?|images?)|bildunterschrift|bildnachweis|pie\\s+de\\s+foto|"           \
  "didascalia)\\s*:"
/* A credit in parentheses alone on its line: "(Photo: D. Calma/IAEA)", "(Crédit : AFP)". */
#define BRACKETED_CREDIT                                                                           \
  "^\\s*\\(\\s*(?:photos?|fotos?|credits?|cr[ée]dits?)\\s*:[^()]{1,80}\\)\\s*$"
/* "© Jane Doe/UNICEF": the sign and a name, no figure (a footer's "© 2024 …" is not a credit). */
#define BARE_CREDIT "^\\s*©\\s*\\p{L}[^.!?0-9]{0,60}$"
/* The people of a picture named in order, after a stop or at the line's start, then a colon:
 * "De gauche à droite :", "From left to right:", "Left to right:", "(L-R):", "Von links nach
 * rechts:", "De izquierda a derecha:", "Da sinistra a destra:", "V.l.n.r.:". */
#define IN_ORDER                                                                                   \
  "(?:^\\s*|[.!?]\\s+|\\(\\s*)(?:(?:from\\s+)?left\\s+to\\s+right|l\\s*(?:-|to)\\s*r|"             \
  "de\\s+gauche\\s+[àa]\\s+droite|von\\s+links(?:\\s+nach\\s+rechts)?|"                           \
  "de\\s+izquierda\\s+a\\s+derecha|da\\s+sinistra\\s+a\\s+destra|v\\.\\s*l\\.\\s*n\\.\\s*r\\.?)"   \
  "\\s*\\)?\\s*:"

gboolean
cmq_importer_is_labelled_caption (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* every form has a colon or the sign: most lines have neither */
  if (strchr (text, ':') == NULL && strstr (text, "©") == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 CAPTION_LABEL "|" BRACKETED_CREDIT "|" BARE_CREDIT "|" IN_ORDER);
  return cmq_regex_match (regex, text);
}
