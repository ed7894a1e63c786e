/* cmq-importer-presented.c: the issuer that a dump's own lines present, tried after every other
 * way of cmq-importer-source.c: a repost's line saying who issued the release and when ("The
 * press release issued by the Mayor of London on 14 October 2022."), a news service's credit
 * ("The Health Foundation posted the following news release:"), a press-release portal's
 * dated credit ("Pressemitteilung der Firma Deutsches Rotes Kreuz (DRK), 03.05.2012", "[X (ABBR)
 * - 03.05.2012]"), a list page's description ("Latest press releases from X, as well as …"),
 * the issuer a release opens with announcing ("Chatham House is pleased to announce …"), and the
 * organisation's name alone heading its "about" note after the story ("UNAIDS" over "The Joint
 * United Nations Programme on HIV/AIDS (UNAIDS) leads …"), and the signature after the story
 * that repeats the words the lead opens with. Every name returned is written in
 * the dump, and each shape carries its own check: a date, an acronym that spells the name, the
 * story naming it, the note presenting it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Lines longer than this are paragraphs, never a credit or a heading. */
#define MAX_CREDIT_LINE_BYTES 300

/* An acronym in parentheses has at most this many letters. */
#define MAX_ACRONYM_LETTERS 10

/* A known organisation's name when it is all of @name, else @name as written. */
static char *
known_or_written (char *name)
{
  g_autofree char *key = cmq_importer_key (name);
  const char *known;
  guint words;

  if (!cmq_importer_is_site_name (name, key))
    return name;
  known = cmq_importer_organisation_of_line (name, key, &words);
  if (known == NULL || words < cmq_importer_count_words (key))
    return name;
  g_free (name);
  return g_strdup (known);
}

/* Whether @text, a line shorter than MAX_CREDIT_LINE_BYTES, holds the end of one of
 * issuer_of_issued_line ()'s phrases ("issued by", "publiée par", "herausgegeben von", "emitido
 * por", "diffuso da"), in either case (their letters have none outside ASCII): a cheap test
 * before its pattern. */
static gboolean
may_name_issuer (const char *text)
{
  static const char *const ends[] = { "d by", " par", " von", " por", "o da" };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
    if (strstr (lower, ends[e]) != NULL)
      return TRUE;
  return FALSE;
}

/* "The press release issued by the Mayor of London on 14 October 2022.", "Communiqué publié par
 * la Préfecture du Nord le 3 mai 2012", "herausgegeben von X am 3. Mai 2012": a line that is
 * only who issued the release and when; that issuer, as written, or NULL. A sentence that goes
 * on after the date ("… on 3 May said that …") is none. The name runs to the last preposition
 * before the date: "Préfecture du Lac le 3 mars" is the Préfecture du Lac's. */
static char *
issuer_of_issued_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  if (strnlen (text, MAX_CREDIT_LINE_BYTES) == MAX_CREDIT_LINE_BYTES || !may_name_issuer (text))
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(?:[\\w’'-]+\\s+){0,4}?(?:(?:was|a été|wurde)\\s+)?"
                 "(?:issued by|published by|released by|publiée? par|diffusée? par|"
                 "herausgegeben von|veröffentlicht von|emitido por|publicado por|"
                 "pubblicato da|diffuso da)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]\\s*|der\\s+|"
                 "dem\\s+|el\\s+|il\\s+)?([^,;:()]+)\\s+"
                 "(?:on|le|du|am|vom|el|il|del)\\s+[^!?]{3,40}?\\b\\d{4}\\s*\\.?$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  return cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

/* "LONDON, England, June 5 -- The Health Foundation posted the following news release:", "X
 * issued the following statement:": a news service's line crediting a release it carries; that
 * issuer, as written, when it is shaped as an institution's name or is a known organisation's
 * (never "The Prime Minister", a person's office), or NULL. */
static char *
issuer_of_following_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  guint words = 0;

  if (strnlen (text, MAX_CREDIT_LINE_BYTES) == MAX_CREDIT_LINE_BYTES ||
      strstr (text, "following") == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(?:[^–—]{2,60}?\\s+(?:--|–|—)\\s+)?(?:the\\s+)?([^,;:()–—]{2,80}?)\\s+"
                 "(?:posted|issued|released|published|distributed)\\s+the following\\s+"
                 "(?:[\\w-]+\\s+){0,2}?(?:release|statement|announcement|communiqu[ée]|text)"
                 "\\s*:?$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  key = cmq_importer_key (name);
  if (!cmq_importer_is_label_name (name))
    return NULL;
  if (cmq_importer_is_institution_name (name) ||
      (cmq_importer_is_site_name (name, key) &&
       cmq_importer_organisation_of_line (name, key, &words) != NULL &&
       words == cmq_importer_count_words (key)))
    return g_steal_pointer (&name);
  return NULL;
}

/* The name whose words' capitals spell @acronym, among the words of @text that end at @end: the
 * fewest last words that do, skipping a name's small words between them ("Bank of England" for
 * "BoE"), as written, or NULL. */
static char *
name_spelt_by (const char *text, const char *end, const char *acronym)
{
  char letters[MAX_ACRONYM_LETTERS + 1];
  guint n = 0;
  g_autofree char *before = g_strndup (text, end - text);
  g_auto (GStrv) words = NULL;
  guint count;

  for (const char *p = acronym; *p != '\0'; p++)
    if (g_ascii_isupper (*p) && n < MAX_ACRONYM_LETTERS)
      letters[n++] = *p;
  if (n < 2)
    return NULL;
  words = g_strsplit (g_strstrip (before), " ", -1);
  count = g_strv_length (words);
  for (guint w = count; w-- > 0;)
    {
      gsize skip;

      /* "[Deutsches Rotes Kreuz (DRK) - …]": a bracket or quote mark before a word is not the
       * name's */
      skip = strspn (words[w], "[\"");
      memmove (words[w], words[w] + skip, strlen (words[w] + skip) + 1);
      if (n > 0 && words[w][0] == letters[n - 1])
        n--;
      else if (w + 1 == count || !cmq_importer_is_name_small_word (words[w]))
        return NULL;
      if (n == 0)
        return count - w >= 2 ? g_strjoinv (" ", words + w) : NULL;
    }
  return NULL;
}

/* "Pressemitteilung der Firma Deutsches Rotes Kreuz (DRK), 03.05.2012", "[Deutsches Rotes Kreuz
 * (DRK) - 03.05.2012]": a portal's credit, a name, its acronym in parentheses and the date right
 * after it; the name that the acronym spells, as written, or NULL. */
static char *
name_of_dated_credit (const char *text)
{
  for (const char *open = strchr (text, '('); open != NULL; open = strchr (open + 1, '('))
    {
      const char *close = strchr (open, ')');
      const char *after;
      g_autofree char *acronym = NULL;
      char *name;

      if (close == NULL || open == text || open[-1] != ' ' || close - open - 1 < 2 ||
          close - open - 1 > MAX_ACRONYM_LETTERS)
        continue;
      after = close + 1;
      while (*after == ' ')
        after++;
      if (*after == ',' || *after == '-')
        after++;
      else if (g_str_has_prefix (after, "–") || g_str_has_prefix (after, "—"))
        after += strlen ("–");
      else
        continue;
      while (*after == ' ')
        after++;
      if (!g_ascii_isdigit (*after))
        continue;
      acronym = g_strndup (open + 1, close - open - 1);
      if (!g_ascii_isupper (*acronym) ||
          strspn (acronym, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                           "abcdefghijklmnopqrstuvwxyz&") != strlen (acronym))
        continue;
      name = name_spelt_by (text, open, acronym);
      if (name != NULL)
        return name;
    }
  return NULL;
}

/* "Latest press releases from Cancer Research UK, as well as the National Cancer Research
 * Institute …": a list page's description; the first publisher it names, as written, or NULL. */
static char *
name_of_list_description (const char *text)
{
  g_autofree char *name = NULL;

  if (strnlen (text, MAX_CREDIT_LINE_BYTES) == MAX_CREDIT_LINE_BYTES)
    return NULL;
  name = cmq_importer_name_after_opening_in_clause (text, CMQ_PRESENTING_NEWS);
  return name != NULL && cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

/* "Chatham House is pleased to announce …", "La Fondation du Lac a le plaisir d'annoncer …": the
 * press release's own opening, its issuer announcing; that issuer, as written, or NULL. A name of
 * one word that is no acronym ("We are pleased …") names nobody. */
static char *
name_pleased_to_announce (const char *text)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;

  if (strnlen (text, MAX_CREDIT_LINE_BYTES) == MAX_CREDIT_LINE_BYTES)
    return NULL;
  name = cmq_importer_name_before_closing (text, CMQ_PRESENTING_ANNOUNCE);
  if (name == NULL)
    return NULL;
  key = cmq_importer_key (name);
  if (!cmq_importer_is_label_name (name) ||
      (cmq_importer_count_words (key) < 2 && strspn (name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") < 2) ||
      cmq_importer_is_inner_body (name))
    return NULL;
  return g_steal_pointer (&name);
}

/* Whether @name is a person's, as far as the story tells: a title before it ("Sir Nigel
 * Sheinwald"), or a story line that names its last word without the rest of it (a surname). */
static gboolean
may_be_person (GArray *lines, const char *name)
{
  static const char *const titles[] = { "Sir ",       "Dame ", "Lord ", "Lady ", "Dr ",
                                        "Dr. ",       "Mr ",   "Mrs ",  "Ms ",   "Prof ",
                                        "Professor ", "M. ",   "Mme " };
  const char *last = strrchr (name, ' ');

  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    if (g_str_has_prefix (name, titles[t]))
      return TRUE;
  if (last == NULL)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_STORY && cmq_importer_has_word (line->text, last + 1) &&
          !cmq_importer_has_word (line->text, name))
        return TRUE;
    }
  return FALSE;
}

/* Whether a story line outside lines @from to @to names @name as a whole word. */
static gboolean
named_elsewhere (GArray *lines, guint from, guint to, const char *name)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if ((i < from || i > to) && line->role == CMQ_LINE_STORY &&
          cmq_importer_has_word (line->text, name))
        return TRUE;
    }
  return FALSE;
}

/* The issuer that a line above the story or its first paragraph presents: a repost's "issued
 * by" line, a portal's dated credit, a list's description or an issuer announcing (when
 * another story line names it, not as a person); or NULL. */
static char *
find_credited_issuer (GArray *lines)
{
  gboolean story = FALSE;
  gboolean listed = FALSE;
  gboolean announced = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *name;

      /* the headline too: a line of these shapes is no headline, whichever the importer took */
      if (*line->text == '\0')
        continue;
      if (story && line->role == CMQ_LINE_STORY)
        break;
      story |= line->role == CMQ_LINE_STORY;
      if ((name = issuer_of_issued_line (line->text)) != NULL ||
          (name = issuer_of_following_line (line->text)) != NULL ||
          (name = name_of_dated_credit (line->text)) != NULL)
        return name;
      /* only the first of each, so that the story is read a bounded number of times */
      name = listed ? NULL : name_of_list_description (line->text);
      listed |= name != NULL;
      if (name != NULL && named_elsewhere (lines, i, i, name))
        return name;
      g_free (name);
      name = announced ? NULL : name_pleased_to_announce (line->text);
      announced |= name != NULL;
      if (name != NULL && named_elsewhere (lines, i, i, name) && !may_be_person (lines, name))
        return name;
      g_free (name);
    }
  return NULL;
}

/* Whether @text, the paragraph under a heading @name, presents it: says what it is ("Chatham
 * House is …", "X est …"), or gives it in parentheses in its first sentence ("The Joint United
 * Nations Programme on HIV/AIDS (UNAIDS) leads …"). A paragraph that only opens with the name
 * ("UNAIDS said today …") tells the story. */
static gboolean
presents (const char *text, const char *name)
{
  static const char *const verbs[] = { " is ", " est ", " ist ", " es ", " è ", " is, " };
  g_autofree char *bracketed = g_strconcat ("(", name, ")", NULL);
  const char *at = strstr (text, bracketed);
  const char *stop = strstr (text, ". ");
  gsize n = strlen (name);

  for (guint v = 0; v < G_N_ELEMENTS (verbs); v++)
    if (strncmp (text, name, n) == 0 && g_str_has_prefix (text + n, verbs[v]))
      return TRUE;
  return at != NULL && (stop == NULL || at < stop);
}

/* "UNAIDS" over "The Joint United Nations Programme on HIV/AIDS (UNAIDS) leads …": after the
 * story's first line, the first organisation's name alone over the paragraph that presents it
 * (its "about" note), when another story line names it; as written, or NULL. A partner's note
 * comes after the issuer's. */
static char *
find_note_heading (GArray *lines)
{
  gboolean story = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const Line *below = NULL;
      guint j;

      if (*line->text == '\0')
        continue;
      if (!story || line->role == CMQ_LINE_HEADLINE ||
          strnlen (line->text, MAX_CREDIT_LINE_BYTES) == MAX_CREDIT_LINE_BYTES ||
          !cmq_importer_is_label_name (line->text))
        {
          story |= line->role == CMQ_LINE_STORY;
          continue;
        }
      for (j = i + 1; j < lines->len && below == NULL; j++)
        if (*g_array_index (lines, Line, j).text != '\0')
          below = &g_array_index (lines, Line, j);
      /* the first note only: the story is read once */
      if (below != NULL && presents (below->text, line->text))
        return named_elsewhere (lines, i, j - 1, line->text) ? g_strdup (line->text) : NULL;
    }
  return NULL;
}

/* A signature names its issuer in this many words. */
#define MIN_SIGNATURE_WORDS 3
#define MAX_SIGNATURE_WORDS 10

/* "Les élu-es communistes-Front de Gauche de Paris" after a story whose lead opens "Les élu-es
 * communistes-Front de Gauche de Paris dénoncent …": a line after the lead, outside the story,
 * that is all of the words the lead opens with, a capital first and no sentence punctuation or
 * digit: the issuer signing the release it is the subject of; as written, or NULL. */
static char *
find_signature (GArray *lines)
{
  const Line *lead_line = NULL;
  g_autofree char *lead = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *key = NULL;
      guint words;

      if (*line->text == '\0' || (lead_line == NULL && line->role != CMQ_LINE_STORY))
        continue;
      if (lead_line == NULL)
        {
          lead_line = line;
          continue;
        }
      if (line->role == CMQ_LINE_STORY ||
          strnlen (line->text, MAX_CREDIT_LINE_BYTES) == MAX_CREDIT_LINE_BYTES ||
          !g_unichar_isupper (g_utf8_get_char (line->text)) ||
          strpbrk (line->text, ".!?:;,0123456789@|") != NULL)
        continue;
      /* words as written: "élu-es" is one */
      words = 1;
      for (const char *p = line->text; *p != '\0'; p++)
        words += *p == ' ';
      if (words < MIN_SIGNATURE_WORDS || words > MAX_SIGNATURE_WORDS)
        continue;
      /* the lead's key only once a line may be its signature */
      if (lead == NULL)
        {
          g_autofree char *key_of_lead = cmq_importer_key (lead_line->text);

          lead = g_strconcat (key_of_lead, " ", NULL);
        }
      key = cmq_importer_key (line->text);
      if (g_str_has_prefix (lead, key) && lead[strlen (key)] == ' ')
        return g_strdup (line->text);
    }
  return NULL;
}

/* The issuer that the dump's credit lines or an "about" note's heading present, as the known
 * organisation's name when it is all of it, or NULL. */
char *
cmq_importer_find_presented_issuer (GArray *lines)
{
  char *name = find_credited_issuer (lines);

  if (name == NULL)
    name = find_note_heading (lines);
  if (name == NULL)
    name = find_signature (lines);
  return name != NULL ? known_or_written (name) : NULL;
}
