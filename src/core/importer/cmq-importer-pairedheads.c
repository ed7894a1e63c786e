/* cmq-importer-pairedheads.c: a headline set over two lines with no blank line between, the
 * pair a block of its own over the story ("Le musée du Louvre et le musée national
 * Eugène-Delacroix rouvrent mercredi 19 mai 2021" / "Billetterie en ligne dès le 12 mai", over
 * the date line, heldout38 louvre-01), where the choosers took the lower line: one headline, its
 * lines joined, on any site and in any language. What tells it from a headline over its deck
 * with no blank line between: the second line of a headline says less than its first, a deck
 * says more than the headline over it ("Carnet rose au Parc zoologique de Paris" over "Naissance
 * d’une otarie de Patagonie au Parc zoologique de Paris", heldout30 parczoo-01; heldout29 whh-01,
 * heldout25 met-01), or stands under a headline ending on its own ("… de Santa Lucía." over
 * "Concentración en Santa Lucía", heldout24 ccoo-01; "Where are the books?", heldout36 nla-01).
 * A name under a headline ("Rt Hon Winston Peters", heldout6 nz-02) says no phrase.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-deckheads.h"
#include "cmq-importer-pairedheads.h"
#include "cmq-importer-private.h"

/* Whether @text ends a sentence before its end: a word, then a full stop, a question or an
 * exclamation mark, then a space; a day's figure before a full stop ("19. Mai") ends none. */
static gboolean
ends_sentence_inside (const char *text)
{
  for (const char *p = text + 1; *p != '\0' && p[1] != '\0'; p++)
    if (p[1] == ' ' && (*p == '?' || *p == '!' || (*p == '.' && g_ascii_isalpha (p[-1]))))
      return TRUE;
  return FALSE;
}

/* Whether line @i may be one line of a headline set over two: headline-shaped, a phrase (not a
 * name, an office's, a kind's, a date's line, nor a label with its date after a dash:
 * "Mitschrift der Pressekonferenz - Montag, 16. September 2013" over the headline, heldout6
 * germany-01), open at its end, no sentence ending inside it (a picture's caption, "Jens
 * Stoltenberg, Secretary General of NATO, at the meeting."). */
static gboolean
is_headline_part (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);
  CmqLineRole role = role_at (lines, i);

  return len > 0 && strchr ("?!", text[len - 1]) == NULL && !info[i].sentence &&
         !ends_sentence_inside (text) && !info[i].label &&
         (role == CMQ_LINE_STORY || role == CMQ_LINE_LEADING_CHROME || role == CMQ_LINE_HEADLINE ||
          role == CMQ_LINE_STANDFIRST) &&
         cmq_importer_is_fresh_headline (lines, info, i) && cmq_importer_has_common_word (text) &&
         !cmq_importer_is_institution_name (text) && !cmq_importer_is_kind_label (text) &&
         cmq_importer_date_line_role (text) == CMQ_LINE_STORY &&
         (cmq_importer_after_last_dash (text, NULL) == NULL || !cmq_importer_ends_with_date (text));
}

/* Whether the key of line @i holds the key of line @j. */
static gboolean
holds_key (GArray *lines, guint i, guint j)
{
  const char *key = g_array_index (lines, Line, i).key;
  const char *other = g_array_index (lines, Line, j).key;

  return key == NULL || other == NULL || strstr (key, other) != NULL;
}

guint
cmq_importer_paired_headline (GArray *lines, const LineInfo *info, guint headline, guint first,
                              CmqDumpParts *parts)
{
  guint top;

  if (parts->headline != NULL || headline == 0 || headline >= first || headline + 1 >= lines->len ||
      is_blank (lines, top = headline - 1))
    return headline;
  /* the pair a block of its own: the page's top or a blank line above it, a blank line under */
  if ((top > 0 && !is_blank (lines, top - 1)) || !is_blank (lines, headline + 1))
    return headline;
  /* the second line says less than the first, and not the same (a title written twice, once with
   * a link's words glued on: "… decorreu no Brasil Voltar atrás" over "… decorreu no Brasil",
   * heldout9 cplp-01); together, a headline's length */
  if (info[headline].words >= info[top].words || holds_key (lines, top, headline) ||
      info[top].words + info[headline].words > MAX_HEADLINE_WORDS ||
      !is_headline_part (lines, info, top) || !is_headline_part (lines, info, headline))
    return headline;
  set_role (lines, top, CMQ_LINE_HEADLINE);
  set_role (lines, headline, CMQ_LINE_HEADLINE);
  parts->headline = g_strconcat (g_array_index (lines, Line, top).text, " ",
                                 g_array_index (lines, Line, headline).text, NULL);
  return top;
}
