/* cmq-importer-glued.c: a page's head saved as one line, the headline, its date label and the
 * page's links glued before the story's first sentence ("Dyżurny rozpoznał … w telewizji Data
 * publikacji 19.09.2019 Powrót Generuj PDF Drukuj 18 września br. dyżurny …", heldout15
 * policja-01), cut back into the lines the page had; the dash an agency's item keeps before its
 * first sentence once its dateline is gone ("- Il vicepremier … (Res)", heldout16 agenzianova-01);
 * a page's head glued before the story, its headline written again at the head's end
 * ("<office> - <kind> Nr.: 584/02 <place>, <date> <headline> <first sentence>", heldout11
 * sachsen-anhalt-01), cut into the issuer, the kind, the headline and the dateline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The page's links glued after the date ("Powrót Generuj PDF Drukuj"): where @text's first word
 * that is not one of interface-words.txt starts. */
static gsize
skip_interface_words (const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      gsize len = strcspn (p, " ");
      g_autofree char *word = g_strndup (p, len);
      g_autofree char *key = cmq_importer_key (word);

      if (*key == '\0' || !cmq_importer_is_interface_line (key, 1))
        break;
      p += len + strspn (p + len, " ");
    }
  return (gsize) (p - text);
}

void
cmq_importer_append_paragraph (GArray *lines, const char *text, gsize len)
{
  Line line = { g_strchomp (g_strndup (text, len)), NULL, FALSE };
  Line blank = { g_strdup (""), NULL, FALSE };

  g_array_append_val (lines, line);
  g_array_append_val (lines, blank);
}

/* How the labels cmq_importer_glued_date_label () finds open, lower-cased ("Data publikacji",
 * "Publication date", "Release date", "Mise en ligne le", "Veröffentlicht am", "Fecha de
 * publicación", "Gepubliceerd op"): a label added there must open with one of these. */
static const char label_openings[][4] = { "dat", "pub", "rel", "mis", "ver", "fec", "gep" };

/* Whether one of the eight bytes of @x is an ASCII capital (from 'A' to 'Z'), exactly: for a
 * byte below 0x80, the first term's high bit is set when it is at most 'Z', the last's when it is
 * at least 'A'; ~@x leaves out the bytes above ASCII. No carry crosses from byte to byte. */
static inline gboolean
has_ascii_capital (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 low7 = ones * 0x7F;
  const guint64 highs = ones * 0x80;

  return ((ones * (127 + 'Z' + 1) - (x & low7)) & ~x & ((x & low7) + ones * (127 - ('A' - 1))) &
          highs) != 0;
}

/* Whether @text may hold a date label glued to its headline: a capital after a space, then the
 * opening of a label, which its regex (case-insensitive) would also take. Most lines have none
 * and are not given to the regex, which costs more than the rest of the line's splitting; eight
 * bytes without a capital are passed over at once. */
static gboolean
may_hold_date_label (const char *text)
{
  const guchar *s = (const guchar *) text;
  gsize len = strlen (text);

  /* c: the capital, from the second byte on; the byte before it, c[-1] */
  for (gsize i = 1; i < len;)
    {
      gsize stop = len;
      guint64 word;

      if (len - i >= sizeof word)
        {
          memcpy (&word, s + i, sizeof word);
          stop = i + sizeof word;
          if (!has_ascii_capital (word))
            {
              i = stop;
              continue;
            }
        }
      for (; i < stop; i++)
        {
          const guchar *c = s + i;

          /* \s before the label: an ASCII space or the last byte of a character beyond ASCII */
          if (c[0] < 'A' || c[0] > 'Z' || (c[-1] > ' ' && c[-1] < 0x80) || c[1] == '\0')
            continue;
          for (guint k = 0; k < G_N_ELEMENTS (label_openings); k++)
            if ((c[0] | 0x20) == label_openings[k][0] && (c[1] | 0x20) == label_openings[k][1] &&
                ((c[2] | 0x20) == label_openings[k][2] ||
                 /* "ſ", which a case-insensitive "s" matches */
                 (label_openings[k][2] == 's' && c[2] == 0xC5 && c[3] == 0xBF)))
              return TRUE;
        }
    }
  return FALSE;
}

void
cmq_importer_split_glued_date_label (GArray *lines, Line *line)
{
  gsize end = 0;
  gsize label =
      may_hold_date_label (line->text) ? cmq_importer_glued_date_label (line->text, &end) : 0;
  gsize links;
  char *rest;

  if (label == 0)
    return;
  cmq_importer_append_paragraph (lines, line->text, label);
  cmq_importer_append_paragraph (lines, line->text + label, end - label);
  end += strspn (line->text + end, " ");
  links = skip_interface_words (line->text + end);
  if (links > 0)
    cmq_importer_append_paragraph (lines, line->text + end, links);
  rest = g_strdup (line->text + end + links);
  g_free (line->text);
  line->text = rest;
}

/* A dump's first line that is a story's paragraph after a dash has at least this many words. */
#define MIN_DASHED_LEAD_WORDS 15

void
cmq_importer_strip_opening_dash (GArray *lines, Line *line)
{
  static const char *const dashes[] = { "- ", "\u2013 ", "\u2014 " };
  g_autofree char *key = NULL;

  for (guint i = 0; i < lines->len; i++)
    if (*g_array_index (lines, Line, i).text != '\0')
      return;
  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    {
      gsize n = strlen (dashes[k]);

      if (!g_str_has_prefix (line->text, dashes[k]) ||
          !g_unichar_isupper (g_utf8_get_char (line->text + n)) ||
          strstr (line->text + n, ". ") == NULL)
        continue;
      key = cmq_importer_key (line->text + n);
      if (cmq_importer_count_words (key) >= MIN_DASHED_LEAD_WORDS)
        memmove (line->text, line->text + n, strlen (line->text + n) + 1);
      return;
    }
}

/* The headline said again in a glued head has this many words at least, so that a phrase of the
 * story is not taken for it; what labels the page before it, this many at most; and the story
 * after it this many at least. */
#define MIN_GLUED_HEADLINE_WORDS 4
#define MAX_GLUED_LABEL_WORDS    20
#define MIN_GLUED_STORY_WORDS    15

/* Where @head, an earlier line of the head, comes back in @text as a whole run of words after a
 * label that is not a sentence and before a sentence's capital; or NULL. @text_len: strlen
 * (@text), the same for every earlier line. */
static const char *
find_glued_copy (const char *text, gsize text_len, const char *head)
{
  gsize len = strlen (head);
  guint words;
  const char *copy, *rest;
  g_autofree char *label = NULL;

  /* the lengths first: most earlier lines are too long to be said twice in @text, and their
   * words, counted for every line under them, cost more than the rest of the search */
  if (text_len < 2 * len)
    return NULL;
  words = cmq_importer_count_words (head);
  if (words < MIN_GLUED_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS)
    return NULL;
  copy = strstr (text + 1, head);
  if (copy == NULL || copy[-1] != ' ' || copy[len] != ' ')
    return NULL;
  rest = copy + len + 1;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) ||
      cmq_importer_count_words (rest) < MIN_GLUED_STORY_WORDS || strstr (rest, ". ") == NULL)
    return NULL;
  label = g_strndup (text, (gsize) (copy - 1 - text));
  if (cmq_importer_count_words (label) > MAX_GLUED_LABEL_WORDS ||
      cmq_importer_ends_sentence (label))
    return NULL;
  return copy;
}

/* Where the dateline that ends @label starts ("Staatskanzlei - Pressemitteilung Nr.: 584/02
 * Magdeburg, den 18. September 2002"), after the label's first word; or 0. */
static gsize
dateline_in_label (const char *label)
{
  for (const char *p = strchr (label, ' '); p != NULL; p = strchr (p + 1, ' '))
    {
      g_auto (CmqDumpParts) scratch = { NULL };

      if (cmq_importer_meta_role (p + 1, &scratch) == CMQ_LINE_DATELINE && scratch.headline == NULL)
        return (gsize) (p + 1 - label);
    }
  return 0;
}

/* Appends the @len first bytes of @label, the page's issuer and kind ("Staatskanzlei -
 * Pressemitteilung Nr.: 584/02"), to @lines: two lines when what follows a dash is a kind line,
 * so that the kind is read as it is on a line of its own. */
static void
append_label (GArray *lines, const char *label, gsize len)
{
  g_autofree char *head = g_strndup (label, len);
  static const char *const dashes[] = { " - ", " \u2013 ", " \u2014 " };

  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    {
      const char *dash = strstr (head, dashes[k]);
      const char *kind = dash != NULL ? dash + strlen (dashes[k]) : NULL;
      g_auto (CmqDumpParts) scratch = { NULL };

      if (kind != NULL && cmq_importer_meta_role (kind, &scratch) == CMQ_LINE_KIND)
        {
          cmq_importer_append_paragraph (lines, head, (gsize) (dash - head));
          cmq_importer_append_paragraph (lines, kind, strlen (kind));
          return;
        }
    }
  cmq_importer_append_paragraph (lines, head, len);
}

void
cmq_importer_split_glued_headline (GArray *lines, Line *line)
{
  gsize text_len;

  /* the story after the copy holds a sentence's end: most lines of a head hold none */
  if (lines->len == 0 || strstr (line->text, ". ") == NULL)
    return;
  text_len = strlen (line->text);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *head = g_array_index (lines, Line, i).text;
      const char *copy = *head != '\0' ? find_glued_copy (line->text, text_len, head) : NULL;
      gsize len = strlen (head), dateline;
      g_autofree char *label = NULL;
      char *rest;

      if (copy == NULL)
        continue;
      /* the label over the headline written again, the label's dateline under it */
      label = g_strndup (line->text, (gsize) (copy - 1 - line->text));
      dateline = dateline_in_label (label);
      if (dateline > 0)
        append_label (lines, label, dateline);
      cmq_importer_append_paragraph (lines, copy, len);
      cmq_importer_append_paragraph (lines, label + dateline, strlen (label + dateline));
      rest = g_strdup (copy + len + 1);
      g_free (line->text);
      line->text = rest;
      return;
    }
}
