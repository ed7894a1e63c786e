/* cmq-importer-organs.c: the organisation whose own organ (its board, committee, council,
 * conference…) is the subject of a release, tried when nothing else names the source. Shapes:
 * a headline, a line above the story or the lead that opens with the organ as the
 * organisation's, in the possessive ("UNDP:s styrelse välkomnar …", "The Bank of England's
 * Monetary Policy Committee (MPC) sets …"); and a line above the story that is all of the organ's
 * name, "ORGAN of ORGANISATION", whose members the lead opens with ("XI CONFERÊNCIA DE CHEFES DE
 * ESTADO E DE GOVERNO DA CPLP" over "1. Os Chefes de Estado e de Governo …"): the organ speaks.
 * And a headline addressing the organ, by a byline that is only the organisation's head's office
 * and name ("Opening Statement to the WFP Executive Board" over "Executive Director Josette
 * Sheeran"): the head speaks to its own organ.
 * A meeting an organisation holds ("NATO Defence Ministerial Meeting") is no organ, and an organ
 * named further on in a line ("Minister Sajjan attends …") is not the line's subject. The source
 * is the organisation, as the line writes it (its name in organisations.txt when it is there), when
 * the story names it too: never the organ, nor the organ's acronym ("MPC").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* An organisation's name before its organ is at most this many words. */
#define MAX_OWNER_WORDS 6
/* The organ's own words ("Monetary Policy") before the word for an organ, in the possessive. */
#define MAX_ORGAN_WORDS 3
/* Lines longer than this are searched for no organ. */
#define MAX_ORGAN_LINE_BYTES 600
/* The lead opens with the organ's members after at most this many words ("1. Os"). */
#define MAX_LEAD_WORDS_BEFORE 3

/* The words for an organ of an organisation (folded), in the languages the importer reads. */
static const char *const organ_words[] = {
  "board",      "committee",   "council",     "assembly",  "conference", "commission", "conseil",
  "comite",     "assemblee",   "consejo",     "conselho",  "comision",   "comissao",   "asamblea",
  "assembleia", "conferencia", "consiglio",   "comitato",  "assemblea",  "conferenza", "vorstand",
  "ausschuss",  "rat",         "versammlung", "konferenz", "styrelse",   "styrelsen",  "radet",
  "raad",       "bestuur",     "commissie",   "rada",      "zarzad",     "komitet",
};

static gboolean
is_organ_word (const char *word)
{
  g_autofree char *folded = cmq_importer_key (word);

  for (guint i = 0; i < G_N_ELEMENTS (organ_words); i++)
    if (strcmp (folded, organ_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @word is a preposition that joins an organ to its organisation ("of", "da"). */
static gboolean
is_of_word (const char *word)
{
  g_autofree char *folded = cmq_importer_key (word);
  static const char *const of_words[] = { "of",    "de",  "da",  "do",  "du",  "des",
                                          "della", "del", "der", "van", "dos", "das" };

  for (guint i = 0; i < G_N_ELEMENTS (of_words); i++)
    if (strcmp (folded, of_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @word is an ordinal in figures or Roman numerals ("XI", "12th", "3e", "1.º"). */
static gboolean
is_ordinal (const char *word)
{
  if (g_ascii_isdigit (*word))
    return TRUE;
  for (const char *p = word; *p != '\0'; p++)
    if (strchr ("IVXLC", *p) == NULL)
      return FALSE;
  return *word != '\0';
}

/* The organisation @name is, as a source: the known organisation when it is all of @name, else
 * @name when it is shaped as an institution's name, when the story names it too; or NULL. */
static char *
organisation_named (GArray *lines, const char *name)
{
  g_autofree char *key = cmq_importer_key (name);
  const char *known = NULL;
  guint words = cmq_importer_count_words (key);
  guint covered = 0;

  if (words == 0 || words > MAX_OWNER_WORDS)
    return NULL;
  if (cmq_importer_is_site_name (name, key))
    known = cmq_importer_organisation_of_line (name, key, &covered);
  /* a title line in capitals names it as the story does not: by the known name, then */
  if (known != NULL && covered == words &&
      (cmq_importer_story_names (lines, name) || cmq_importer_story_names (lines, known)))
    return g_strdup (known);
  if (cmq_importer_is_institution_name (name) && cmq_importer_story_names (lines, name))
    return g_strdup (name);
  return NULL;
}

/* Whether @text holds "'s", "’s" or ":s", in either case (or with a long s, which caseless
 * matching takes for an s): a cheap test before the possessive's pattern. */
static gboolean
may_be_possessive (const char *text)
{
  for (const char *p = strpbrk (text, "':\xE2"); p != NULL; p = strpbrk (p + 1, "':\xE2"))
    {
      const char *after = p + 1;

      if (*p == '\xE2' && strncmp (p, "’", strlen ("’")) != 0)
        continue;
      if (*p == '\xE2')
        after = p + strlen ("’");
      if (*after == 's' || *after == 'S' || strncmp (after, "ſ", strlen ("ſ")) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "UNDP:s styrelse …", "The Bank of England’s Monetary Policy Committee …": the organisation
 * whose organ, in the possessive, @text opens with (see organisation_named ()), or NULL. */
static char *
owner_of_opening_organ (GArray *lines, const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *rest = NULL;
  g_auto (GStrv) words = NULL;

  if (strnlen (text, MAX_ORGAN_LINE_BYTES) == MAX_ORGAN_LINE_BYTES || !may_be_possessive (text))
    return NULL;
  cmq_regex_get (&initialised, &regex, "^(?:the\\s+)?(\\S+(?:\\s\\S+){0,5}?)(?:'s|’s|:s)\\s+(.+)$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  owner = cmq_regex_fetch (text, 1);
  if (!g_unichar_isupper (g_utf8_get_char (owner)))
    return NULL;
  rest = cmq_regex_fetch (text, 2);
  words = g_strsplit (rest, " ", MAX_ORGAN_WORDS + 2);
  /* the organ's own words before it are a name's: "the Bank's new committee" names no organ */
  for (guint w = 0; w <= MAX_ORGAN_WORDS && words[w] != NULL; w++)
    {
      if (is_organ_word (words[w]))
        return organisation_named (lines, owner);
      if (!g_unichar_isupper (g_utf8_get_char (words[w])))
        return NULL;
    }
  return NULL;
}

/* The key of the first line of the story, or NULL. */
static char *
lead_key (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_STORY && *line->text != '\0')
        return cmq_importer_key (line->text);
    }
  return NULL;
}

/* Whether @lead (a key) opens with @members (a key), after at most MAX_LEAD_WORDS_BEFORE words. */
static gboolean
lead_opens_with (const char *lead, const char *members)
{
  g_autofree char *spaced = g_strconcat (" ", lead, " ", NULL);
  g_autofree char *wanted = g_strconcat (" ", members, " ", NULL);
  const char *at = strstr (spaced, wanted);
  guint before = 0;

  if (at == NULL || *members == '\0')
    return FALSE;
  for (const char *p = spaced + 1; p < at + 1; p++)
    before += *p == ' ';
  return before <= MAX_LEAD_WORDS_BEFORE;
}

/* "XI CONFERÊNCIA DE CHEFES DE ESTADO E DE GOVERNO DA CPLP": the organisation that @text, all of
 * an organ's name (an ordinal first, perhaps), ends with after its last "of", when the lead opens
 * with the organ's members (the words between the organ and its preposition, "Chefes de Estado e
 * de Governo"; see organisation_named ()), or NULL. */
static char *
owner_of_named_organ (GArray *lines, const char *text)
{
  g_auto (GStrv) words = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *members = NULL;
  g_autofree char *members_key = NULL;
  g_autofree char *lead = NULL;
  char *cut;
  guint n, organ, of = 0, first;

  if (strnlen (text, MAX_ORGAN_LINE_BYTES) == MAX_ORGAN_LINE_BYTES ||
      strpbrk (text, ".,;:!?()\"") != NULL)
    return NULL;
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  organ = n > 0 && is_ordinal (words[0]) ? 1 : 0;
  if (organ + 3 >= n || !is_organ_word (words[organ]) || !is_of_word (words[organ + 1]))
    return NULL;
  for (guint w = organ + 2; w + 1 < n; w++)
    of = is_of_word (words[w]) ? w : of;
  if (of == 0)
    return NULL;
  first = of + 1 < n && (g_ascii_strcasecmp (words[of + 1], "the") == 0) ? of + 2 : of + 1;
  if (first >= n)
    return NULL;
  owner = g_strjoinv (" ", words + first);
  /* the members' words end before "of": cut there for the join, then put the word back for
   * g_strfreev () */
  cut = words[of];
  words[of] = NULL;
  members = g_strjoinv (" ", words + organ + 2);
  words[of] = cut;
  members_key = cmq_importer_key (members);
  lead = lead_key (lines);
  if (lead == NULL || !lead_opens_with (lead, members_key))
    return NULL;
  return organisation_named (lines, owner);
}

/* Whether @text is only a head's office and a person's name ("Executive Director Josette
 * Sheeran"): the byline of the organisation's head, who addresses its own organ. */
static gboolean
is_head_byline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;
  g_auto (GStrv) words = NULL;

  if (strnlen (text, MAX_ORGAN_LINE_BYTES) == MAX_ORGAN_LINE_BYTES)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^(?:executive director|director[- ]general|secretary[- ]general|"
                 "managing director|administrator|high commissioner)\\s+(\\S+(?:\\s\\S+){1,3})$");
  if (!cmq_regex_match (regex, text))
    return FALSE;
  name = cmq_regex_fetch (text, 1);
  if (strpbrk (name, ",;:()0123456789") != NULL)
    return FALSE;
  words = g_strsplit (name, " ", -1);
  for (guint w = 0; words[w] != NULL; w++)
    if (!g_unichar_isupper (g_utf8_get_char (words[w])))
      return FALSE;
  return TRUE;
}

/* "Opening Statement to the WFP Executive Board" over "Executive Director Josette Sheeran": the
 * known organisation whose organ the headline @text addresses, "to the ORGANISATION [Words]
 * ORGAN", when a line above the story is only its head's office and name (a member's statement
 * to the same organ is its delegate's, not the head's) and the story names the organisation;
 * or NULL. */
static char *
owner_of_addressed_organ (GArray *lines, const char *text)
{
  const char *to = strstr (text, " to the ");
  g_auto (GStrv) words = NULL;
  gboolean byline = FALSE;

  if (to == NULL || strnlen (text, MAX_ORGAN_LINE_BYTES) == MAX_ORGAN_LINE_BYTES)
    return NULL;
  for (guint i = 0; i < lines->len && !byline; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY)
        break;
      byline = line->role != CMQ_LINE_HEADLINE && is_head_byline (line->text);
    }
  if (!byline)
    return NULL;
  words = g_strsplit (to + strlen (" to the "), " ", MAX_OWNER_WORDS + MAX_ORGAN_WORDS + 2);
  for (guint owner = 1; owner <= MAX_OWNER_WORDS && words[owner - 1] != NULL; owner++)
    for (guint w = owner; w <= owner + MAX_ORGAN_WORDS && words[w] != NULL; w++)
      {
        g_autofree char *name = NULL;
        g_autofree char *key = NULL;
        const char *known;
        char *saved;
        guint covered = 0;

        if (!g_unichar_isupper (g_utf8_get_char (words[w])))
          break;
        if (!is_organ_word (words[w]))
          continue;
        saved = words[owner];
        words[owner] = NULL;
        name = g_strjoinv (" ", words);
        words[owner] = saved;
        key = cmq_importer_key (name);
        known = cmq_importer_is_site_name (name, key)
                    ? cmq_importer_organisation_of_line (name, key, &covered)
                    : NULL;
        if (known != NULL && covered == cmq_importer_count_words (key) &&
            (cmq_importer_story_names (lines, name) || cmq_importer_story_names (lines, known)))
          return g_strdup (known);
        break;
      }
  return NULL;
}

/* The organisation whose organ a line above the story (the headline too) or the lead has as its
 * subject, by either shape, or NULL. */
char *
cmq_importer_find_organ_owner (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *owner;

      if (*line->text == '\0')
        continue;
      owner = owner_of_opening_organ (lines, line->text);
      if (owner == NULL && line->role != CMQ_LINE_STORY)
        owner = owner_of_named_organ (lines, line->text);
      if (owner == NULL && line->role == CMQ_LINE_HEADLINE)
        owner = owner_of_addressed_organ (lines, line->text);
      if (owner != NULL || line->role == CMQ_LINE_STORY)
        return owner;
    }
  return NULL;
}
