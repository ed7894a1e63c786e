/* cmq-importer-quotes.c: the quotations of a release and who said them.
 *
 * Dumps mix curly, straight and French marks, sometimes in one quote, and sometimes lose the
 * opening mark of a quote that starts a paragraph; the speaker is named next to the quote in a
 * few set ways ("said X", "X said", "he added", "a déclaré M. X", "selon X").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Fewer words than this in marks is a scare quote, not a quotation. */
#define MIN_QUOTE_WORDS 3
/* How far around a quote its speaker is looked for. */
#define MAX_CONTEXT_BYTES 240
/* How far back in the sentence before a quote its speaker may be named. */
#define MAX_BEFORE_BYTES 600
/* How far back in the quote's own paragraph "he" may have been named. */
#define MAX_NAMED_BEFORE_BYTES 2000

typedef enum
{
  MARK_OPEN,
  MARK_CLOSE,
  MARK_EITHER
} MarkKind;

typedef struct
{
  gsize start; /* byte offset of the mark */
  gsize end;   /* byte offset after it */
  MarkKind kind;
} Mark;

/* Possessive (*+): what follows a capitalised word in every pattern below (a space, a comma, the
 * end) is never one of its characters, so giving some back could never make a match; without it
 * the engine gave them back one at a time at every capital of a failed search. */
#define CAPWORD  "\\p{Lu}[\\p{L}\\p{M}'’-]*+"
#define PARTICLE "(?:de|van|der|von|den|du|da|di|ter)"
#define TITLE    "(?:Mr|Ms|Mrs|Dr|Gen|Lt|Col|M|Mme|Prof)\\."
#define PERSON                                                                                     \
  "(?:" TITLE "\\s+)?(?:" PARTICLE "\\s+)*" CAPWORD "(?:\\s+(?:" PARTICLE "\\s+)*" CAPWORD ")*"
#define SG_FR "(?:secrétaire général(?:e)?(?: adjoint(?:e)?)?(?: de l['’]OTAN)?)"
/* A role rather than a name: "le Premier ministre", "la ministre des Affaires étrangères". */
#define ROLE_FR                                                                                    \
  "(?:(?:[Pp]remier|[Pp]remière)\\s+ministre|ministre(?:\\s+(?:de\\s+la|des|de|du)\\s+" CAPWORD    \
  ")?|"                                                                                            \
  "présidente?|porte-parole|ambassadeur|ambassadrice|commandant)"
#define SPEAKER "((?:[Tt]he\\s+|[Ll]e\\s+|[Ll]a\\s+|[Ll]['’])?(?:" ROLE_FR "|" PERSON "|" SG_FR "))"
#define PRONOUN "((?i:he|she|il|elle))"
#define VERB                                                                                         \
  "(?:said|says|added|adds|stressed|noted|told|explained|underlined|emphasi[sz]ed|stated|"           \
  "declared|warned|concluded|insisted|observed|remarked|affirmed|continued|highlighted|"             \
  "recalled|urged|reiterated|acknowledged|argued|announced|cautioned|confirmed|commented|"           \
  "replied|answered|pointed out|made clear|called it|described it as|a déclaré|a dit|a ajouté|a " \
  "souligné|a affirmé|"                                                                            \
  "a indiqué|a précisé|a estimé|a expliqué|a rappelé|a insisté|a conclu|a poursuivi|"         \
  "a relevé|a noté|a averti|a lancé|a évoqué|a salué|a réaffirmé|a fait valoir|déclare|"    \
  "souligne|ajoute|affirme|estime)"
#define PARTICIPLE                                                                                 \
  "(?:affirming|stating|saying|adding|stressing|noting|emphasi[sz]ing|underlining|warning|"        \
  "declaring|recalling|highlighting|explaining|insisting|declarant|déclarant|soulignant|"         \
  "affirmant|ajoutant|estimant|rappelant)"
#define QUOTE_FREE "[^“”\"«».!?]"

enum
{
  RE_AFTER_VERB_FIRST,    /* “…,” said X / a déclaré M. X */
  RE_AFTER_SPEAKER_FIRST, /* “…,” X said / he added */
  RE_AFTER_SELON,
  RE_BEFORE_VERB,       /* X said: “…” / he added that “…” */
  RE_BEFORE_PARTICIPLE, /* X praised …, affirming “…” */
  RE_BEFORE_SELON,
  RE_NAMED_PERSON, /* any titled person, for "he" with no speaker yet */
  N_REGEXES
};

/* RE_BEFORE_VERB and RE_BEFORE_PARTICIPLE end on a verb or participle followed by at most this
 * many characters (QUOTE_FREE{0,N}$). */
#define MAX_AFTER_VERB_CHARS       300
#define MAX_AFTER_PARTICIPLE_CHARS 60

static CmqRegex *
get_regex (guint which)
{
  static CmqRegex *regexes[N_REGEXES];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      const char *patterns[N_REGEXES] = {
        [RE_AFTER_VERB_FIRST] = "^[\\s,.;:—–-]*" VERB "\\s+(?:the\\s+|le\\s+|la\\s+)?"
                                "(" PERSON "|" SG_FR ")",
        [RE_AFTER_SPEAKER_FIRST] = "^[\\s,.;:—–-]*(?:" PRONOUN "|" SPEAKER ")"
                                   "\\s+(?:also\\s+|then\\s+|further\\s+)?" VERB "\\b",
        [RE_AFTER_SELON] = "^[\\s,.;:—–-]*(?:selon|according to)\\s+" SPEAKER,
        [RE_BEFORE_VERB] =
            "(?:\\b" PRONOUN "|" SPEAKER "),?\\s+(?:also\\s+|then\\s+|further\\s+)?" VERB
            "\\b" QUOTE_FREE "{0," G_STRINGIFY (MAX_AFTER_VERB_CHARS) "}+$",
        [RE_BEFORE_PARTICIPLE] = "(?:\\b" PRONOUN "|" SPEAKER ")\\s+(?:also\\s+)?"
                                 "(?:\\p{Ll}+(?:ed|s)|made|met|told|gave|took|spoke)\\b" QUOTE_FREE
                                 "{0,160}?\\b" PARTICIPLE "\\b" QUOTE_FREE
                                 "{0," G_STRINGIFY (MAX_AFTER_PARTICIPLE_CHARS) "}+$",
        [RE_BEFORE_SELON] =
            "(?:[Ss]elon|[Aa]ccording to)\\s+" SPEAKER "\\s*(?:,\\s*" QUOTE_FREE "{0,160}+)?$",
        [RE_NAMED_PERSON] = "(?:NATO\\s+)?(?:Deputy\\s+)?Secretary[ -]General(?:\\s+" PERSON ")?|"
                            "(?:Mr|Ms|Mrs|Dr|M|Mme|Lord)\\.?\\s+" PERSON,
      };

      for (guint i = 0; i < N_REGEXES; i++)
        {
          regexes[i] = cmq_regex_new (patterns[i], FALSE);
          if (regexes[i] == NULL)
            g_error ("Bad speaker pattern %u", i);
        }
      g_once_init_leave (&initialised, 1);
    }
  return regexes[which];
}

static gboolean
is_space_or_start (const char *text, gsize offset)
{
  gunichar c;

  if (offset == 0)
    return TRUE;
  c = g_utf8_get_char (g_utf8_prev_char (text + offset));
  return g_unichar_isspace (c) || c == '(' || c == '[' || c == 0x2014 || c == 0x2013 || c == '-' ||
         c == 0x00A0;
}

static gboolean
is_space_or_end (const char *text, gsize offset)
{
  gunichar c = g_utf8_get_char (text + offset);

  return c == 0 || g_unichar_isspace (c) || g_unichar_ispunct (c);
}

/* The first byte from @p on that may start a mark: the straight quote mark, the only mark of
 * ASCII, or a byte beyond ASCII; @end if none. Eight bytes at a time: most of a paragraph is
 * plain ASCII, which was walked a character at a time. */
static const char *
next_mark_byte (const char *p, const char *end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  for (; end - p >= 8; p += 8)
    {
      guint64 word;
      guint64 x;

      memcpy (&word, p, sizeof word);
      x = word ^ (ones * '"');
      /* a byte of x is zero (a quote mark in word), or a byte of word has its high bit */
      if ((((x - ones) & ~x) | word) & highs)
        break;
    }
  while (p < end && (guchar) *p < 0x80 && *p != '"')
    p++;
  return p;
}

static GArray *
find_marks (const char *text)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  const char *end = text + strlen (text);

  /* The ASCII bytes skipped are characters of their own, so the characters visited are those
   * of a walk through every character. */
  for (const char *p = next_mark_byte (text, end); p < end;
       p = next_mark_byte (g_utf8_next_char (p), end))
    {
      gunichar c;
      Mark mark;

      c = g_utf8_get_char (p);
      mark = (Mark){ p - text, g_utf8_next_char (p) - text, MARK_EITHER };

      if (c == 0x201C || c == 0x00AB || c == 0x201E)
        mark.kind = MARK_OPEN;
      else if (c == 0x201D || c == 0x00BB)
        mark.kind = MARK_CLOSE;
      else if (c == '"')
        {
          gboolean before = is_space_or_start (text, mark.start);
          gboolean after = is_space_or_end (text, mark.end);

          /* Spaced French marks (" … ") and marks inside words stay undecided. */
          if (before && !after)
            mark.kind = MARK_OPEN;
          else if (!before && after)
            mark.kind = MARK_CLOSE;
        }
      else
        continue;
      g_array_append_val (marks, mark);
    }
  return marks;
}

/* The words of @text, counted up to @most: whether a quote has enough needs no more, and a
 * quote's every character was looked at. */
static guint
count_words (const char *text, guint most)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0' && n < most; p = g_utf8_next_char (p))
    {
      gboolean letter =
          (guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p));

      if (letter && !in_word)
        n++;
      in_word = letter;
    }
  return n;
}

static char *
clean_speaker (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name));
  const char *start = copy;
  const char *sg;

  if (g_str_has_prefix (start, "the ") || g_str_has_prefix (start, "The ") ||
      g_str_has_prefix (start, "le ") || g_str_has_prefix (start, "Le ") ||
      g_str_has_prefix (start, "la ") || g_str_has_prefix (start, "La "))
    start = strchr (start, ' ') + 1;
  /* A missing full stop can run the previous sentence's last words into the name. */
  sg = strstr (start, "NATO Secretary General");
  if (sg == NULL)
    sg = strstr (start, "Secretary General");
  if (sg != NULL)
    start = sg;
  return g_strdup (start);
}

static gboolean
is_pronoun (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);

  return g_str_equal (lower, "he") || g_str_equal (lower, "she") || g_str_equal (lower, "il") ||
         g_str_equal (lower, "elle");
}

/* Moves @offset back by at most @max bytes, to the start of a character. */
static gsize
back_at_most (const char *text, gsize offset, gsize max)
{
  gsize start = offset > max ? offset - max : 0;

  while (start < offset && ((guchar) text[start] & 0xC0) == 0x80)
    start++;
  return start;
}

/* Moves @offset back by @count characters (code points, as the patterns count them), or to
 * the start of @text. */
static gsize
back_characters (const char *text, gsize offset, gsize count)
{
  while (offset > 0 && count > 0)
    if (((guchar) text[--offset] & 0xC0) != 0x80)
      count--;
  return offset;
}

/* The most characters an alternative of @alternatives ("(?:said|says|…)") can match: its
 * length, as a character class such as [sz] is longer than the one character it matches. */
static gsize
longest_alternative (const char *alternatives)
{
  g_autofree char *inner = g_strndup (alternatives + 3, strlen (alternatives) - 4);
  g_auto (GStrv) words = NULL;
  gsize longest = 0;

  g_assert (g_str_has_prefix (alternatives, "(?:") && g_str_has_suffix (alternatives, ")"));
  g_assert (strchr (inner, '(') == NULL && strchr (inner, '*') == NULL &&
            strchr (inner, '+') == NULL && strchr (inner, '{') == NULL);
  words = g_strsplit (inner, "|", -1);
  for (guint i = 0; words[i] != NULL; i++)
    longest = MAX (longest, (gsize) g_utf8_strlen (words[i], -1));
  return longest;
}

/* The alternatives of @alternatives ("(?:said|says|…)"), each cut at its character class
 * ("emphasi[sz]ed" as "emphasi"), by their first byte: a text in which none of them starts
 * holds none of the words. */
static GPtrArray **
alternatives_by_first_byte (const char *alternatives)
{
  g_autofree char *inner = g_strndup (alternatives + 3, strlen (alternatives) - 4);
  g_auto (GStrv) words = g_strsplit (inner, "|", -1);
  GPtrArray **by_first = g_new0 (GPtrArray *, 256);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guchar first = (guchar) words[i][0];

      words[i][strcspn (words[i], "[")] = '\0';
      g_assert (first != '\0' && first != '[');
      if (by_first[first] == NULL)
        by_first[first] = g_ptr_array_new ();
      g_ptr_array_add (by_first[first], g_strdup (words[i]));
    }
  return by_first;
}

/* Whether @word starts @p: strncmp () over strlen () of @word, without the two calls, which cost
 * more than the comparison, most often over the first two bytes only. */
static inline gboolean
starts_with_word (const char *p, const char *word)
{
  gsize i = 0;

  for (; word[i] != '\0'; i++)
    if (p[i] != word[i])
      return FALSE;
  return TRUE;
}

/* Whether one of the words of @by_first starts at @p. */
static gboolean
has_word_at (const char *p, GPtrArray **by_first)
{
  GPtrArray *words = by_first[(guchar) *p];

  for (guint i = 0; words != NULL && i < words->len; i++)
    if (starts_with_word (p, g_ptr_array_index (words, i)))
      return TRUE;
  return FALSE;
}

/* Whether @c may end a \s: an ASCII space (\t to \r, \v too, or ' '), or a byte above ASCII,
 * which may be the end of a longer space. */
static gboolean
may_end_space (guchar c)
{
  return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x80;
}

/* Whether one of the words of @by_first starts in @text at @from or after, where the byte
 * before may end what precedes it: a space before a verb (may_end_space ()), a word boundary
 * before a participle (any byte but an ASCII letter, digit or underscore; at the start of the
 * text too). */
static gboolean
has_word_from (const char *text, gsize from, GPtrArray **by_first, gboolean after_space)
{
  for (const char *p = text + from; *p != '\0'; p++)
    {
      guchar before = p > text ? (guchar) p[-1] : '\0';

      if (by_first[(guchar) *p] == NULL)
        continue;
      if (after_space ? !may_end_space (before)
                      : before != '\0' && (g_ascii_isalnum (before) || before == '_'))
        continue;
      if (has_word_at (p, by_first))
        return TRUE;
    }
  return FALSE;
}

/* Whether a word of @by_first may open @text after its spaces, punctuation and dashes
 * ([\s,.;:—–-]*, the start of RE_AFTER_VERB_FIRST). Every byte above ASCII is skipped as if
 * part of a space or a dash, and a word is looked for at each byte skipped as well as where the
 * run ends: where the pattern finds a word, this finds it too. */
static gboolean
may_open_with_word (const char *text, GPtrArray **by_first)
{
  for (const char *p = text; *p != '\0'; p++)
    if (has_word_at (p, by_first))
      return TRUE;
    else if (!may_end_space (*p) && strchr (",.;:-", *p) == NULL)
      return FALSE;
  return FALSE;
}

/* The two patterns that search the text before a quote are slow, as they try a speaker at every
 * position, and most often fail: they cannot match unless their verb or participle starts among
 * the last characters of the text, after a space or at a word's start, which a look at each byte
 * there finds at once. */
static gboolean
may_match (guint which, const char *text)
{
  static gsize tail_verb = 0;
  static gsize tail_participle = 0;
  static GPtrArray **verbs = NULL;
  static GPtrArray **participles = NULL;
  static gsize initialised = 0;
  gsize length;

  if (g_once_init_enter (&initialised))
    {
      /* + 1: $ also matches before a newline that ends the text. */
      tail_verb = longest_alternative (VERB) + MAX_AFTER_VERB_CHARS + 1;
      tail_participle = longest_alternative (PARTICIPLE) + MAX_AFTER_PARTICIPLE_CHARS + 1;
      verbs = alternatives_by_first_byte (VERB);
      participles = alternatives_by_first_byte (PARTICIPLE);
      g_once_init_leave (&initialised, 1);
    }
  if (which == RE_AFTER_SELON || which == RE_BEFORE_SELON)
    /* Their words, "selon" or "according to", whatever their first letter's case: rare, and a
     * search that fails still cost a GMatchInfo. */
    return strstr (text, "elon") != NULL || strstr (text, "ccording to") != NULL;
  /* The pattern after a quote that opens with its verb. */
  if (which == RE_AFTER_VERB_FIRST)
    return may_open_with_word (text, verbs);
  /* The pattern after a quote that opens with its speaker: its verb comes after a space. */
  if (which == RE_AFTER_SPEAKER_FIRST)
    return has_word_from (text, 0, verbs, TRUE);
  if (which != RE_BEFORE_VERB && which != RE_BEFORE_PARTICIPLE)
    return TRUE;

  /* The tail's characters, counted back, not four bytes for each: most are one byte long, and
   * the scan of a long sentence's start was wasted. */
  length = strlen (text);
  if (which == RE_BEFORE_VERB)
    return has_word_from (text, back_characters (text, length, tail_verb), verbs, TRUE);
  return has_word_from (text, back_characters (text, length, tail_participle), participles, FALSE);
}

/* Returns the speaker group of the match: the first non-empty capture. */
static char *
match_speaker (guint which, const char *text, gboolean *pronoun)
{
  int count;

  *pronoun = FALSE;
  if (!may_match (which, text))
    return NULL;
  count = cmq_regex_exec (get_regex (which), text);
  for (int group = 1; group < count; group++)
    {
      g_autofree char *found = NULL;
      int start, end;

      if (!cmq_regex_group (group, &start, &end) || end == start)
        continue;
      /* Copied before anything else matches in this thread. */
      found = g_strndup (text + start, end - start);
      if (is_pronoun (found))
        {
          *pronoun = TRUE;
          return NULL;
        }
      return clean_speaker (found);
    }
  return NULL;
}

static char *
last_match (const char *text, gsize length)
{
  CmqRegex *regex = get_regex (RE_NAMED_PERSON);
  g_autofree char *copy = g_strndup (text, length);
  g_autofree char *last = NULL;
  int start = -1, end = -1;

  for (int count = cmq_regex_exec (regex, copy); count > 0;
       count = cmq_regex_exec_next (regex, copy))
    cmq_regex_group (0, &start, &end);
  if (start < 0)
    return NULL;
  last = g_strndup (copy + start, end - start);
  return clean_speaker (last);
}

/* The last titled person named before the quote, for "he said" with no speaker yet. People
 * named in the sentence that says "he" are rarely "he", so earlier paragraphs come first.
 * Paragraphs before *@searched are known to name no one: each is searched once, however many
 * quotes ask. */
static char *
last_named_person (const char *const *paragraphs, guint paragraph, gsize before, guint *searched)
{
  gsize start = back_at_most (paragraphs[paragraph], before, MAX_NAMED_BEFORE_BYTES);

  for (guint p = paragraph; p > *searched; p--)
    {
      char *found = last_match (paragraphs[p - 1], strlen (paragraphs[p - 1]));

      if (found != NULL)
        return found;
    }
  *searched = paragraph;
  return last_match (paragraphs[paragraph] + start, before - start);
}

/* Where a quote that lost its opening mark begins: after the last sentence that reports
 * speech ("The Secretary General said that …"), otherwise at the paragraph start. */
static gsize
unmarked_quote_start (const char *text, gsize close_at)
{
  static GRegex *reporting = NULL;
  /* its verbs, looked for at a word's start before the regex scans the sentence */
  static GPtrArray **verbs = NULL;
  static gsize initialised = 0;
  gsize start = 0;
  gsize offset = 0;

  if (g_once_init_enter (&initialised))
    {
      reporting = g_regex_new ("\\b" VERB "\\b", G_REGEX_OPTIMIZE, 0, NULL);
      verbs = alternatives_by_first_byte (VERB);
      g_once_init_leave (&initialised, 1);
    }
  while (offset < close_at)
    {
      gsize len = cmq_importer_first_sentence_length (text + offset);
      g_autofree char *sentence = NULL;

      if (offset + len >= close_at)
        break;
      sentence = g_strndup (text + offset, len);
      offset += len;
      while (text[offset] == ' ')
        offset++;
      if (has_word_from (sentence, 0, verbs, FALSE) && g_regex_match (reporting, sentence, 0, NULL))
        start = offset;
    }
  return start;
}

static char *
find_speaker (const char *const *paragraphs, guint paragraph, gsize open_at, gsize close_end,
              gsize context_start, gboolean *pronoun)
{
  const char *text = paragraphs[paragraph];
  g_autofree char *after = g_strndup (text + close_end, MAX_CONTEXT_BYTES);
  g_autofree char *before = NULL;
  const char *sentence_start;
  char *speaker;
  gboolean any_pronoun = FALSE;

  /* Keep whole characters: the context was cut at a byte count. */
  g_utf8_validate (after, -1, (const char **) &sentence_start);
  after[sentence_start - after] = '\0';

  for (guint which = RE_AFTER_VERB_FIRST; which <= RE_AFTER_SELON; which++)
    {
      speaker = match_speaker (which, after, pronoun);
      if (speaker != NULL || *pronoun)
        return speaker;
    }

  context_start = MAX (context_start, back_at_most (text, open_at, MAX_BEFORE_BYTES));
  before = g_strndup (text + context_start, open_at - context_start);
  /* Only the sentence the quote sits in. */
  sentence_start = before;
  for (const char *p = before; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ')
      sentence_start = p + 2;
  for (guint which = RE_BEFORE_VERB; which <= RE_BEFORE_SELON; which++)
    {
      speaker = match_speaker (which, sentence_start, pronoun);
      if (speaker != NULL)
        return speaker;
      any_pronoun = any_pronoun || *pronoun;
    }
  *pronoun = any_pronoun;
  return NULL;
}

static void
add_quote (GPtrArray *quotes, const char *const *paragraphs, guint paragraph, gsize text_start,
           gsize text_end, gsize open_at, gsize close_end, gsize context_start, char **last_speaker,
           guint *searched, char **paragraph_speaker)
{
  const char *text = paragraphs[paragraph];
  g_autofree char *words = g_strndup (text + text_start, text_end - text_start);
  g_autofree char *speaker = NULL;
  gboolean pronoun = FALSE;
  gsize len;

  g_strstrip (words);
  len = strlen (words);
  while (len > 0 && words[len - 1] == ',')
    words[--len] = '\0';
  g_strchomp (words);
  if (count_words (words, MIN_QUOTE_WORDS) < MIN_QUOTE_WORDS)
    return;

  speaker = find_speaker (paragraphs, paragraph, open_at, close_end, context_start, &pronoun);
  if (speaker == NULL && pronoun)
    {
      if (*last_speaker == NULL)
        *last_speaker = last_named_person (paragraphs, paragraph, open_at, searched);
      speaker = g_strdup (*last_speaker);
    }
  /* A second quote in the paragraph with no attribution of its own goes on speaking. */
  if (speaker == NULL && *paragraph_speaker != NULL)
    speaker = g_strdup (*paragraph_speaker);
  if (speaker != NULL && !pronoun)
    {
      g_free (*last_speaker);
      *last_speaker = g_strdup (speaker);
    }
  if (speaker != NULL)
    {
      g_free (*paragraph_speaker);
      *paragraph_speaker = g_strdup (speaker);
    }
  g_ptr_array_add (quotes, cmq_quote_new (words, speaker, paragraph));
}

GPtrArray *
cmq_importer_find_quotes (const char *const *paragraphs)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  g_autofree char *last_speaker = NULL;
  guint searched = 0;

  for (guint p = 0; paragraphs[p] != NULL && quotes->len < CMQ_IMPORT_MAX_QUOTES; p++)
    {
      g_autoptr (GArray) marks = find_marks (paragraphs[p]);
      g_autofree char *paragraph_speaker = NULL;
      gboolean open = FALSE;
      gsize open_at = 0;
      gsize open_end = 0;
      gsize context_start = 0;
      gboolean seen_any = FALSE;

      for (guint m = 0; m < marks->len && quotes->len < CMQ_IMPORT_MAX_QUOTES; m++)
        {
          Mark *mark = &g_array_index (marks, Mark, m);

          if (!open && (mark->kind == MARK_OPEN || mark->kind == MARK_EITHER))
            {
              open = TRUE;
              open_at = mark->start;
              open_end = mark->end;
            }
          else if (open && (mark->kind == MARK_CLOSE || mark->kind == MARK_EITHER))
            {
              add_quote (quotes, paragraphs, p, open_end, mark->start, open_at, mark->end,
                         context_start, &last_speaker, &searched, &paragraph_speaker);
              open = FALSE;
              context_start = mark->end;
            }
          else if (open)
            {
              /* Two opening marks: the first lost its partner; start again here. */
              open_at = mark->start;
              open_end = mark->end;
            }
          else if (!seen_any)
            {
              /* A closing mark before any opening one: the quote began with the paragraph
               * and its opening mark was lost. */
              gsize start = unmarked_quote_start (paragraphs[p], mark->start);

              add_quote (quotes, paragraphs, p, start, mark->start, start, mark->end, start,
                         &last_speaker, &searched, &paragraph_speaker);
              context_start = mark->end;
            }
          seen_any = TRUE;
        }
    }
  return quotes;
}
