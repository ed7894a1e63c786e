/* cmq-date-reported.c: a story's date governed by a past participle without a verb of its own,
 * the day of an earlier event the release reports, not the release's own: a participle after
 * "as", "tel que" or "comme" ("as announced on 3 May", "the statutes as presented to the cabinet
 * on 16 January", "tels que présentés en Conseil des ministres le 16 janvier") or agreed right
 * after the noun it qualifies ("les statuts présentés le 16 janvier"), or after a legal act ("le
 * décret n°08-039/PM-RM signé par le Premier ministre le 22 janvier 2008", "the decree signed
 * by the President on 22 January 2008": the act's day). A relative clause in a
 * past tense ("which were presented on", "qui a été présenté le") is cmq-date-pastclauses.c's; a
 * past tense in the main clause, active or passive ("The minister signed the agreement on 3 May",
 * "Firefighters were called on Wednesday 28 March"), still dates the release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-reported.h"
#include "cmq-importer-private.h"

/* English past participles: a regular ending or a common irregular one. */
#define EN_PARTICIPLE                                                                              \
  "(?:\\p{L}{2,}ed|made|given|held|taken|met|sent|written|spoken|begun|won|seen|brought|led|"      \
  "told|paid|set|put|shown|chosen|drawn|known|laid|sold|struck|found|heard|kept|done)"
/* French past participles, agreed or not: "présenté(e)(s)", "remis(e)(s)", "produit(e)(s)",
 * "ouvert(e)(s)", "rendu(e)(s)". */
#define FR_PARTICIPLE                                                                              \
  "\\p{L}+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|ert|erte|erts|ertes|u|ue|us|ues)"
/* A few words of the clause, letters only, one space apart: a comma or a colon ends it, and so
 * does a verb of its own ("la ministre déléguée à l'Industrie a signé le 3 mai": the main clause
 * goes on, and dates the release). */
#define CLAUSE_WORDS                                                                               \
  "(?: (?!(?:a|ont|est|sont|avait|avaient|était|étaient|fut|furent|sera|seront|va|vont|is|are|"  \
  "was|were|has|have|had|will|did|does)(?!\\p{L}))[\\p{L}'’-]+){0,6}?"
/* The day, in group 1: "on 3 May", "on Monday, 3 May", "on May 3", "of 1 June" */
#define EN_DAY " (?:on|of) (?:\\p{L}+,? )?(?:the )?(\\d{1,2})(?!\\d)"
/* "le 16 janvier", "le mardi 16 janvier", "du 1er juin" */
#define FR_DAY " (?:le|du) (?:\\p{L}+ )?(\\d{1,2})(?:er)?(?!\\d)"
/* Participles of a page's own stamp ("publié le", "mis à jour le"): the page's day, not a past
 * event's, never read here. */
#define FR_STAMP "(?!publi|mis |mise |diffus|actualis|modifi|post|édit)"

/* Legal acts, singular or plural, and the number one may bear ("n°08-039/PM-RM", "No. 12"). */
#define FR_ACT                                                                                     \
  "(?:décret|decret|loi|arrêté|arrete|ordonnance|circulaire|directive|règlement|reglement)s?"
#define EN_ACT     "(?:decree|law|act|regulation|ordinance|directive|statute)s?"
#define ACT_NUMBER "(?:\\s+(?:n\\s*°|no\\.?|nr\\.?|number)?\\s*[\\w./-]*\\d[\\w./-]*)?"

/* Each pattern catches the day governed by the participle in its group 1. */
static const char *const participle_clauses[] = {
  /* "as announced on 3 May", "as presented to the Council on 16 January" */
  "(?<!\\p{L})as " EN_PARTICIPLE CLAUSE_WORDS EN_DAY,
  /* "tels que présentés en Conseil des ministres le 16 janvier", "comme annoncé le 3 mai" */
  "(?<!\\p{L})(?:(?:tel|telle|tels|telles|ainsi) que|comme) " FR_PARTICIPLE CLAUSE_WORDS FR_DAY,
  /* "les statuts présentés en Conseil des ministres le 16 janvier": a participle agreed in the
   * plural or the feminine right after its noun (a bare "présenté" may be a past tense's) */
  "(?<!\\p{L})(?:les|des|aux|ces|ses|leurs|la|sa|cette) \\p{L}{3,} " FR_STAMP
  "\\p{L}+(?:ée|és|ées|ises|ites|erts|ertes)" CLAUSE_WORDS FR_DAY,
  /* "le décret n°08-039/PM-RM signé par le Premier ministre le 22 janvier 2008" (heldout37
   * mali-01), "la loi adoptée par le Parlement le 3 mai": a legal act and its participle, the
   * act's day; no French simple past is written like a participle, so even a bare "signé" is one */
  "(?<!\\p{L})" FR_ACT ACT_NUMBER " " FR_PARTICIPLE CLAUSE_WORDS FR_DAY,
  /* "the decree signed by the President on 22 January 2008", "the Act passed by Parliament on 3
   * May": "by" tells the participle from a simple past ("the law passed on 3 May") */
  "(?<!\\p{L})" EN_ACT ACT_NUMBER " " EN_PARTICIPLE " by" CLAUSE_WORDS EN_DAY,
};

/* A match of each pattern above holds one of these words with its spaces (EN_DAY's or FR_DAY's):
 * they are looked for in the sentence in ASCII lower case before the pattern runs. No character
 * but the ASCII capitals matches "d", "e", "f", "l", "n", "o" or "u" caselessly, so a sentence
 * without them cannot match. */
static const char *const clause_days[G_N_ELEMENTS (participle_clauses)][3] = {
  { " on ", " of ", NULL }, { " le ", " du ", NULL }, { " le ", " du ", NULL },
  { " le ", " du ", NULL }, { " on ", " of ", NULL },
};

/* What each act of FR_ACT and EN_ACT holds in ASCII lower case ("décret" holds "cret", "arrêté"
 * "arr", "règlement" "glement"): a sentence with none of them spares the last two patterns. */
static const char *const act_stems[] = {
  "cret",    "decree", "loi", "arr",        "ordonnance", "circulaire", "directive",
  "glement", "law",    "act", "regulation", "statute",    NULL,
};
#define FIRST_ACT_PATTERN 3

static gboolean
holds_act (const char *lower)
{
  for (guint i = 0; act_stems[i] != NULL; i++)
    if (strstr (lower, act_stems[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
cmq_date_participle_governs_day (const char *sentence, guint day)
{
  static gsize initialised[G_N_ELEMENTS (participle_clauses)];
  static CmqRegex *regexes[G_N_ELEMENTS (participle_clauses)];
  g_autofree char *lower = NULL;

  if (sentence == NULL || day == 0)
    return FALSE;
  lower = g_ascii_strdown (sentence, -1);
  for (guint i = 0; i < G_N_ELEMENTS (participle_clauses); i++)
    {
      CmqRegex *regex;

      if (strstr (lower, clause_days[i][0]) == NULL && strstr (lower, clause_days[i][1]) == NULL)
        continue;
      if (i >= FIRST_ACT_PATTERN && !holds_act (lower))
        break;
      regex = cmq_regex_get (&initialised[i], &regexes[i], participle_clauses[i]);
      if (cmq_date_group_holds_day (regex, sentence, G_MAXSIZE, day))
        return TRUE;
    }
  return FALSE;
}
