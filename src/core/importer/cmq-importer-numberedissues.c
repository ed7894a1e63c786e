/* cmq-importer-numberedissues.c: a press service's number line, its name (or the release's
 * kind), the release's number and its date alone ("Parlamentskorrespondenz Nr. 964 vom
 * 22.11.2012", heldout39 parlament-01; "Pressemitteilung Nr. 12/2021 vom 3. Mai 2021";
 * "Communiqué n° 45 du 3 mai 2021"; "Press Release No. 12 of 3 May 2021"): the page's
 * release-date line, never its headline. A legal text's number and date ("Resolution No. 1325
 * of 31 October 2000", "Loi n° 2021-1104 du 22 août 2021") names what a story speaks of: not one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-importer-numberedissues.h"
#include "cmq-importer-private.h"

/* A number line is this short. */
#define MAX_NUMBER_LINE_CHARS 80
/* What follows the number: a date and little else. */
#define MAX_NUMBER_DATE_BYTES 30

/* The name (one or two words), the number's word and the number, then "of" in the languages read,
 * or a comma, and the date in group 2; group 1 is the name. */
#define NUMBER_LINE                                                                                \
  "^(\\p{L}[\\p{L}'-]+(?: \\p{L}[\\p{L}'-]+)?) (?:nr|no|n°|nº|n|num|nummer|numero)\\.? ?"        \
  "\\d{1,5}(?:[/-]\\d{2,4})?(?:,| (?:vom|of|du|del|van|dated|z dnia|dd|de))? (.+?)\\.?$"

/* The first words of the legal texts a story cites by their number and date. */
#define LEGAL_TEXTS                                                                                \
  "^(?:resolutions?|law|act|bill|decree|decision|directive|regulation|order|ordinance|treaty|"     \
  "convention|agreement|judgment|case|report|document|motion|amendment|loi|decret|arrete|"         \
  "ordonnance|reglement|traite|accord|arret|rapport|gesetz|verordnung|beschluss|erlass|urteil|"    \
  "drucksache|antrag|anfrage|ley|decreto|legge|sentenza|wet|besluit)\\b"

/* Whether the line is made of a word for a number ("Nr", "No", "n°") after a capitalised name:
 * the quick test before the pattern. */
static gboolean
has_number_word (const char *text)
{
  for (const char *p = strchr (text, ' '); p != NULL; p = strchr (p + 1, ' '))
    if ((p[1] == 'N' || p[1] == 'n') && (p[2] == 'r' || p[2] == 'o' || p[2] == 'u' || p[2] == '.' ||
                                         p[2] == ' ' || (guchar) p[2] == 0xC2))
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_is_numbered_issue_line (const char *text)
{
  static gsize initialised = 0, legal_init = 0;
  static CmqRegex *regex = NULL, *legal = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *date = NULL;

  if (!g_unichar_isupper (g_utf8_get_char (text)) ||
      cmq_importer_chars_up_to (text, MAX_NUMBER_LINE_CHARS + 1) > MAX_NUMBER_LINE_CHARS ||
      !has_number_word (text))
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex, NUMBER_LINE);
  if (cmq_regex_exec (regex, folded) < 3)
    return FALSE;
  date = cmq_regex_fetch (folded, 2);
  if (strlen (date) > MAX_NUMBER_DATE_BYTES || !cmq_date_states_full_date (date))
    return FALSE;
  cmq_regex_get (&legal_init, &legal, LEGAL_TEXTS);
  return !cmq_regex_match (legal, folded);
}
