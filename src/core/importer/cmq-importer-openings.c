/* cmq-importer-openings.c: the one table of the words with which a line presents an organisation
 * (presenting-openings.txt): before its name ("News from WWF", "About the United Nations
 * Foundation", "À propos de l'OIF", "Latest releases from X") or after it ("Save the Children -
 * latest news", "Chatham House is pleased to announce …", "UNAIDS leads …"). The site-name, publisher, office and
 * credit rules read it through these functions, each for the kinds of presenting it reads, and
 * each adds its own checks on the name they give.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define OPENINGS_PATH "/io/github/communique/Communique/core/presenting-openings.txt"

/* The kinds a line of the table may have: each of CmqPresenting, and the articles. */
#define N_KINDS 6

/* The three shapes a caller may ask for (Shape), for every set of kinds. */
#define N_SETS (1 << (N_KINDS - 1))

typedef enum
{
  SHAPE_OPENS_LINE,     /* the name after an opening, to the line's end */
  SHAPE_OPENS_SENTENCE, /* the name after an opening, to the first clause's end */
  SHAPE_CLOSES,         /* the name before a phrase after it */
  N_SHAPES,
} Shape;

/* The table: for every kind, the regular expressions of its phrases before and after a name,
 * each joined into one alternation (NULL: none). */
typedef struct
{
  GString *before[N_KINDS];
  GString *after[N_KINDS];
  /* For the phrases after a name: the Needle of every alternative of each phrase's last word
   * that must be there (a cheap test before the pattern); or, when one of them has none, NULL
   * with @unneedled set. */
  GPtrArray *needles[N_KINDS];
  gboolean unneedled[N_KINDS];
} Openings;

/* A needle that says less than this (see needle_of ()) is in most lines: not worth looking for
 * first. */
#define MIN_NEEDLE_SCORE 3

static const char *const kind_names[] = { "news",    "about",    "announce",
                                          "present", "activity", "article" };
/* a kind added to CmqPresenting and the table needs its name here */
G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == N_KINDS);

/* One alternative of a phrase's word as a regular expression: letters as they are, "_" a space,
 * an apostrophe either of them; @sep after it (or before it, when @leading), except that nothing
 * need follow an apostrophe. */
static void
append_alternative (GString *out, const char *word, gsize len, gboolean leading)
{
  gboolean elided = len > 0 && word[len - 1] == '\'';

  if (leading)
    g_string_append (out, "\\s+");
  for (gsize i = 0; i < len; i++)
    if (word[i] == '_')
      g_string_append (out, "\\s+");
    else if (word[i] == '\'')
      g_string_append (out, "['’]");
    else if (strchr ("\\^$.|?*+()[]{}-", word[i]) != NULL)
      g_string_append_printf (out, "\\%c", word[i]);
    else
      g_string_append_c (out, word[i]);
  if (!leading)
    g_string_append (out, elided ? "\\s*" : "\\s+");
}

/* A phrase of the table ("[the] [latest] news/updates from") as a regular expression, its words'
 * spaces written before them (@leading: a phrase after a name) or after them. */
static void
append_phrase (GString *out, const char *phrase, gboolean leading)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);

  g_string_append (out, "(?:");
  for (guint w = 0; words[w] != NULL; w++)
    {
      const char *word = words[w];
      gboolean opens = *word == '[';
      gboolean closes = g_str_has_suffix (word, "]");
      g_auto (GStrv) alternatives = NULL;

      if (*word == '\0')
        continue;
      if (opens)
        g_string_append (out, "(?:");
      alternatives = g_strsplit (word + opens, "/", -1);
      g_string_append (out, "(?:");
      for (guint a = 0; alternatives[a] != NULL; a++)
        {
          gsize len = strlen (alternatives[a]);

          if (a + 1 == g_strv_length (alternatives) && closes)
            len--;
          g_string_append (out, a > 0 ? "|" : "");
          append_alternative (out, alternatives[a], len, leading);
        }
      g_string_append (out, ")");
      if (closes)
        g_string_append (out, ")?");
    }
  g_string_append (out, ")");
}

/* What an alternative of a phrase's word is looked for by: a run of its ASCII letters, in lower
 * case, and whether a character outside ASCII must be right before it or right after it. */
typedef struct
{
  gboolean before;
  gboolean after;
  char run[];
} Needle;

/* Whether a character @c of a phrase matches, without regard to case, only characters outside
 * ASCII: all of them but the long s, the Kelvin sign and the dotted and dotless i, whose other
 * case may be an ASCII letter. */
static gboolean
only_outside_ascii (gunichar c)
{
  return c >= 0x80 && c != 0x17F && c != 0x212A && c != 0x130 && c != 0x131;
}

/* The needle of @alternative: its run of ASCII letters that says most (a letter a point, a
 * character outside ASCII beside it two), or NULL when none says MIN_NEEDLE_SCORE. A caseless
 * match of the pattern holds the run as it is, but for the case of its letters (only a k, an s
 * and perhaps an i have a case outside ASCII, which may_close () sees to), with such characters
 * beside it. */
static Needle *
needle_of (const char *alternative)
{
  gsize len = strlen (alternative);
  gsize best = 0, best_len = 0, best_score = 0;
  gboolean best_before = FALSE, best_after = FALSE;
  Needle *needle;

  for (gsize i = 0; i < len;)
    {
      gsize run = 0, score;
      gboolean before, after;

      while (i + run < len && g_ascii_isalpha (alternative[i + run]))
        run++;
      if (run == 0)
        {
          i++;
          continue;
        }
      before = i > 0 && only_outside_ascii (g_utf8_get_char (g_utf8_prev_char (alternative + i)));
      after = i + run < len && only_outside_ascii (g_utf8_get_char (alternative + i + run));
      score = run + 2 * before + 2 * after;
      if (score > best_score)
        {
          best = i;
          best_len = run;
          best_score = score;
          best_before = before;
          best_after = after;
        }
      i += run;
    }
  if (best_score < MIN_NEEDLE_SCORE)
    return NULL;
  needle = g_malloc (sizeof (Needle) + best_len + 1);
  needle->before = best_before;
  needle->after = best_after;
  for (gsize k = 0; k < best_len; k++)
    needle->run[k] = g_ascii_tolower (alternative[best + k]);
  needle->run[best_len] = '\0';
  return needle;
}

/* Whether @lower, a text with its ASCII letters in lower case, holds @needle. */
static gboolean
holds_needle (const char *lower, const Needle *needle)
{
  gsize len = strlen (needle->run);

  for (const char *p = strstr (lower, needle->run); p != NULL; p = strstr (p + 1, needle->run))
    if ((!needle->before || (p > lower && (guchar) p[-1] >= 0x80)) &&
        (!needle->after || (guchar) p[len] >= 0x80))
      return TRUE;
  return FALSE;
}

/* Adds the needles of @phrase, a phrase after a name of @kind, to @openings: those of its last
 * word outside brackets; none for the kind when one is missing. */
static void
add_needles (Openings *openings, guint kind, const char *phrase)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  g_auto (GStrv) alternatives = NULL;
  const char *last = NULL;
  gboolean optional = FALSE;

  for (guint w = 0; words[w] != NULL; w++)
    {
      optional |= *words[w] == '[';
      if (*words[w] != '\0' && !optional)
        last = words[w];
      if (g_str_has_suffix (words[w], "]"))
        optional = FALSE;
    }
  if (last == NULL)
    openings->unneedled[kind] = TRUE;
  if (openings->unneedled[kind])
    {
      g_clear_pointer (&openings->needles[kind], g_ptr_array_unref);
      return;
    }
  if (openings->needles[kind] == NULL)
    openings->needles[kind] = g_ptr_array_new_with_free_func (g_free);
  alternatives = g_strsplit (last, "/", -1);
  for (guint a = 0; alternatives[a] != NULL && !openings->unneedled[kind]; a++)
    {
      Needle *needle = needle_of (alternatives[a]);

      if (needle != NULL)
        g_ptr_array_add (openings->needles[kind], needle);
      else
        openings->unneedled[kind] = TRUE;
    }
  if (openings->unneedled[kind])
    g_clear_pointer (&openings->needles[kind], g_ptr_array_unref);
}

/* Adds a line of the table ("news before [the] [latest] news/updates from") to @openings. */
static void
add_line (Openings *openings, const char *line)
{
  g_auto (GStrv) fields = g_strsplit (line, " ", 3);
  GString **place;
  guint kind;

  if (g_strv_length (fields) < 2)
    return;
  for (kind = 0; kind < N_KINDS && strcmp (fields[0], kind_names[kind]) != 0; kind++)
    ;
  if (kind == N_KINDS)
    return;
  if (kind == N_KINDS - 1)
    place = &openings->before[kind];
  else if (fields[2] != NULL && strcmp (fields[1], "before") == 0)
    place = &openings->before[kind];
  else if (fields[2] != NULL && strcmp (fields[1], "after") == 0)
    place = &openings->after[kind];
  else
    return;
  if (*place == NULL)
    *place = g_string_new (NULL);
  else
    g_string_append_c (*place, '|');
  append_phrase (*place, kind == N_KINDS - 1 ? fields[1] : fields[2],
                 place == &openings->after[kind]);
  if (place == &openings->after[kind])
    add_needles (openings, kind, fields[2]);
}

/* The table, loaded once. */
static Openings *
openings_get (void)
{
  static gsize init = 0;
  static Openings *openings = NULL;

  if (g_once_init_enter (&init))
    {
      g_auto (GStrv) lines = cmq_importer_data_lines (OPENINGS_PATH, "presenting openings");

      openings = g_new0 (Openings, 1);
      for (guint i = 0; lines[i] != NULL; i++)
        add_line (openings, lines[i]);
      g_once_init_leave (&init, 1);
    }
  return openings;
}

/* The alternation of the phrases of @kinds at @after's place, or NULL when there is none. */
static char *
alternation (CmqPresenting kinds, gboolean after)
{
  Openings *openings = openings_get ();
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint kind = 0; kind + 1 < N_KINDS; kind++)
    {
      GString *phrases = after ? openings->after[kind] : openings->before[kind];

      if ((kinds & (1u << kind)) == 0 || phrases == NULL)
        continue;
      g_string_append_printf (out, "%s%s", out->len > 0 ? "|" : "", phrases->str);
    }
  return out->len > 0 ? g_strdup (out->str) : NULL;
}

/* The pattern of @shape for @kinds, or NULL when the table has no phrase for them. The name is
 * group 1. */
static char *
pattern_of (CmqPresenting kinds, Shape shape)
{
  Openings *openings = openings_get ();
  GString *articles = openings->before[N_KINDS - 1];
  g_autofree char *phrases = alternation (kinds, shape == SHAPE_CLOSES);

  if (phrases == NULL)
    return NULL;
  switch (shape)
    {
    case SHAPE_OPENS_LINE:
      return g_strdup_printf ("^(?:%s)%s%s%s(.+?)\\s*[:.]?$", phrases, articles ? "(?:" : "",
                              articles ? articles->str : "", articles ? ")?" : "");
    case SHAPE_OPENS_SENTENCE:
      return g_strdup_printf ("^(?:%s)%s%s%s([^,.;:()]+?)(?:\\s*[,.;]|\\s+and\\s|$)", phrases,
                              articles ? "(?:" : "", articles ? articles->str : "",
                              articles ? ")?" : "");
    case SHAPE_CLOSES:
      /* a news heading's name and words are parted by a mark, a sentence's subject by none */
      if (kinds == CMQ_PRESENTING_ANNOUNCE)
        return g_strdup_printf ("^(?:the\\s+|l[ae]\\s+|l['’])?([^,;:()]+?)(?:%s)\\b", phrases);
      /* a note's subject may spell its name out before its acronym: "The Joint United Nations
       * Programme on HIV/AIDS (UNAIDS) leads …" */
      if ((kinds & ~(CMQ_PRESENTING_PRESENT | CMQ_PRESENTING_ACTIVITY)) == 0)
        return g_strdup_printf ("^(?:the\\s+|l[ae]\\s+|l['’])?([^;:]+?)(?:%s)\\b", phrases);
      return g_strdup_printf ("^(.+?)\\s+[-–—|:](?:%s)$", phrases);
    case N_SHAPES:
    default:
      g_assert_not_reached ();
    }
}

/* Whether @text may hold a phrase after a name of @kinds: FALSE only when it holds none of their
 * needles, whatever their letters' case. */
static gboolean
may_close (const char *text, CmqPresenting kinds)
{
  Openings *openings = openings_get ();
  g_autofree char *lower = NULL;

  for (guint kind = 0; kind + 1 < N_KINDS; kind++)
    if ((kinds & (1u << kind)) != 0 && openings->after[kind] != NULL && openings->unneedled[kind])
      return TRUE;
  /* the long s and the Kelvin sign, which caseless matching takes for an s and a k, and the
   * dotted and dotless i, which some may take for an i or an I */
  if (strstr (text, "\xC5\xBF") != NULL || strstr (text, "\xE2\x84\xAA") != NULL ||
      strstr (text, "\xC4\xB0") != NULL || strstr (text, "\xC4\xB1") != NULL)
    return TRUE;
  lower = g_ascii_strdown (text, -1);
  for (guint kind = 0; kind + 1 < N_KINDS; kind++)
    {
      GPtrArray *needles = openings->needles[kind];

      if ((kinds & (1u << kind)) == 0 || needles == NULL)
        continue;
      for (guint n = 0; n < needles->len; n++)
        if (holds_needle (lower, g_ptr_array_index (needles, n)))
          return TRUE;
    }
  return FALSE;
}

/* The name that @text presents in @shape with a phrase of @kinds, as written, or NULL. */
static char *
presented_name (const char *text, CmqPresenting kinds, Shape shape)
{
  static gsize initialised[N_SETS][N_SHAPES];
  static CmqRegex *regexes[N_SETS][N_SHAPES];
  static gboolean none[N_SETS][N_SHAPES];
  guint set = kinds & (N_SETS - 1);

  if (g_once_init_enter (&initialised[set][shape]))
    {
      g_autofree char *pattern = pattern_of (set, shape);

      none[set][shape] = pattern == NULL;
      if (pattern != NULL)
        regexes[set][shape] = cmq_regex_new (pattern, TRUE);
      g_once_init_leave (&initialised[set][shape], 1);
    }
  if (none[set][shape] || regexes[set][shape] == NULL ||
      (shape == SHAPE_CLOSES && !may_close (text, set)) ||
      !cmq_regex_match (regexes[set][shape], text))
    return NULL;
  return cmq_regex_fetch (text, 1);
}

char *
cmq_importer_name_after_opening (const char *text, CmqPresenting kinds)
{
  return presented_name (text, kinds, SHAPE_OPENS_LINE);
}

char *
cmq_importer_name_after_opening_in_clause (const char *text, CmqPresenting kinds)
{
  return presented_name (text, kinds, SHAPE_OPENS_SENTENCE);
}

char *
cmq_importer_name_before_closing (const char *text, CmqPresenting kinds)
{
  return presented_name (text, kinds, SHAPE_CLOSES);
}
