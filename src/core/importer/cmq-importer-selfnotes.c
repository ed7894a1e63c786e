/* cmq-importer-selfnotes.c: the site's note about the text at the end of the dump, a sentence
 * that speaks of the page itself and of its publishing ("Diese Meldung ist vor 2018 erschienen.
 * Gegenüber der ursprünglichen Fassung sind alle Bilder … entfernt worden.", heldout31 kapo-01;
 * "This release was published before the site moved…", "Cet article a été archivé…"): the site
 * says what became of the text, the story does not speak of itself so. Only among the last few
 * lines of the dump, and only as a sentence of its own line's start: a story sentence that
 * quotes "this article" further in is left alone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The note and what follows it (a contact prompt, a last word of the site) are this many lines
 * at most. */
#define MAX_NOTE_LINES 3

/* A line of the note is this long at most: a note, not a paragraph. */
#define MAX_NOTE_WORDS 60

/* On the line's key (lower case, no accents, no punctuation), in en fr de nl es it pt: the text
 * named with "this" ("This release", "Diese Meldung", "Cet article", "Deze pagina"), then, in its
 * first few words, a verb of publishing, archiving or moving it, as a participle. */
#define SELF_NOTE_PATTERN                                                                          \
  "^(?:this|the present|diese[rs]?|ce|cet|cette|le present|la presente|deze|dit|este|esta|"        \
  "questo|questa)\\s(?:press\\s|media\\s|news\\s)?"                                                \
  "(?:release|article|news item|item|page|text|post|story|message|meldung|mitteilung|"             \
  "medienmitteilung|pressemitteilung|nachricht|artikel|beitrag|seite|communique|texte|"            \
  "actualite|bericht|persbericht|pagina|comunicado|comunicato|articulo|articolo|"                  \
  "noticia|notizia)\\s(?:\\S+\\s){0,6}?"                                                           \
  "(?:published|posted|archived|migrated|moved|erschienen|veroffentlicht|archiviert|"              \
  "publiee?|parue?|archivee?|gepubliceerd|verschenen|gearchiveerd|publicad[oa]|archivad[oa]|"      \
  "pubblicat[oa]|archiviat[oa])\\b"

guint
cmq_importer_self_note_start (GArray *lines, const LineInfo *info, guint first)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  guint n_lines = 0;

  cmq_regex_get (&initialised, &regex, SELF_NOTE_PATTERN);
  for (guint i = lines->len; i-- > first + 1 && n_lines < MAX_NOTE_LINES;)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (is_blank (lines, i))
        continue;
      if (info[i].words > MAX_NOTE_WORDS)
        return lines->len;
      n_lines++;
      if (line->key != NULL && info[i].sentence && cmq_regex_match (regex, line->key))
        return i;
    }
  return lines->len;
}
