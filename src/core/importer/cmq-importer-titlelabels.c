/* cmq-importer-titlelabels.c: what a site writes into its headline's line that is not the
 * headline, whatever the site and the language: a kind label in capitals glued before it, and
 * the month of the release in square brackets after it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The headline after a glued label has this many words at least. */
#define MIN_GLUED_HEADLINE_WORDS 3

/* Whether the word at @word, @n bytes long, is written in capitals: letters, every one upper
 * case ("RELEASE", "PRESSEMITTEILUNG"). */
static gboolean
is_caps_word (const char *word, gsize n)
{
  gboolean letters = FALSE;

  for (const char *p = word; p < word + n; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          letters = TRUE;
        }
    }
  return letters;
}

/* @headline without a kind label written in capitals and glued before it with no colon ("FOR
 * IMMEDIATE RELEASE threatens global economic recovery…", heldout20 ti-01; "PRESS RELEASE New
 * …"): the capitals stop where the headline starts, and they say the release's kind alone (the
 * lexicon's label, nothing else). A headline in capitals throughout keeps its words. */
const char *
cmq_importer_skip_caps_kind_label (const char *headline)
{
  const char *p = headline;
  const char *caps_end = NULL;
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  while (*p != '\0')
    {
      gsize n = strcspn (p, " ");

      if (!is_caps_word (p, n))
        break;
      caps_end = p + n;
      p += n;
      while (*p == ' ')
        p++;
    }
  if (caps_end == NULL || *p == '\0' || cmq_importer_count_words (p) < MIN_GLUED_HEADLINE_WORDS)
    return headline;
  label = g_strndup (headline, caps_end - headline);
  folded = cmq_importer_fold (label);
  return cmq_importer_kind_of_start (folded, TRUE) != NULL ? p : headline;
}

/* @headline without the month of the release in square brackets after it ("Showcasing
 * home-grown Scottish talent to the world [August 2023]", heldout20 scotgov-01): a site's mark of
 * when, not words of the headline; NULL when there is none. Only square brackets, and only a
 * month and a year, with a day or not: a date in parentheses is often the headline's own ("Point
 * de presse (25 janvier 2024)"). */
char *
cmq_importer_drop_bracketed_month (const char *headline)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &initialised, &regex,
      "^(.*\\S)\\s*\\[\\s*(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+)?(?i:" CMQ_IMPORTER_MONTHS_EN_FR
      ")\\.?\\s+\\d{4}\\s*\\]$");
  if (strchr (headline, '[') == NULL || !cmq_regex_match (regex, headline))
    return NULL;
  return cmq_regex_fetch (headline, 1);
}

/* Words that say who issued a release after its kind ("PRESS RELEASE from …", "COMMUNIQUÉ DE
 * PRESSE de la …", "PRESSEMITTEILUNG von …"), and the articles that may follow them. */
static const char *const issuer_words[] = {
  "from", "by",    "de",  "du", "des", "d'",  "von", "vom", "der", "van",
  "di",   "della", "del", "da", "do",  "dos", "od",  "z",   NULL,
};
static const char *const articles[] = {
  "the", "la", "le", "les", "l'", "der", "die", "das", "het", "de", "el", "il", "o", "a", NULL,
};
/* The issuer's name after them has at most this many words. */
#define MAX_ISSUER_WORDS 6

/* Whether @word is a word of a name: a capital first ("Strong", "ONU"), or a joining word. */
static gboolean
is_name_word (const char *word)
{
  static const char *const joining[] = { "of",  "and", "&",   "for", "de",  "du",
                                         "des", "et",  "und", "für", "van", "voor",
                                         "en",  "di",  "e",   "y",   NULL };

  return g_unichar_isupper (g_utf8_get_char (word)) || g_strv_contains (joining, word);
}

/* Whether @text may be a kind in capitals, then an issuer word, as
 * cmq_importer_caps_kind_from_issuer () reads it: its first word that is not in capitals, read in
 * place, is one of issuer_words[]. Most lines open with a word that is not in capitals and are
 * then neither split nor folded. */
static gboolean
may_be_caps_kind_from_issuer (const char *text)
{
  const char *p = text;
  gboolean caps = FALSE;

  while (*p != '\0')
    {
      gsize n = strcspn (p, " \t");

      if (n > 0 && !is_caps_word (p, n))
        {
          for (guint k = 0; caps && issuer_words[k] != NULL; k++)
            if (strlen (issuer_words[k]) == n && strncmp (p, issuer_words[k], n) == 0)
              return TRUE;
          return FALSE;
        }
      caps |= n > 0;
      p += n;
      p += strspn (p, " \t");
    }
  return FALSE;
}

/* The kind of @text when it is a kind written in capitals, then who issued it, nothing else ("PRESS RELEASE from Strong American Schools", heldout22 strongschools-01): a
 * label line naming its issuer, never the headline, which is the next line. The kind alone in
 * capitals (the lexicon's label), the issuer word in lower case, and a name of a few words with
 * capitals: "STATEMENT by the Secretary General on the situation" goes on past a name. NULL
 * when it is not. */
const char *
cmq_importer_caps_kind_from_issuer (const char *text)
{
  g_auto (GStrv) words = NULL;
  g_autoptr (GString) label = NULL;
  g_autofree char *folded = NULL;
  const char *kind;
  guint i = 0, name = 0;

  if (!may_be_caps_kind_from_issuer (text) || strpbrk (text, "0123456789") != NULL)
    return NULL;
  words = g_strsplit_set (text, " \t", -1);
  label = g_string_new (NULL);
  for (; words[i] != NULL && (words[i][0] == '\0' || is_caps_word (words[i], strlen (words[i])));
       i++)
    if (words[i][0] != '\0')
      g_string_append_printf (label, "%s%s", label->len > 0 ? " " : "", words[i]);
  if (label->len == 0 || words[i] == NULL || !g_strv_contains (issuer_words, words[i]))
    return NULL;
  folded = cmq_importer_fold (label->str);
  if ((kind = cmq_importer_kind_of_start (folded, TRUE)) == NULL)
    return NULL;
  i++;
  if (words[i] != NULL && g_strv_contains (articles, words[i]))
    i++;
  for (; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if ((name == 0 && !g_unichar_isupper (g_utf8_get_char (words[i]))) ||
          !is_name_word (words[i]) || ++name > MAX_ISSUER_WORDS)
        return NULL;
    }
  return name > 0 ? kind : NULL;
}

/* A word before a date that makes it the headline's own ("du", "on", "vom", "del") is this short
 * at most. */
#define MAX_LINKING_WORD_CHARS 4
/* The headline without the date has this many words at least. */
#define MIN_UNDATED_HEADLINE_WORDS 3

/* Whether @word, folded, names a day of the week ("vendredi 4 octobre 2019": the date's own). */
static gboolean
is_weekday (const char *word)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|"
                 "vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                 "sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedi|"
                 "martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|"
                 "jueves|viernes|sabado|domingo|\\w+-feira|\\w+dagen|\\w+tag|\\w+dag)$");
  return cmq_regex_match (regex, word);
}

/* @headline without a date written after it on its line with only a space between them
 * ("Twaalf Spinoza-miljoenen voor vier toponderzoekers 21 oktober 1999", heldout22 nwo-01), or
 * NULL. Only when that date is the release's (the caller's to say): then it is the site's
 * stamp, not words of the headline. A date after a dash or a comma ("… media briefing – 12 June
 * 2024"), after a capital ("… - Vendredi 4 octobre 2019", "… Geneva 3 July 2017") or a short
 * linking word in lower case ("… du 23 février 2000", "… on 31 May 2017") is the headline's. */
char *
cmq_importer_drop_trailing_date (const char *headline)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *head = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *date = NULL;
  g_autofree char *folded = NULL;
  const char *last;

  if (strpbrk (headline, "0123456789") == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(.*[^\\s,;:–—-])\\s+(\\d{1,2}\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4}|"
                 "\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})$");
  if (!cmq_regex_match (regex, headline))
    return NULL;
  head = cmq_regex_fetch (headline, 1);
  date = cmq_regex_fetch (headline, 2);
  /* a word before it: the date alone, folded, would have no space before it */
  spaced = g_strconcat ("on ", date, NULL);
  if (!cmq_importer_ends_with_date (spaced) ||
      cmq_importer_count_words (head) < MIN_UNDATED_HEADLINE_WORDS)
    return NULL;
  last = strrchr (head, ' ');
  last = last != NULL ? last + 1 : head;
  folded = cmq_importer_fold (last);
  if (g_utf8_strlen (last, -1) <= MAX_LINKING_WORD_CHARS ||
      !g_unichar_islower (g_utf8_get_char (last)) || is_weekday (folded))
    return NULL;
  return g_steal_pointer (&head);
}

/* A headline in capitals has this many words at least: fewer are a kicker, a site's banner or
 * a form's message in capitals ("YOU HAVE SUCCESSFULLY CREATED YOUR ACCOUNT"). */
#define MIN_CAPS_HEADLINE_WORDS 8

/* Whether @upper, a line just above the line @lower taken for the headline, is the headline in
 * capitals over its subtitle in the case of sentences ("STRONG AMERICAN SCHOOLS CAMPAIGN
 * LAUNCHES TO PROMOTE EDUCATION REFORM …" over "Major Initiative Supported by …", heldout22
 * strongschools-01): a whole line of eight words or more in capitals, more than a kicker's or
 * a message's, over one with small letters. */
gboolean
cmq_importer_is_caps_headline_over (const char *upper, const char *lower)
{
  g_auto (GStrv) words = g_strsplit_set (upper, " \t", -1);
  guint n = 0;
  gboolean small = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (!is_caps_word (words[i], strlen (words[i])) && !g_unichar_isdigit (words[i][0]))
        return FALSE;
      n++;
    }
  for (const char *p = lower; *p != '\0' && !small; p = g_utf8_next_char (p))
    small = g_unichar_islower (g_utf8_get_char (p));
  return n >= MIN_CAPS_HEADLINE_WORDS && small;
}
