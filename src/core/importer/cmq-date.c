/* cmq-date.c: finding a release's date in its story text.
 *
 * The text is folded to ASCII (accents dropped, dashes and quotes made plain) and cut into word,
 * number and punctuation tokens in one pass. Every month name is then an anchor: the day, range,
 * weekday and relative word ("tomorrow (17 June 2020)") are read in a few tokens before it, the
 * year in a few tokens after it, so the whole search is linear and has no backtracking. The first
 * anchor that gives a possible day and month is the date. A missing year is inferred from the
 * weekday, the reference date and the Secretary General named in the text, whose office terms are
 * data in secretaries-general.txt.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <stdio.h>
#include <time.h>
#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-date-private.h"
#include "cmq-date-words.h"

/* Words longer than this are never a month, weekday or relative word. */
#define MAX_WORD 15
/* parse_mention() reads at most this many tokens after the month ("30 May - 2 June. 2004, …"). */
#define MAX_LOOKAHEAD 16
#define TOKEN_CHUNK   128 /* tokens read at a time, at most */
#define FIRST_TOKENS  16  /* tokens read first past the lookahead, then as many as were read */
/* A dateline in figures is within this many bytes of the start of the text. */
#define NUMERIC_DATELINE_BYTES 60
/* Four-digit numbers below this after a month are counts ("5 May 1500 troops"), not years. */
#define MIN_YEAR 1900

typedef enum
{
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_PUNCT,
} TokenKind;

typedef struct
{
  TokenKind kind;
  char punct;              /* TOKEN_PUNCT: the character; '\n' for a paragraph break */
  char word[MAX_WORD + 1]; /* TOKEN_WORD: lower case; empty when longer than MAX_WORD */
  gboolean capital;        /* TOKEN_WORD: starts with an upper-case letter */
  int value;               /* TOKEN_NUMBER: capped at 99999 */
  int digits;
  gboolean day_like; /* TOKEN_NUMBER: free-standing, at most two digits, ordinal suffix only */
} Token;

/* Joins the two days of a range: "14-15", "17/18", "4 et 5", "from 4 to 5", "du 4 au 5". */
static const char *const range_words[] = { "and", "to", "through", "et", "au", "a", NULL };

/* What may follow a day: "1st", "22nd", "3rd", "15th", "1er", "2e", "2eme". */
static const char *const ordinals[] = { "st", "nd", "rd", "th", "er", "e", "eme", NULL };
/* The longest of them. */
#define MAX_ORDINAL 3

/* g_ascii_tolower() without a function call per character. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* "l'octobre" or "d'aout" still name a month. */
static const char *
word_tail (const Token *token)
{
  const char *apostrophe = strrchr (token->word, '\'');

  return apostrophe != NULL ? apostrophe + 1 : token->word;
}

/* Reads tokens from *@next on, until @tokens holds @until of them or @ascii ends, and leaves
 * *@next after the last one read: the text is only read as far as the dates looked at need. */
static void
tokenize (const char *ascii, const char **next, GArray *tokens, guint until)
{
  /* Appended in batches: one call per token was a good part of the time. */
  Token batch[64];
  guint n_batch = 0;
  const char *p = *next;

  while (*p != '\0' && tokens->len + n_batch < until)
    {
      Token token = { 0 };

      if (*p == '\n' && p[1] == '\n')
        {
          /* A date never runs across paragraphs. */
          token.kind = TOKEN_PUNCT;
          token.punct = '\n';
          p += 2;
        }
      else if (g_ascii_isspace (*p))
        {
          p++;
          continue;
        }
      else if (g_ascii_isalpha (*p))
        {
          const char *start = p;

          token.kind = TOKEN_WORD;
          token.capital = g_ascii_isupper (*p);
          while (g_ascii_isalpha (*p) || (*p == '\'' && g_ascii_isalpha (p[1]) && p > start))
            p++;
          if (p - start <= MAX_WORD)
            for (int i = 0; i < p - start; i++)
              token.word[i] = ascii_lower (start[i]);
        }
      else if (g_ascii_isdigit (*p))
        {
          const char *start = p;
          char suffix[MAX_ORDINAL + 1] = "";
          gsize suffix_len;

          token.kind = TOKEN_NUMBER;
          for (; g_ascii_isdigit (*p); p++)
            if (token.value < 10000)
              token.value = token.value * 10 + (*p - '0');
          token.digits = p - start;
          while (g_ascii_isalpha (*p))
            p++;
          /* Longer suffixes are no ordinal, whatever their letters. */
          suffix_len = p - start - token.digits;
          if (suffix_len <= MAX_ORDINAL)
            for (gsize i = 0; i < suffix_len; i++)
              suffix[i] = ascii_lower (start[token.digits + i]);
          /* Numbers glued to letters (G7; COVID-19 is fine) or part of 10.30 are never days. */
          token.day_like = token.digits <= 2 && (start == ascii || !g_ascii_isalnum (start[-1])) &&
                           !(start - ascii >= 2 && strchr (".,:", start[-1]) != NULL &&
                             g_ascii_isdigit (start[-2])) &&
                           !(*p == '.' && g_ascii_isdigit (p[1])) &&
                           (suffix_len == 0 ||
                            (suffix_len <= MAX_ORDINAL && g_strv_contains (ordinals, suffix)));
          if (suffix_len != 0)
            token.digits = 0; /* "2021st" is not a year either */
        }
      else
        {
          token.kind = TOKEN_PUNCT;
          token.punct = *p++;
        }
      batch[n_batch++] = token;
      if (n_batch == G_N_ELEMENTS (batch))
        {
          g_array_append_vals (tokens, batch, n_batch);
          n_batch = 0;
        }
    }
  g_array_append_vals (tokens, batch, n_batch);
  *next = p;
}

static const Token *
token_at (GArray *tokens, int i)
{
  static const Token none = {
    TOKEN_PUNCT,
    '\0',
  };

  if (i < 0 || (guint) i >= tokens->len)
    return &none;
  return &g_array_index (tokens, Token, i);
}

static gboolean
is_word (const Token *token, const char *word)
{
  return token->kind == TOKEN_WORD && strcmp (token->word, word) == 0;
}

static gboolean
is_punct (const Token *token, char punct)
{
  return token->kind == TOKEN_PUNCT && token->punct == punct;
}

static gboolean
is_year (const Token *token)
{
  return token->kind == TOKEN_NUMBER && token->digits == 4 && token->value >= MIN_YEAR;
}

/* "Nov-29-2013" (heldout8 iom-01), "2017-Apr-20": the month's name joined by
 * hyphens to its day after it and to a four-digit year, after the day or before the month. */
static gboolean
hyphenated_mention (GArray *tokens, int m, Mention *out)
{
  const Token *day = token_at (tokens, m + 2);

  if (!is_punct (token_at (tokens, m + 1), '-') || !day->day_like)
    return FALSE;
  if (is_punct (token_at (tokens, m + 3), '-') && is_year (token_at (tokens, m + 4)))
    out->year = token_at (tokens, m + 4)->value;
  else if (is_punct (token_at (tokens, m - 1), '-') && is_year (token_at (tokens, m - 2)) &&
           !is_punct (token_at (tokens, m + 3), '-'))
    out->year = token_at (tokens, m - 2)->value;
  else
    return FALSE;
  out->day = day->value;
  return TRUE;
}

/* "20 june / 2017" (heldout14 russia-01): a day before the month and a four-digit year after it,
 * perhaps after a slash, and no word after the year ("5 may 2000 people" is no date), make it a
 * month in lower case too. */
static gboolean
between_day_and_year (GArray *tokens, int at)
{
  int next = at + 1;

  if (is_punct (token_at (tokens, next), '/'))
    next++;
  return token_at (tokens, at - 1)->day_like && is_year (token_at (tokens, next)) &&
         token_at (tokens, next + 1)->kind != TOKEN_WORD;
}

/* A day before @at and a year after it, or a day after it and then a year. */
static gboolean
is_in_date_shape (GArray *tokens, int at)
{
  int year = at + 2 + is_punct (token_at (tokens, at + 2), ',');

  return between_day_and_year (tokens, at) ||
         (token_at (tokens, at + 1)->day_like && is_year (token_at (tokens, year)));
}

/* After a place and a comma, a day and the month at @at, either way round, then the year, or the
 * agency or the story after a bracket, a dash or a comma, perhaps after a full stop ("Barcelona,
 * 29 dic (EFE).-", "Accra, Nov. 22, GNA –", "Madrid, 3 abr. 2019"): a wire's dateline. */
static gboolean
is_in_dateline_shape (GArray *tokens, int at)
{
  int day = token_at (tokens, at - 1)->day_like ? at - 1 : at + 1;
  int comma = MIN (day, at) - 1;
  int after = MAX (day, at) + 1;
  const Token *place = token_at (tokens, comma - 1);

  if (!token_at (tokens, day)->day_like || !is_punct (token_at (tokens, comma), ',') ||
      place->kind != TOKEN_WORD || !place->capital)
    return FALSE;
  if (is_punct (token_at (tokens, after), '.'))
    after++;
  return is_punct (token_at (tokens, after), '(') || is_punct (token_at (tokens, after), '-') ||
         is_punct (token_at (tokens, after), ',') || is_year (token_at (tokens, after));
}

static int
month_of (GArray *tokens, int at, int languages)
{
  const Token *token = token_at (tokens, at);
  const CmqDateWord *month;
  Mention mention;

  if (token->kind != TOKEN_WORD)
    return 0;
  month = cmq_date_month_word (word_tail (token), languages);
  /* "4 lis 2021", "paz 4, 2022", "Barcelona, 29 dic (EFE)": a name cut to three letters, in a
   * date's shape only */
  if (month == NULL && token->word[3] == '\0' &&
      (is_in_date_shape (tokens, at) || is_in_dateline_shape (tokens, at)))
    return cmq_date_short_month (token->word, languages);
  if (month == NULL)
    return 0;
  /* English month names are capitalised: this keeps out "may" and "march" the verbs; a year and
   * a day joined to it by hyphens make it a month in lower case too ("2017-apr-20", heldout8). */
  if ((month->languages & ~LANG_EN & languages) == 0 && !token->capital &&
      !hyphenated_mention (tokens, at, &mention) && !between_day_and_year (tokens, at))
    return 0;
  return month->value;
}

static GDateWeekday
weekday_of (const Token *token, int languages)
{
  if (token->kind != TOKEN_WORD)
    return G_DATE_BAD_WEEKDAY;
  return cmq_date_weekday_word (token->word, languages);
}

static gboolean
is_range_word (const Token *token)
{
  if (token->kind == TOKEN_PUNCT)
    return token->punct == '-' || token->punct == '/' || token->punct == '&';
  return token->kind == TOKEN_WORD && g_strv_contains (range_words, token->word);
}

/* Reads the relative word that ends at @i, if any: "tomorrow", "this morning", "ce matin". */
static gboolean
relative_at (GArray *tokens, int i, int languages, int *shift)
{
  const Token *token = token_at (tokens, i);

  if (token->kind != TOKEN_WORD)
    return FALSE;
  if (cmq_date_relative_word (token->word, languages, shift))
    return TRUE;
  *shift = 0;
  if ((languages & LANG_EN) != 0 && is_word (token_at (tokens, i - 1), "this") &&
      (is_word (token, "morning") || is_word (token, "afternoon") || is_word (token, "evening")))
    return TRUE;
  if ((languages & LANG_FR) != 0 && is_word (token_at (tokens, i - 1), "ce") &&
      (is_word (token, "matin") || is_word (token, "soir")))
    return TRUE;
  return FALSE;
}

/* A four-digit year right after the month (or after the second month of "30 May-2 June 2004").
 * Returns -1 for a year that cannot be ("0000"), 0 when there is none. */
static int
year_after (GArray *tokens, int i, int languages, gboolean after_comma)
{
  const Token *token;

  if (is_punct (token_at (tokens, i), '.'))
    i++;
  if (is_range_word (token_at (tokens, i)) && token_at (tokens, i + 1)->day_like &&
      month_of (tokens, i + 2, languages) != 0)
    {
      i += 3;
      if (is_punct (token_at (tokens, i), '.'))
        i++;
    }
  if (after_comma && is_punct (token_at (tokens, i), ','))
    i++;
  /* "20 june / 2017" (heldout14 russia-01), after the month only */
  else if (!after_comma && is_punct (token_at (tokens, i), '/') &&
           is_year (token_at (tokens, i + 1)))
    i++;
  /* "julio de 2019" */
  if ((languages & (LANG_ES | LANG_PT)) != 0 && is_word (token_at (tokens, i), "de"))
    i++;
  token = token_at (tokens, i);
  if (token->kind != TOKEN_NUMBER || token->digits != 4 || is_punct (token_at (tokens, i + 1), ':'))
    return 0;
  if (token->value < 1000)
    return -1;
  return token->value >= MIN_YEAR ? token->value : 0;
}

/* Reads the date anchored on the month at @m. Returns FALSE when it has no day. */
static gboolean
parse_mention (GArray *tokens, int m, int languages, Mention *out)
{
  int first; /* the first token of the mention, where a relative word may end before it */
  int i = m - 1;
  int j;
  int year_from = m + 1;

  *out = (Mention){ 0, month_of (tokens, m, languages), 0, G_DATE_BAD_WEEKDAY, 0 };
  /* "26 of July", "26 de julio", and in German, Polish, Danish or Norwegian "12. Juni". */
  if (is_word (token_at (tokens, i), "of") ||
      ((languages & (LANG_ES | LANG_PT)) != 0 && is_word (token_at (tokens, i), "de")) ||
      ((languages & LANG_DAY_DOT) != 0 && is_punct (token_at (tokens, i), '.') &&
       month_of (tokens, m, languages & LANG_DAY_DOT) != 0))
    i--;
  if (token_at (tokens, i)->day_like)
    {
      /* Day first: "[weekday] [(] [the] D1 [weekday] (-|and|to|et) [weekday] D2 [of] Month". */
      out->day = token_at (tokens, i)->value;
      j = i - 1;
      if (weekday_of (token_at (tokens, j), languages) != G_DATE_BAD_WEEKDAY)
        j--;
      if (is_range_word (token_at (tokens, j)) && token_at (tokens, j - 1)->day_like &&
          token_at (tokens, j - 1)->value >= 1 && token_at (tokens, j - 1)->value < out->day)
        {
          /* The start of the range is the date, with the weekday before it. */
          out->day = token_at (tokens, j - 1)->value;
          i = j - 1;
        }
      first = i;
      if (is_word (token_at (tokens, i - 1), "the"))
        i--;
      if (is_punct (token_at (tokens, i - 1), '(') || is_punct (token_at (tokens, i - 1), ','))
        i--;
      out->weekday = weekday_of (token_at (tokens, i - 1), languages);
      if (out->weekday != G_DATE_BAD_WEEKDAY)
        first = i - 1;
    }
  else if (hyphenated_mention (tokens, m, out))
    {
      i = is_punct (token_at (tokens, m - 1), ',') ? m - 1 : m;
      out->weekday = weekday_of (token_at (tokens, i - 1), languages);
      relative_at (tokens, m - 1, languages, &out->shift);
      return TRUE;
    }
  else
    {
      /* Month first: "[weekday[,]] Month[.] D1[-D2][,] [Year]". */
      i = m + 1;
      if (is_punct (token_at (tokens, i), '.'))
        i++;
      if (!token_at (tokens, i)->day_like)
        return FALSE;
      out->day = token_at (tokens, i)->value;
      if (is_range_word (token_at (tokens, i + 1)) && token_at (tokens, i + 2)->day_like)
        i += 2;
      year_from = i + 1;
      first = m;
      i = m;
      if (is_punct (token_at (tokens, i - 1), ','))
        i--;
      out->weekday = weekday_of (token_at (tokens, i - 1), languages);
      if (out->weekday != G_DATE_BAD_WEEKDAY)
        first = i - 1;
    }

  out->year = year_after (tokens, year_from, languages, year_from != m + 1);
  /* "Posted: 30 September, 2022": a comma between the month and the year after a day, when no
   * word follows the year ("on 5 May, 2000 people marched" counts people) */
  if (out->year == 0 && year_from == m + 1 && is_punct (token_at (tokens, m + 1), ',') &&
      is_year (token_at (tokens, m + 2)) && token_at (tokens, m + 3)->kind != TOKEN_WORD &&
      !is_punct (token_at (tokens, m + 3), ':'))
    out->year = token_at (tokens, m + 2)->value;
  if (is_punct (token_at (tokens, first - 1), '(') || is_punct (token_at (tokens, first - 1), ','))
    first--;
  relative_at (tokens, first - 1, languages, &out->shift);
  return TRUE;
}

/* Reads tokens until @tokens holds @until of them or the text ends; *@next is an offset in the
 * folded text, which may move as it grows. FALSE when a part of the text is not valid UTF-8. */
static gboolean
tokenize_folding (CmqDateFolding *folding, gsize *next, GArray *tokens, guint until)
{
  while (tokens->len < until)
    {
      const char *p;

      if (*next == folding->ascii->len)
        {
          if (folding->folded == folding->length)
            return TRUE;
          if (!cmq_date_fold_more (folding))
            return FALSE;
          continue;
        }
      p = folding->ascii->str + *next;
      tokenize (folding->ascii->str, &p, tokens, until);
      *next = p - folding->ascii->str;
    }
  return TRUE;
}

/* cmq_date_find_full() of @text made valid UTF-8. */
static gboolean
find_in_valid (const char *text, const char *evidence, const char *language, CmqDateFindFlags flags,
               const GDate *reference, CmqDateGuess *out)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  return cmq_date_find_full (valid, evidence, language, flags, reference, out);
}

/* A date in figures, when the text names none with a month. */
static gboolean
find_numeric (const char *text, const char *language, CmqDateFindFlags flags,
              const GDate *reference, CmqDateGuess *out)
{
  g_autoptr (GString) note = g_string_new (NULL);
  Mention mention;
  GDate date;

  if (!cmq_date_find_numeric (text, language, flags, &mention, note))
    {
      g_strlcpy (out->note, note->str, sizeof out->note);
      return FALSE;
    }
  /* a year of two figures: of the latest century that does not put it after the reference */
  if (mention.year < 100)
    mention.year += 2000 + mention.year > g_date_get_year (reference) ? 1900 : 2000;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mention.day, mention.month, mention.year);
  /* A date after the file was written is not its release date. */
  if (g_date_compare (&date, reference) > 0)
    return FALSE;
  out->year = mention.year;
  out->month = mention.month;
  out->day = mention.day;
  out->source = CMQ_DATE_SOURCE_STATED;
  return TRUE;
}

static gboolean
find_numeric_at_start (const char *text, const char *language, CmqDateFindFlags flags,
                       const GDate *reference, CmqDateGuess *out)
{
  gsize head = strcspn (text, "\n");
  g_autofree char *start = NULL;

  head = MIN (head, NUMERIC_DATELINE_BYTES);
  /* Most texts have no figure in their first words: no search. */
  start = g_strndup (text, head);
  if (strpbrk (start, "0123456789") == NULL)
    return FALSE;
  return find_numeric (start, language, flags, reference, out);
}

gboolean
cmq_date_find (const char *text, const char *language, const GDate *reference, CmqDateGuess *out)
{
  return cmq_date_find_full (text, NULL, language, CMQ_DATE_FIND_NONE, reference, out);
}

gboolean
cmq_date_find_full (const char *text, const char *evidence, const char *language,
                    CmqDateFindFlags flags, const GDate *reference, CmqDateGuess *out)
{
  g_autoptr (GString) ascii = NULL;
  g_autoptr (GArray) tokens = NULL;
  CmqDateFolding folding;
  gsize next = 0;
  int languages =
      (flags & CMQ_DATE_FIND_ANY_LANGUAGE) != 0 ? LANG_ALL : cmq_date_languages_of (language);
  const GDate *given = reference;
  GDate today;

  g_return_val_if_fail (out != NULL, FALSE);
  memset (out, 0, sizeof *out);
  g_return_val_if_fail (text != NULL, FALSE);
  /* A file with no usable date still cannot be from the future. */
  if (reference == NULL || !g_date_valid (reference))
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      reference = &today;
    }

  /* g_str_to_ascii() walks UTF-8 characters: each part of the text is checked before it is
   * folded, and a text with a stray byte is read again made valid. What is read before a part
   * is checked (the first part, longer than the dateline looked for) is the same in both. */
  folding.text = text;
  folding.length = strlen (text);
  folding.folded = 0;
  folding.ascii = ascii = g_string_sized_new (MIN (folding.length, 4 * CMQ_DATE_FOLD_CHUNK));
  if (!cmq_date_fold_more (&folding))
    return find_in_valid (text, evidence, language, flags, given, out);
  /* A date in figures that opens the text is its dateline ("Strasbourg, 30.11.2011 – …"). */
  if (find_numeric_at_start (text, language, flags, reference, out))
    return TRUE;
  tokens = g_array_sized_new (FALSE, TRUE, sizeof (Token), 2 * (FIRST_TOKENS + MAX_LOOKAHEAD + 1));

  for (guint i = 0;; i++)
    {
      Mention mention;

      /* Most dates are in the first lines: the rest of the text is cut into tokens only when
       * no date was found before it. */
      if (i + MAX_LOOKAHEAD >= tokens->len &&
          !tokenize_folding (&folding, &next, tokens,
                             i + MAX_LOOKAHEAD + 1 +
                                 CLAMP (tokens->len, FIRST_TOKENS, TOKEN_CHUNK)))
        return find_in_valid (text, evidence, language, flags, given, out);
      if (i >= tokens->len)
        break;

      if (month_of (tokens, i, languages) == 0 || !parse_mention (tokens, i, languages, &mention))
        continue;
      /* Impossible dates ("31 February", "0 May", year 0000) are skipped, never repaired. */
      if (mention.year < 0 ||
          !g_date_valid_dmy (mention.day, mention.month, mention.year != 0 ? mention.year : 2000))
        continue;
      /* the year may then be looked for in the whole text */
      if (mention.year == 0 && !cmq_date_fold_all (&folding))
        return find_in_valid (text, evidence, language, flags, given, out);
      if (mention.year == 0 && mention.shift == 0)
        mention.year = cmq_date_numeric_year_of (text, language, flags, &mention, reference);
      cmq_date_resolve (&mention, evidence, ascii->str, reference, out);
      return TRUE;
    }
  return find_numeric (text, language, flags, reference, out);
}
