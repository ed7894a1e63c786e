/* cmq-importer-text.c: folding, keys and the lines of a dump, the text every other unit of the
 * importer compares.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-memo.h"
#include "cmq-importer-namewords.h"
#include "cmq-importer-gluedlogos.h"
#include "cmq-importer-private.h"
#include "cmq-importer-reposts.h"
#include "cmq-importer-roles-private.h"

/* A greeting line ("Good afternoon, everyone") is this short. */
#define MAX_GREETING_WORDS 5
/* A headline glued to its dateline is looked for in the first lines only. */
#define MAX_GLUED_HEAD_LINE 20

gboolean
cmq_importer_is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0xFEFF;
}

/* What cmq_importer_fold() and cmq_importer_key() need to know of an ASCII character, read
 * once from GLib's own tables so that the fast path below cannot disagree with the slow one. */
enum
{
  ASCII_SPACE = 1 << 0,
  ASCII_ALNUM = 1 << 1,
};

typedef struct
{
  guint8 flags[128];
  char lower[128];
  /* A key's byte for each byte: the lower case of an ASCII letter or digit, otherwise 0 (also
   * for every byte of a longer character), so that copying a word tests one load a byte. */
  char key_char[256];
  /* 1 for an ASCII byte that is not a space, which a cleaned line copies as it is; otherwise 0,
   * and for NUL too: a line ends on NUL, CR or LF, so its end needs no test of its own. */
  guint8 plain[256];
} AsciiTable;

static const AsciiTable *
ascii_table_get (void)
{
  static AsciiTable table;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      for (gunichar c = 0; c < 128; c++)
        {
          gunichar lower = g_unichar_tolower (c);

          g_assert (lower < 128);
          g_assert (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK);
          table.flags[c] = (cmq_importer_is_space_char (c) ? ASCII_SPACE : 0) |
                           (g_unichar_isalnum (c) ? ASCII_ALNUM : 0);
          table.lower[c] = c == '`' ? '\'' : (char) lower;
          table.key_char[c] = (table.flags[c] & ASCII_ALNUM) ? (char) lower : 0;
          table.plain[c] = c != '\0' && !(table.flags[c] & ASCII_SPACE);
        }
      g_once_init_leave (&initialised, 1);
    }
  return &table;
}

/* The definition of folding, on the canonical decomposition of the whole line. */
static char *
fold_slow (const char *line)
{
  g_autofree char *nfd = g_utf8_normalize (line, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  if (nfd == NULL)
    return g_string_free (out, FALSE);

  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (cmq_importer_is_space_char (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`')
        c = '\'';
      else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB)
        c = '"';
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

/* Folds the run of ASCII at @p, which ends before @end, into @out: returns where it ends. The
 * length and the pending space are kept in locals: a store of a char through the GString may
 * alias its fields, which g_string_append_c() then read again for every byte. */
static const char *
fold_ascii_run (const AsciiTable *ascii, const char *p, const char *end, GString *out,
                gboolean *pending_space)
{
  gsize k = out->len;
  gboolean pending = *pending_space;
  char *buf;

  /* At most one byte for each byte of the rest of the line, and one space. */
  g_string_set_size (out, k + (gsize) (end - p) + 1);
  buf = out->str;
  for (guchar b = (guchar) *p; b != 0 && b < 0x80; b = (guchar) * ++p)
    {
      if (ascii->flags[b] & ASCII_SPACE)
        {
          pending = k > 0;
          continue;
        }
      if (pending)
        buf[k++] = ' ';
      pending = FALSE;
      buf[k++] = ascii->lower[b];
    }
  g_string_truncate (out, k);
  *pending_space = pending;
  return p;
}

/* The same, a character at a time with no normalised copy of the line. Decomposing character by
 * character gives the decomposition of the line except for the canonical reordering of combining
 * marks, and the order of marks that folding drops (the non-spacing ones) cannot change its
 * result: returns FALSE, having written nothing final, when the line holds another kind of
 * combining mark or is not valid UTF-8, and the slow path must be taken. */
static gboolean
fold_fast (const char *line, GString *out)
{
  const AsciiTable *ascii = ascii_table_get ();
  gboolean pending_space = FALSE;
  const char *p = line;
  const char *end = line + strlen (line);

  while (*p != '\0')
    {
      guchar b = (guchar) *p;
      gunichar c;

      if (b < 0x80)
        {
          p = fold_ascii_run (ascii, p, end, out, &pending_space);
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c >= 0x110000 || !cmq_importer_fold_char (c, out, &pending_space))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

static char *
fold_line (const char *line)
{
  GString *out = g_string_sized_new (strlen (line));

  if (!fold_fast (line, out))
    {
      g_string_free (out, TRUE);
      return fold_slow (line);
    }
  return g_string_free (out, FALSE);
}

char *
cmq_importer_fold (const char *line)
{
  return cmq_importer_memo_call (CMQ_IMPORTER_MEMO_FOLD, line, fold_line);
}

/* The words of a folded line. */
static char *
key_of_folded (const char *folded)
{
  GString *out = g_string_sized_new (strlen (folded));
  gboolean pending_space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Makes room in @buf for @need more bytes and the final NUL. */
#define KEY_RESERVE(buf, n, cap, need)                                                             \
  G_STMT_START                                                                                     \
  {                                                                                                \
    if (G_UNLIKELY ((n) + (need) + 1 > (cap)))                                                     \
      {                                                                                            \
        (cap) = 2 * (cap) + (need) + 1;                                                            \
        (buf) = g_realloc ((buf), (cap));                                                          \
      }                                                                                            \
  }                                                                                                \
  G_STMT_END

/* Keys the run of ASCII at @p into @buf at *@n, which has room for it: returns where it ends.
 * The length and the pending space are kept in locals, which a store of a char cannot alias. */
static inline const char *
key_ascii_run (const AsciiTable *ascii, const char *p, char *buf, gsize *n, gboolean *pending_space)
{
  gsize k = *n;
  gboolean pending = *pending_space;
  guchar b = (guchar) *p;

  do
    {
      char c = ascii->key_char[b];

      if (c == 0)
        {
          p++;
          pending = k > 0;
        }
      else
        {
          if (pending)
            buf[k++] = ' ';
          pending = FALSE;
          /* The rest of the word, in one loop. */
          do
            {
              buf[k++] = c;
              c = ascii->key_char[(guchar) * ++p];
            }
          while (c != 0);
        }
      b = (guchar) *p;
    }
  while (b != 0 && b < 0x80);
  *n = k;
  *pending_space = pending;
  return p;
}

/* cmq_importer_fold() and key_of_folded() in one pass, with no folded copy: NULL where
 * fold_fast() would fail. The key is written with its length in a local, not through a GString:
 * a store of a char may alias the GString's fields, which were then read again for every byte. */
static char *
key_fast (const char *line)
{
  const AsciiTable *ascii = ascii_table_get ();
  gsize len = strlen (line);
  /* Room for an ASCII line's key and the reserve of a few characters beyond it that
   * KEY_RESERVE () asks for: with len + 1, the first run of ASCII grew the buffer every time. */
  gsize cap = len + 8;
  char *buf = g_malloc (cap);
  gsize n = 0;
  gboolean pending_space = FALSE;
  const char *p = line;
  const char *end = line + len;

  while (*p != '\0')
    {
      guchar b = (guchar) *p;
      gunichar c;

      if (b < 0x80)
        {
          /* A run of ASCII writes at most one byte for each of its bytes and one space: room for
           * the rest of the line is made once, not checked for every byte. */
          KEY_RESERVE (buf, n, cap, (gsize) (end - p) + 1);
          p = key_ascii_run (ascii, p, buf, &n, &pending_space);
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c >= 0x110000 || !cmq_importer_key_char (c, &buf, &n, &cap, &pending_space))
        {
          g_free (buf);
          return NULL;
        }
      p = g_utf8_next_char (p);
    }
  buf[n] = '\0';
  return buf;
}

static char *
key_line (const char *line)
{
  char *key = key_fast (line);
  g_autofree char *folded = NULL;

  if (key != NULL)
    return key;
  folded = fold_slow (line);
  return key_of_folded (folded);
}

char *
cmq_importer_key (const char *line)
{
  return cmq_importer_memo_call (CMQ_IMPORTER_MEMO_KEY, line, key_line);
}

/* A GHashFunc for the tables of lines' keys, never iterated (only what they find depends on it):
 * the length, and the first and last 32 bytes eight at a step (a long line's middle left out). */
guint
cmq_importer_line_hash (gconstpointer line)
{
  const guint64 multiplier = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  const char *p = line;
  gsize len = strlen (p);
  guint64 hash = len * multiplier;
  guint64 word;

  for (; len >= sizeof word; p += sizeof word, len -= sizeof word)
    {
      if (p == (const char *) line + 32 && len > 32)
        p += len - 32, len = 32;
      memcpy (&word, p, sizeof word);
      hash = (hash ^ word) * multiplier;
      hash ^= hash >> 29;
    }
  word = 0;
  memcpy (&word, p, len);
  hash = (hash ^ word) * multiplier;
  return (guint) (hash ^ (hash >> 32));
}

/* The line of @len bytes at @start, its spaces made one ' ' and those at its ends left out. The
 * byte at @start + @len ends the line: NUL, CR or LF. */
static char *
clean_line (const char *start, gsize len)
{
  const AsciiTable *ascii = ascii_table_get ();
  char *out = g_malloc (len + 1);
  gsize n = 0;
  gboolean pending_space = FALSE;
  const char *end = start + len;

  for (const char *p = start; p < end;)
    {
      guchar b = (guchar) *p;
      const char *next;

      if (b < 0x80)
        {
          if (ascii->flags[b] & ASCII_SPACE)
            {
              p++;
              pending_space = n > 0;
              continue;
            }
          if (pending_space)
            out[n++] = ' ';
          pending_space = FALSE;
          /* The rest of the run of ASCII that is not space (the byte at @end is none), with a
           * lone space before another such run (a words' gap), found by one loop, copied once. */
          for (next = p;;)
            {
              while (ascii->plain[(guchar) * ++p])
                ;
              if (*p != ' ' || !ascii->plain[(guchar) p[1]])
                break;
              p++;
            }
          memcpy (out + n, next, (gsize) (p - next));
          n += (gsize) (p - next);
          continue;
        }
      next = MIN (g_utf8_next_char (p), end);
      if (cmq_importer_is_wide_space_at (p))
        {
          pending_space = n > 0;
          p = next;
          continue;
        }
      if (pending_space)
        out[n++] = ' ';
      pending_space = FALSE;
      /* The character as it was: valid UTF-8 reads back as the same bytes. */
      for (; p < next; p++)
        out[n++] = *p;
    }
  out[n] = '\0';
  return out;
}

/* " date 2018-02 Aanhouding in helikopterzaak": the stamp of the stored page's date that opens a
 * dump, a year and a month or a full day, glued before the page's first line when that opens with
 * a capital (heldout14 politie-01). Returns the length of the stamp and its space, or 0. */
static gsize
stamp_length (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  int start, end;

  cmq_importer_regex_get (&initialised, &regex, "^date \\d{4}-\\d{2}(?:-\\d{2})? (?=(?-i)\\p{Lu})");
  if (!g_str_has_prefix (text, "date ") || !g_regex_match (regex, text, 0, &match))
    return 0;
  g_match_info_fetch_pos (match, 0, &start, &end);
  return end;
}

/* A line is read as its page's title printed twice only with this many words: a lone mark ("-",
 * "*") or a short menu item repeated is a rule or a list. */
#define MIN_REPEATED_WORDS 3

/* Whether @text repeats, word for word, the line just before it in the page's head: a page
 * printing its headline twice, as its list's link and as the page's heading ("Greenpeace ship
 * Arctic Sunrise welcomed home by Arctic 30" on two lines, heldout20 greenpeace-02). The copy is
 * one line, read once: two copies run into one paragraph, taken whole as the title and the
 * story's first words. Further down, a line said twice is the story's or the chrome's to judge. */
static gboolean
repeats_previous_line (GArray *lines, const char *text)
{
  const Line *last;

  if (lines->len == 0 || lines->len >= MAX_GLUED_HEAD_LINE || *text == '\0')
    return FALSE;
  last = &g_array_index (lines, Line, lines->len - 1);
  return strcmp (last->text, text) == 0 && cmq_importer_count_words (text) >= MIN_REPEATED_WORDS;
}

/* Splits on LF, CRLF and CR alike; the lines of a hard-wrapped paragraph are one line. */
GArray *
cmq_importer_split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  const char *p = text;

  while (*p != '\0')
    {
      gsize len = strcspn (p, "\r\n");
      Line line = { clean_line (p, len), NULL, FALSE, .ticker = cmq_importer_is_ticker (p, len) };
      gsize glued;

      cmq_importer_strip_link_tail (line.text);
      cmq_importer_strip_glued_end_mark (line.text);
      if (lines->len < MAX_GLUED_HEAD_LINE)
        cmq_importer_split_glued_stamp (lines, &line);
      glued = lines->len < MAX_GLUED_HEAD_LINE ? cmq_importer_glued_dateline (line.text) : 0;
      /* the stamp alone on its line, over the page's first line */
      if (lines->len == 0 && glued == 0 && (glued = stamp_length (line.text)) > 0)
        {
          Line stamp = { g_strndup (line.text, glued - 1), NULL, FALSE };

          memmove (line.text, line.text + glued, strlen (line.text + glued) + 1);
          g_array_append_val (lines, stamp);
          glued = 0;
        }

      cmq_importer_strip_opening_dash (lines, &line);
      cmq_importer_split_glued_image (lines, &line);
      /* a headline glued before a dateline's place in brackets: two lines */
      if (glued == 0 && lines->len < MAX_GLUED_HEAD_LINE)
        cmq_importer_split_glued_bracket_dateline (lines, &line);
      /* a headline glued to its date label: the headline, the label, the story */
      if (glued == 0 && lines->len < MAX_GLUED_HEAD_LINE)
        cmq_importer_split_glued_date_label (lines, &line);
      /* the headline said again between the page's label and the story: three lines */
      if (glued == 0 && lines->len < MAX_GLUED_HEAD_LINE)
        cmq_importer_split_glued_headline (lines, &line);
      /* a repost's head glued to its story, under the page's title */
      if (glued == 0)
        cmq_importer_split_repost_head (lines, &line);
      /* a page on one line, its head glued before a place, its date and the story */
      if (glued == 0 && lines->len < MAX_GLUED_HEAD_LINE)
        cmq_importer_split_glued_place_date (lines, &line);
      /* the headline said twice on the line, before the story */
      if (glued == 0 && lines->len < MAX_GLUED_HEAD_LINE)
        cmq_importer_split_glued_twice (lines, &line);
      /* a headline glued to its dateline: two paragraphs */
      if (glued > 0)
        {
          Line blank = { g_strdup (""), NULL, FALSE };
          Line dateline = { g_strdup (line.text + glued), NULL, FALSE };

          line.text[glued] = '\0';
          g_array_append_val (lines, line);
          g_array_append_val (lines, blank);
          line = dateline;
        }
      if (repeats_previous_line (lines, line.text))
        cmq_importer_line_clear (&line);
      else
        g_array_append_val (lines, line);
      p += len;
      if (p[0] == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;
    }
  cmq_importer_cut_glued_logos (lines);
  cmq_importer_join_hard_wraps (lines);
  return lines;
}

void
cmq_importer_line_clear (Line *line)
{
  g_free (line->text);
  g_free (line->key);
  g_free (line->cut);
}

/* Words a title leaves in lower case (en, fr, de, es, it, nl, pt). */
static const char *const title_small_words[] = {
  "a",   "an",  "and",  "as",  "at",  "by",  "for", "from", "in", "of", "on", "or",  "the", "to",
  "via", "vs",  "with", "au",  "aux", "d",   "de",  "des",  "du", "en", "et", "l",   "la",  "le",
  "les", "sur", "à",    "der", "die", "das", "und", "von",  "zu", "im", "am", "für", "del", "el",
  "los", "las", "y",    "di",  "il",  "per", "van", "het",  "op", "da", "do", "dos", "das", NULL,
};

static gboolean
is_title_small_word (const char *word, gsize len)
{
  if (len > 4)
    return FALSE;
  /* The first byte first: most of the words differ there, and need no length. */
  for (guint i = 0; title_small_words[i] != NULL; i++)
    if (title_small_words[i][0] == word[0] && strlen (title_small_words[i]) == len &&
        strncmp (title_small_words[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

/* A heading, even one ending in a full stop ("(1) Accompanying Prime Minister Ishiba on His Visit
 * to the U.S."): a line, not in capitals, whose words all start with a capital but for the
 * small words titles leave in lower case, with three capitalised words of four letters or more.
 * A sentence has a verb in lower case ("NATO Secretary General Mark Rutte met Prime Minister…"). */
gboolean
cmq_importer_is_title_case (const char *text)
{
  guint long_words = 0;
  const char *p = text;
  const char *first_word = NULL;
  gboolean lower = FALSE;

  while (*p != '\0')
    {
      const char *start;
      guint letters = 0;

      /* ASCII undecoded: its only Unicode letters are A-Z and a-z */
      while (*p != '\0' && ((guchar) *p < 0x80 ? !g_ascii_isalpha (*p)
                                               : !g_unichar_isalpha (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' &&
             ((guchar) *p < 0x80 ? g_ascii_isalpha (*p) : g_unichar_isalpha (g_utf8_get_char (p))))
        {
          lower = lower || g_unichar_islower (g_utf8_get_char (p));
          letters++;
          p = g_utf8_next_char (p);
        }
      if (p == start)
        continue;
      if (first_word == NULL)
        first_word = start;
      if (g_unichar_islower (g_utf8_get_char (start)))
        {
          /* A heading starts with a capital; a line starting "and the …" goes on a sentence. */
          if (start == first_word || !is_title_small_word (start, p - start))
            return FALSE;
          continue;
        }
      long_words += letters >= 4;
    }
  return lower && long_words >= 3;
}

/* "Good afternoon", "Bonsoir à tous": a greeting opening a speech, as keys. */
static const char *const greetings[] = {
  "good morning", "good afternoon", "good evening", "bonjour",     "bonsoir",
  "guten morgen", "guten tag",      "guten abend",  "buenos dias", "buenas tardes",
  "buongiorno",   "buonasera",      "goedemorgen",  "goedemiddag", "goedenavond",
  "bom dia",      "boa tarde",      "dzien dobry",  NULL,
};

gboolean
cmq_importer_is_greeting (const char *key)
{
  if (key == NULL || cmq_importer_count_words (key) > MAX_GREETING_WORDS)
    return FALSE;
  for (guint i = 0; greetings[i] != NULL; i++)
    {
      gsize len;

      /* Most greetings start with another byte than the key: no call for them. */
      if (*greetings[i] != *key && *greetings[i] != '\0')
        continue;
      len = strlen (greetings[i]);
      if (strncmp (key, greetings[i], len) == 0 && (key[len] == '\0' || key[len] == ' '))
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_importer_is_all_caps (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Whether @text has letters, all of them capitals: an acronym ("UNESCO") or a letterhead ("COUR
 * INTERNATIONALE DE JUSTICE"), unlike cmq_importer_is_all_caps (), which figures alone pass. */
gboolean
cmq_importer_is_capitals (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isupper (c);
    }
  return letters;
}

/* "02:08", "1:46 p.m.": a clock time, the stamp of a page's publication, which may stand anywhere
 * in its head. */
gboolean
cmq_importer_has_time (const char *text)
{
  for (const char *p = strchr (text, ':'); p != NULL; p = strchr (p + 1, ':'))
    if (p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
      return TRUE;
  return FALSE;
}

/* Words shorter than this ("of", "the", "ILO") do not say what a line speaks of. */
#define MIN_KICKER_WORD_BYTES 4

/* Whether the key @upper, of fewer words than the key @lower, has every word of
 * MIN_KICKER_WORD_BYTES or more in @lower too: the series or the meeting that the line under it
 * belongs to ("349th Session of the ILO Governing Body" over "Opening address of the ILO
 * Director-General to the 349th session of the Governing Body", heldout7 ilo-01), a kicker,
 * which adds nothing to the line it names; a headline says something its subtitle does not. */
static gboolean
is_kicker_of (const char *upper, const char *lower)
{
  const char *p, *q;
  gsize len, other;
  guint words = 0;

  if (cmq_importer_count_words (upper) >= cmq_importer_count_words (lower))
    return FALSE;
  for (const char *at = upper; (p = cmq_importer_next_word (&at, &len)) != NULL;)
    {
      gboolean found = FALSE;

      if (len < MIN_KICKER_WORD_BYTES)
        continue;
      for (const char *bt = lower; !found && (q = cmq_importer_next_word (&bt, &other)) != NULL;)
        found = other == len && memcmp (p, q, len) == 0;
      if (!found)
        return FALSE;
      words++;
    }
  return words > 1;
}

/* A headline over a subtitle: line @i, just above the line taken for the headline, opens the
 * file (under its chrome only), is no notice ("Archived page: may contain outdated
 * information!"), does not hold that line (a page title: "Press Releases <headline>") and speaks
 * of the same as it (a long word both write alike: "Spindelegger") or, right above it, is written
 * as a sentence, as no site's name is (cmq_importer_is_sentence_over_deck ()); no kicker. */
gboolean
cmq_importer_is_headline_over_subtitle (GArray *lines, const LineInfo *info, guint i,
                                        guint headline)
{
  const char *text = g_array_index (lines, Line, i).text;
  char last = text[strlen (text) - 1];

  if (info[i].words < MIN_REPEATED_HEADLINE_WORDS || last == '!' || last == '?' ||
      strstr (g_array_index (lines, Line, i).key, g_array_index (lines, Line, headline).key) ||
      is_kicker_of (g_array_index (lines, Line, i).key,
                    g_array_index (lines, Line, headline).key) ||
      (!cmq_importer_shares_name (text, g_array_index (lines, Line, headline).text) &&
       !cmq_importer_is_sentence_over_deck (lines, info, i, headline)))
    return FALSE;
  while (i-- > 0)
    if (*g_array_index (lines, Line, i).text != '\0' && !info[i].known && !info[i].repeated &&
        !info[i].on_site && !info[i].interface)
      return FALSE;
  return TRUE;
}

/* "Rt Hon Winston Peters", "H.E. Mr Jane Doe", "Dr Jane Doe": a name after an honorific and
 * nothing else, the first line of a minister's or speaker's block (the office goes under it):
 * never a headline (heldout6). */
gboolean
cmq_importer_is_honorific_name (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_HONORIFIC_NAME_WORDS)
    return FALSE;
  if (g_once_init_enter (&init))
    {
      /* not caseless: every word of the name has its capital */
      regex = cmq_regex_new ("^(?:The )?(?:(?:Rt\\.? |Right )?(?:Hon|HON)\\.?|Honourable|Honorable|"
                             "H\\.\\s?E\\.|S\\.\\s?E\\.|His Excellency|Her Excellency|Sir|Dame|"
                             "Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Mme|M\\.)"
                             "(?:\\s+(?:Mr|Mrs|Ms|Dr)\\.?)?(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4}$",
                             FALSE);
      g_assert (regex != NULL);
      g_once_init_leave (&init, 1);
    }
  return cmq_regex_match (regex, text);
}

gboolean
cmq_importer_mark_minister_block (GArray *lines, guint *i)
{
  if (*i == 0 || !cmq_importer_is_honorific_name (g_array_index (lines, Line, *i - 1).text))
    return FALSE;
  g_array_index (lines, Line, *i).role = CMQ_LINE_STANDFIRST;
  g_array_index (lines, Line, --*i).role = CMQ_LINE_STANDFIRST;
  return TRUE;
}
