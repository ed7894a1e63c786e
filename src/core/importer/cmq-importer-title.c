/* cmq-importer-title.c: a headline for a release whose dump has none, from its lead sentence.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-baresalutations.h"
#include "cmq-importer-letterhead.h"
#include "cmq-importer-private.h"

/* A page's headline is kept whole up to this length; a longer one is cut as a derived title. */
#define MAX_HEADLINE_CHARS 250
/* A title shorter than this is not worth cutting at a comma for. */
#define MIN_CLAUSE_TITLE_CHARS 40
/* Cutting at a comma must keep at least this share of the cut title. */
#define MIN_CLAUSE_KEEP_PERCENT 60
/* No abbreviation or dotted acronym is longer: the look back for one stops there, so a line of
 * dots takes linear time. */
#define MAX_ABBREVIATION_CHARS 12
/* A leading temporal clause ("On Monday (26 May 2025), ") is at most this long. */
#define MAX_TEMPORAL_CLAUSE_BYTES 80

static const char *const abbreviations[] = {
  "mr",  "ms",   "mrs",  "dr",  "gen", "lt",  "col",    "st",  "m",   "mme", "mlle",
  "no",  "nos",  "prof", "sr",  "jr",  "vs",  "etc",    "e.g", "i.e", "u.s", "u.k",
  "u.n", "maj",  "capt", "adm", "sgt", "cdr", "brig",   "hon", "rev", "jan", "feb",
  "mar", "apr",  "jun",  "jul", "aug", "sep", "sept",   "oct", "nov", "dec", "approx",
  "art", "para", "fig",  "vol", "cf",  "mgr", "messrs", "gov", "sen", "rep", "amb",
  "ltd", "inc",  "co",   "av",  "bd",  "mm",  NULL,
};

/* Words a title must not end with: a cut there leaves the reader hanging. */
static const char *const dangling[] = {
  "in order to", "in order", "afin de", "such as", "on",        "in",   "to",    "and", "or",
  "the",         "a",        "an",      "of",      "for",       "with", "at",    "by",  "from",
  "as",          "that",     "which",   "who",     "whose",     "its",  "their", "his", "her",
  "our",         "is",       "are",     "was",     "were",      "will", "be",    "has", "have",
  "into",        "between",  "but",     "not",     "including", "de",   "du",    "des", "le",
  "la",          "les",      "et",      "à",       "au",        "aux",  "pour",  "en",  "sur",
  "avec",        "par",      "qui",     "que",     "dans",      "un",   "une",   "son", "sa",
  "ses",         "leur",     "leurs",   "ou",      "d'",        "l'",   "d’",    "l’",  "qu'",
  "qu’",         "est",      "sont",    NULL,
};

/* Words that open a new clause after a comma, where a title can end cleanly. */
static const char *const clause_openers[] = {
  "and",       "but",       "in",    "to",  "which",  "who",  "where",  "while",
  "including", "following", "after", "as",  "during", "with", "before", "where",
  "et",        "mais",      "afin",  "qui", "où",     "dont", "lors",   "notamment",
  "pour",      "dans",      "avec",  "en",  "ainsi",  "tout", "après",  NULL,
};

static gboolean
is_opening_mark (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x00AB || c == '(' || c == 0x2018;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == '"' || c == 0x201D || c == 0x00BB || c == ')' || c == 0x2019 || c == '\'';
}

static gboolean
is_abbreviation (const char *text, const char *dot)
{
  const char *start = dot;
  g_autofree char *word = NULL;
  g_autofree char *lower = NULL;
  guint chars = 0;

  while (start > text)
    {
      const char *prev = g_utf8_prev_char (start);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isalpha (c) && c != '.')
        break;
      if (++chars > MAX_ABBREVIATION_CHARS)
        return FALSE;
      start = prev;
    }
  if (start == dot)
    return FALSE;
  word = g_strndup (start, dot - start);
  lower = g_utf8_strdown (word, -1);
  /* An initial ("J. Smith") or a dotted acronym ("U.S.") */
  if (g_utf8_strlen (word, -1) == 1 && g_unichar_isupper (g_utf8_get_char (word)))
    return TRUE;
  if (strchr (word, '.') != NULL)
    return TRUE;
  return g_strv_contains (abbreviations, lower);
}

gsize
cmq_importer_first_sentence_length (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *after;
      gunichar next;

      if (c != '.' && c != '!' && c != '?' && c != 0x2026)
        continue;
      if (c == '.' && is_abbreviation (text, p))
        continue;
      after = g_utf8_next_char (p);
      while (*after != '\0')
        {
          gunichar d = g_utf8_get_char (after);

          if (!is_closing_mark (d) && d != '.' && d != '!' && d != '?')
            break;
          after = g_utf8_next_char (after);
        }
      if (*after == '\0')
        return after - text;
      if (*after != ' ')
        {
          /* Go on after the marks just read, not inside them: "......" is read once. */
          p = g_utf8_prev_char (after);
          continue;
        }
      next = g_utf8_get_char (after + 1);
      if (g_unichar_isupper (next) || g_unichar_isdigit (next) || is_opening_mark (next))
        return after - text;
    }
  return strlen (text);
}

static GRegex *
regex_once (gsize *initialised, GRegex **regex, const char *pattern)
{
  if (g_once_init_enter (initialised))
    {
      *regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (*regex != NULL);
      g_once_init_leave (initialised, 1);
    }
  return *regex;
}

#define MONTHS                                                                                     \
  "january|february|march|april|may|june|july|august|september|october|november|december|"         \
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"    \
  "décembre|decembre"

static char *
remove_date_parentheses (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  regex_once (&initialised, &regex,
              "\\s*\\([^()]{0,40}?\\b(?:\\d{4}|" MONTHS ")\\b[^()]{0,40}?\\)");
  return g_regex_replace_literal (regex, text, -1, 0, "", 0, NULL);
}

static void
capitalise_first (GString *text)
{
  /* after the symbols that mark a headline ("🔴 Communiqué du Président") */
  gsize at = cmq_importer_leading_symbols_length (text->str);
  gunichar c = g_utf8_get_char (text->str + at);
  gunichar upper = g_unichar_toupper (c);
  char buffer[8];
  int len;

  if (c == upper)
    return;
  len = g_unichar_to_utf8 (upper, buffer);
  g_string_erase (text, at, g_utf8_next_char (text->str + at) - (text->str + at));
  g_string_insert_len (text, at, buffer, len);
}

/* "On Monday, ", "Today, ", "Le 10 septembre, ", "Ce mardi, ": the date the date unit already
 * shows, and a poor start for a headline. */
static void
remove_temporal_clause (GString *text)
{
  static gsize init_start = 0;
  static GRegex *start = NULL;
  static gsize init_time = 0;
  static GRegex *time_words = NULL;
  const char *comma = strstr (text->str, ", ");
  g_autofree char *clause = NULL;

  if (comma == NULL || comma - text->str > MAX_TEMPORAL_CLAUSE_BYTES)
    return;
  regex_once (&init_start, &start,
              "^(on|le|les|ce|cette|today|tonight|yesterday|aujourd['’]hui|hier|this|earlier|"
              "later|last|next|in|en|at|à|during|lors|since|depuis|from|du|dès|between|entre|"
              "ces|over|late|early|tard|plus tôt)\\b");
  regex_once (&init_time, &time_words,
              "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
              "mercredi|jeudi|vendredi|samedi|dimanche|today|tonight|yesterday|aujourd|hier|"
              "morning|afternoon|evening|week|weekend|matin|après-midi|soir|semaine|month|mois|"
              "year|année|\\d{1,4}|" MONTHS ")\\b");
  clause = g_strndup (text->str, comma - text->str);
  if (g_utf8_strlen (clause, -1) < 2 || !g_regex_match (start, clause, 0, NULL) ||
      !g_regex_match (time_words, clause, 0, NULL))
    return;
  g_string_erase (text, 0, comma + 2 - text->str);
  capitalise_first (text);
}

/* Words that open a phrase: when the length limit falls inside a phrase, the title ends more
 * cleanly before it ("… visited NATO Headquarters on 26 March 2013" rather than "… and met").
 * "to" and "pour" are left out: a purpose clause ("to strengthen deterrence") reads whole. */
static const char *const phrase_openers[] = {
  "and",     "or",    "but",   "with",   "in",     "on",  "at",     "for",   "from",
  "by",      "since", "after", "before", "during", "as",  "that",   "which", "who",
  "while",   "where", "will",  "would",  "of",     "et",  "ou",     "mais",  "avec",
  "au",      "aux",   "en",    "dans",   "par",    "sur", "depuis", "après", "avant",
  "pendant", "que",   "qui",   "dont",   "où",     "de",  "du",     "des",   NULL,
};

static gboolean
ends_with_word (const char *text, gsize len, const char *word)
{
  gsize word_len = strlen (word);

  if (len <= word_len || text[len - word_len - 1] != ' ')
    return FALSE;
  return g_ascii_strncasecmp (text + len - word_len, word, word_len) == 0;
}

/* Whether @text ends on a word, in lower case, that a sentence cannot end with ("… in use
 * throughout the"): a sentence cut short, which no caption or heading is. */
gboolean
cmq_importer_ends_dangling (const char *text)
{
  gsize len = strlen (text);

  if (len == 0 || !g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (text + len))))
    return FALSE;
  for (guint i = 0; dangling[i] != NULL; i++)
    if (ends_with_word (text, len, dangling[i]))
      return TRUE;
  return FALSE;
}

static void
drop_dangling_tails (GString *text)
{
  gboolean changed = TRUE;

  while (changed && text->len > 0)
    {
      changed = FALSE;
      while (text->len > 0 && strchr (" ,;:-([", text->str[text->len - 1]) != NULL)
        {
          g_string_truncate (text, text->len - 1);
          changed = TRUE;
        }
      for (const char *const *dashes = (const char *const[]){ "—", "–", "“", "«", NULL };
           *dashes != NULL; dashes++)
        if (g_str_has_suffix (text->str, *dashes))
          {
            g_string_truncate (text, text->len - strlen (*dashes));
            changed = TRUE;
          }
      for (guint i = 0; dangling[i] != NULL; i++)
        if (ends_with_word (text->str, text->len, dangling[i]))
          {
            g_string_truncate (text, text->len - strlen (dangling[i]));
            changed = TRUE;
            break;
          }
    }
}

static gboolean
opens_clause (const char *word_start)
{
  g_autofree char *word = g_strndup (word_start, strcspn (word_start, " ,"));
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return g_strv_contains (clause_openers, lower) || g_str_has_suffix (lower, "ing");
}

/* Called on a title that was cut mid-sentence: when the cut leaves only the first word or two of
 * a phrase ("… on 26 March 2013 and met", "… on Wednesday 15th"), end the title before that
 * phrase, as long as that keeps most of it. */
#define MAX_STRANDED_WORDS 2

static void
cut_before_last_phrase (GString *text)
{
  gsize min_len = MAX ((gsize) MIN_CLAUSE_TITLE_CHARS, text->len * MIN_CLAUSE_KEEP_PERCENT / 100);
  guint words_after = 0;

  for (const char *space = text->str + text->len - 1;
       space > text->str + min_len && words_after <= MAX_STRANDED_WORDS; space--)
    {
      g_autofree char *word = NULL;
      g_autofree char *lower = NULL;
      const char *start;

      if (*space != ' ')
        continue;
      word = g_strndup (space + 1, strcspn (space + 1, " ,;:"));
      /* an opening quote mark may stand before the word: “will */
      start = word;
      while (*start != '\0' && is_opening_mark (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      lower = g_utf8_strdown (start, -1);
      if (words_after > 0 && g_strv_contains (phrase_openers, lower))
        {
          g_string_truncate (text, space - text->str);
          drop_dangling_tails (text);
          return;
        }
      words_after++;
    }
}

static guint
count_words (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      n++;
  return n;
}

/* Removes the capitalised words that end @text, as long as some words are left before them. */
static void
drop_trailing_name (GString *text)
{
  gsize keep = text->len;

  while (keep > 0 && text->str[keep - 1] == ' ')
    keep--;
  for (;;)
    {
      gsize start = keep;

      while (start > 0 && text->str[start - 1] != ' ')
        start--;
      /* A name runs on from word to word, never across punctuation. */
      if (start == 0 || !g_unichar_isupper (g_utf8_get_char (text->str + start)) ||
          !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (text->str + keep))))
        break;
      keep = start;
      while (keep > 0 && text->str[keep - 1] == ' ')
        keep--;
    }
  if (keep > 0 && keep < text->len)
    g_string_truncate (text, keep);
}

/* Whether the last word of @text starts with a capital. */
static gboolean
ends_capitalised (GString *text)
{
  gsize end = text->len;
  gsize start;

  while (end > 0 && text->str[end - 1] == ' ')
    end--;
  for (start = end; start > 0 && text->str[start - 1] != ' '; start--)
    ;
  return end > start && g_unichar_isupper (g_utf8_get_char (text->str + start));
}

static void
cut_to_length (GString *text)
{
  const char *limit;
  const char *cut;
  const char *comma;
  gboolean inside_name;
  gsize length;

  if (g_utf8_strlen (text->str, -1) <= CMQ_TITLE_MAX_CHARS)
    return;

  limit = g_utf8_offset_to_pointer (text->str, CMQ_TITLE_MAX_CHARS);
  cut = limit;
  /* Never mid-word: back up to the space before the word the limit falls in. */
  if (*limit != ' ')
    while (cut > text->str && *(cut - 1) != ' ')
      cut--;
  if (cut == text->str)
    cut = limit;
  /* Inside a name when the words on both sides of the cut start with a capital. */
  inside_name = g_unichar_isupper (g_utf8_get_char (cut + (*cut == ' ')));
  g_string_truncate (text, cut - text->str);
  inside_name = inside_name && ends_capitalised (text);
  drop_dangling_tails (text);
  /* The limit fell a word or two after a comma ("… de la Pologne, Donald"): those words are the
   * start of a phrase the title cannot hold, so end at the comma. */
  comma = g_strrstr (text->str, ", ");
  if (comma != NULL && count_words (comma + 2) <= MAX_STRANDED_WORDS &&
      g_utf8_strlen (text->str, comma - text->str) >= MIN_CLAUSE_TITLE_CHARS &&
      (gsize) (comma - text->str) * 100 >= text->len * MIN_CLAUSE_KEEP_PERCENT)
    {
      g_string_truncate (text, comma - text->str);
      drop_dangling_tails (text);
      return;
    }
  /* The limit fell inside a name ("… in the NATO Parliamentary | Assembly"): end before it. */
  length = text->len;
  if (inside_name)
    {
      g_autofree char *before = g_strdup (text->str);

      drop_trailing_name (text);
      drop_dangling_tails (text);
      /* A title in capitals throughout ("Allies Allies…") has no name to end before. */
      if (g_utf8_strlen (text->str, -1) < MIN_CLAUSE_TITLE_CHARS)
        g_string_assign (text, before);
    }
  if (text->len == length)
    cut_before_last_phrase (text);

  /* A comma that opens a new clause ends the title more cleanly than a cut mid-clause. */
  comma = g_strrstr (text->str, ", ");
  /* …but not when it throws most of the title away. */
  if (comma != NULL && g_utf8_strlen (text->str, comma - text->str) >= MIN_CLAUSE_TITLE_CHARS &&
      (gsize) (comma - text->str) * 100 >= text->len * MIN_CLAUSE_KEEP_PERCENT &&
      opens_clause (comma + 2))
    {
      g_string_truncate (text, comma - text->str);
      drop_dangling_tails (text);
    }
}

/* A cut can leave an opening quote mark without its partner; the marks then mean nothing. */
static void
balance_quote_marks (GString *text)
{
  int opened = 0;
  int closed = 0;
  int straight = 0;
  GString *out;

  for (const char *p = text->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      opened += c == 0x201C || c == 0x00AB;
      closed += c == 0x201D || c == 0x00BB;
      straight += c == '"';
    }
  if (opened == closed && straight % 2 == 0)
    return;

  out = g_string_sized_new (text->len);
  for (const char *p = text->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x201C && c != 0x00AB && c != 0x201D && c != 0x00BB && c != '"')
        g_string_append_unichar (out, c);
    }
  g_string_assign (text, out->str);
  g_string_free (out, TRUE);
}

static char *
clean_spaces (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      /* Removing a parenthesis leaves "word ," behind. */
      if (out->len > 0 && !(strchr (",;:.", *words[i]) != NULL && words[i][1] == '\0'))
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

static char *
first_words (const char *paragraph)
{
  g_autoptr (GString) text = g_string_new (paragraph);

  cut_to_length (text);
  if (text->len == 0)
    {
      const char *limit = g_utf8_offset_to_pointer (
          paragraph, MIN (CMQ_TITLE_MAX_CHARS, g_utf8_strlen (paragraph, -1)));
      g_string_assign (text, "");
      g_string_append_len (text, paragraph, limit - paragraph);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The lead's first sentence, for the title. A full stop after the lead's first word ends no
 * sentence: it is an abbreviation the list does not know ("Αl. PAPAIOANNOU: Good morning.", a
 * transcript's speaker), and a title of that one word would say nothing. */
static gsize
title_sentence_length (const char *lead)
{
  gsize len = cmq_importer_first_sentence_length (lead);

  if (lead[len] == ' ' && memchr (lead, ' ', len) == NULL)
    len += cmq_importer_first_sentence_length (lead + len);
  return len;
}

char *
cmq_importer_derive_title (const char *const *paragraphs)
{
  g_autofree char *sentence = NULL;
  g_autofree char *undated = NULL;
  g_autofree char *spaced = NULL;
  g_autoptr (GString) title = NULL;
  const char *lead;

  g_return_val_if_fail (paragraphs != NULL && paragraphs[0] != NULL, NULL);

  /* "Dear Mr President,": a letter's salutation opens the story, but never names it, nor do the
   * lines of one written twice ("Chères adhérentes," over "Chers adhérents,") */
  for (guint i = 0; (lead = paragraphs[i]) != NULL && paragraphs[i + 1] != NULL; i++)
    if (!cmq_importer_is_letter_salutation (lead) &&
        !cmq_importer_is_bare_letter_salutation (lead) &&
        (i > 0 || !cmq_importer_is_lone_field_label (lead))) /* "Issue date:" too */
      break;
  lead = cmq_importer_skip_leading_address (lead);
  sentence = g_strndup (lead, title_sentence_length (lead));
  undated = remove_date_parentheses (sentence);
  spaced = clean_spaces (undated != NULL ? undated : sentence);
  title = g_string_new (g_strstrip (spaced));

  remove_temporal_clause (title);
  /* A final full stop, also inside a closing quote ("… history.”"). */
  if (title->len > 0 && title->str[title->len - 1] == '.' && !g_str_has_suffix (title->str, ".."))
    g_string_truncate (title, title->len - 1);
  else if (title->len > 1)
    {
      const char *last = g_utf8_prev_char (title->str + title->len);

      if (is_closing_mark (g_utf8_get_char (last)) && last > title->str && *(last - 1) == '.')
        g_string_erase (title, last - 1 - title->str, 1);
    }
  cut_to_length (title);
  balance_quote_marks (title);
  g_strstrip (title->str);
  title->len = strlen (title->str);

  if (title->len == 0)
    return first_words (lead);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

typedef struct
{
  int lower;  /* written in lower case */
  int cased;  /* written with a capital */
  char *form; /* the first form written with a capital */
} WordForms;

static void
word_forms_free (WordForms *forms)
{
  g_free (forms->form);
  g_free (forms);
}

/* How the story writes each word, away from the start of a sentence. */
static void
count_forms (const char *const *paragraphs, GHashTable *table)
{
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      gboolean sentence_start = TRUE;

      for (const char *p = paragraphs[i]; *p != '\0';)
        {
          const char *start;
          g_autofree char *lower = NULL;
          WordForms *forms;

          for (; *p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)); p = g_utf8_next_char (p))
            sentence_start = sentence_start || strchr (".!?:", *p) != NULL;
          for (start = p; *p != '\0' && g_unichar_isalpha (g_utf8_get_char (p));)
            p = g_utf8_next_char (p);
          if (p == start)
            continue;
          lower = g_utf8_strdown (start, p - start);
          forms = g_hash_table_lookup (table, lower);
          if (forms == NULL)
            {
              forms = g_new0 (WordForms, 1);
              g_hash_table_insert (table, g_strdup (lower), forms);
            }
          if (!sentence_start && strncmp (lower, start, p - start) == 0)
            forms->lower++;
          else if (!sentence_start)
            {
              forms->cased++;
              if (forms->form == NULL)
                forms->form = g_strndup (start, p - start);
            }
          sentence_start = FALSE;
        }
    }
}

/* "BAN KI-MOON CONDAMNE L’ATTAQUE DU HCR" → "Ban Ki-moon condamne l’attaque du HCR": each word
 * as the story writes it (a name with its capital, an acronym in capitals), in lower case when
 * the story writes it so or not at all. */
static char *
sentence_case (const char *headline, const char *const *paragraphs)
{
  g_autoptr (GHashTable) table =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_forms_free);
  g_autoptr (GString) out = g_string_new (NULL);

  count_forms (paragraphs, table);
  for (const char *p = headline; *p != '\0';)
    {
      const char *start = p;
      g_autofree char *lower = NULL;
      WordForms *forms;

      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        {
          p = g_utf8_next_char (p);
          g_string_append_len (out, start, p - start);
          continue;
        }
      lower = g_utf8_strdown (start, p - start);
      forms = g_hash_table_lookup (table, lower);
      if (forms != NULL && forms->form != NULL && forms->cased >= forms->lower)
        g_string_append (out, forms->form);
      else
        g_string_append (out, lower);
    }
  capitalise_first (out);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_all_caps (const char *text)
{
  guint upper = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      upper += g_unichar_isupper (c);
    }
  return upper >= 4;
}

/* "Retour", "Back": a page's link back to its list, glued before the headline it shows ("Retour
 * Le Secrétaire Général condamne…"), as keys. */
static const char *const back_links[] = {
  "retour", "back", "zuruck", "terug", "indietro", "volver", "voltar", "powrot", NULL,
};

/* @headline without a back link glued before it: a back word, then a capital. */
static const char *
skip_back_link (const char *headline)
{
  const char *space = strchr (headline, ' ');
  g_autofree char *first = NULL;
  g_autofree char *key = NULL;

  if (space == NULL || space - headline > 12 || !g_unichar_isupper (g_utf8_get_char (space + 1)))
    return headline;
  first = g_strndup (headline, space - headline);
  key = cmq_importer_key (first);
  if (!g_strv_contains (back_links, key) || strchr (space + 1, ' ') == NULL)
    return headline;
  return space + 1;
}

/* A kind label before a colon is this short: "Press Release: ", "Communiqué de presse : ". */
#define MAX_LABEL_PREFIX_BYTES 32
/* and the headline after it has this many words at least. */
#define MIN_LABELLED_WORDS 3

/* "N° 48–2014", "No. 12/2019", "Nr. 5-2013": a release's number and year, which some sites write
 * before the headline as a label; a number alone ("No 10") may be a headline's. */
static gboolean
is_release_number (const char *label)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&init, &regex,
                 "^(?:n[°º]|no\\.|nr\\.|n\\.[°º])\\s*\\d{1,4}\\s*[-–/]\\s*\\d{2,4}$");
  return cmq_regex_match (regex, label);
}

/* @headline without the kind label or the release number that some sites write before it ("Press
 * Release: Communiqué of the Committee", "Communiqué de presse : Déclaration de la Directrice
 * générale", "N° 48–2014: Petit-déjeuner de presse…", "Brief regering : Contouren …"): the label
 * says what kind of release it is or which one, the words after the colon are its headline. */
static const char *
skip_kind_label (const char *headline)
{
  const char *colon = strchr (headline, ':');
  const char *rest;
  g_autofree char *label = NULL;

  if (colon == NULL || colon - headline > MAX_LABEL_PREFIX_BYTES)
    return headline;
  rest = colon + 1;
  while (*rest == ' ')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) || count_words (rest) < MIN_LABELLED_WORDS)
    return headline;
  label = g_strstrip (g_strndup (headline, colon - headline));
  return cmq_importer_split_kind_label (headline, NULL, NULL) != NULL ||
                 is_release_number (label) || cmq_importer_is_letter_label (label)
             ? rest
             : headline;
}

char *
cmq_importer_headline_title (const char *headline, const char *const *paragraphs)
{
  g_autoptr (GString) title = NULL;
  g_autofree char *undated = NULL;

  g_return_val_if_fail (headline != NULL && paragraphs != NULL, NULL);

  headline = cmq_importer_skip_caps_kind_label (skip_kind_label (skip_back_link (headline)));
  headline = cmq_importer_skip_glued_place (headline);
  undated = cmq_importer_drop_bracketed_month (headline);
  if (undated != NULL)
    headline = undated;

  if (is_all_caps (headline))
    {
      g_autofree char *cased = sentence_case (headline, paragraphs);

      title = g_string_new (cased);
    }
  else
    title = g_string_new (headline);
  /* The page's own headline is the title whole, unless it is not one at all. */
  if (g_utf8_strlen (title->str, -1) > MAX_HEADLINE_CHARS)
    cut_to_length (title);
  g_strstrip (title->str);
  title->len = strlen (title->str);
  if (title->len == 0)
    return g_strdup (headline);
  return g_string_free (g_steal_pointer (&title), FALSE);
}
