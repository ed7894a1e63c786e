/* cmq-importer.c: turns a plain-text dump of a NATO web page into a CmqRelease.
 *
 * The dump holds website chrome (account blocks, footers, captions) around a story with no
 * headline. This unit decodes the text, removes the chrome, rebuilds the paragraphs and hands
 * them to the title, quote and date units.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-date.h"
#include "cmq-importer-private.h"

/* Footer patterns (prefixes, regular expressions) only ever apply to lines this short. */
#define MAX_PATTERN_LINE_CHARS 160
/* Lines longer than this are never learnt as repeated chrome. */
#define MAX_LEARNT_LINE_BYTES 2000
/* A repeated line inside the story is chrome only when shorter than this many words. */
#define MAX_REPEATED_WORDS 25
/* Repeated lines: in at least this many distinct files, and this share of them. */
#define MIN_REPEATED_FILES   3
#define MIN_REPEATED_PERCENT 30
/* Hard-wrapped text has lines of about this many characters. */
#define MIN_WRAP_WIDTH 40
#define MAX_WRAP_WIDTH 100
/* Captions are short. */
#define MAX_CAPTION_CHARS 200
/* A last paragraph with no full stop and more words than this is a story cut short. */
#define MAX_LAST_CAPTION_WORDS 12
/* Fuzzy phrase matching: phrases of at least this many words, this share of words in common. */
#define MIN_FUZZY_WORDS   5
#define MIN_FUZZY_PERCENT 85

#define CHROME_PHRASES_PATH "/io/github/communique/Communique/core/chrome-phrases.txt"

/* clang-format would space out the dashes of the quark's name, and so the name itself. */
/* clang-format off */
G_DEFINE_QUARK (cmq-import-error-quark, cmq_import_error)
/* clang-format on */

struct _CmqImporter
{
  GObject parent_instance;

  GHashTable *learnt_files; /* checksum of the contents, a set */
  GHashTable *learnt_lines; /* line key -> number of distinct files holding it */
};

G_DEFINE_FINAL_TYPE (CmqImporter, cmq_importer, G_TYPE_OBJECT)

/* The chrome phrase table, parsed once from the resource and never changed afterwards. */
typedef struct
{
  GHashTable *exact;   /* key -> itself */
  GPtrArray *prefixes; /* of keys */
  GPtrArray *regexes;  /* of GRegex, on folded lines */
  GRegex *any_regex;   /* matches where one of regexes matches, or NULL: test them one by one */
  GPtrArray *fuzzy;    /* of GHashTable: word set of a long phrase */
  gsize longest_exact; /* bytes of the longest key in exact: longer ones need no lookup */
} ChromeTable;

typedef struct
{
  char *text; /* trimmed, spaces collapsed; "" for a blank line */
  char *key;  /* cmq_importer_key() of the text, once known */
  gboolean chrome;
} Line;

static void
cmq_importer_finalize (GObject *object)
{
  CmqImporter *self = CMQ_IMPORTER (object);

  g_clear_pointer (&self->learnt_files, g_hash_table_unref);
  g_clear_pointer (&self->learnt_lines, g_hash_table_unref);

  G_OBJECT_CLASS (cmq_importer_parent_class)->finalize (object);
}

static void
cmq_importer_class_init (CmqImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cmq_importer_finalize;
}

static void
cmq_importer_init (CmqImporter *self)
{
  self->learnt_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->learnt_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

CmqImporter *
cmq_importer_new (void)
{
  return g_object_new (CMQ_TYPE_IMPORTER, NULL);
}

static gboolean
is_space_char (gunichar c)
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
          table.flags[c] =
              (is_space_char (c) ? ASCII_SPACE : 0) | (g_unichar_isalnum (c) ? ASCII_ALNUM : 0);
          table.lower[c] = c == '`' ? '\'' : (char) lower;
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
      if (is_space_char (c))
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

  while (*p != '\0')
    {
      guchar b = (guchar) *p;
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;
      const char *next;
      gunichar c;

      if (b < 0x80)
        {
          p++;
          if (ascii->flags[b] & ASCII_SPACE)
            {
              pending_space = out->len > 0;
              continue;
            }
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_c (out, ascii->lower[b]);
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c >= 0x110000)
        return FALSE;
      next = g_utf8_next_char (p);
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n; i++)
        {
          gunichar d = decomposed[i];

          if (g_unichar_type (d) == G_UNICODE_NON_SPACING_MARK)
            continue;
          if (g_unichar_combining_class (d) != 0)
            return FALSE;
          if (is_space_char (d))
            {
              pending_space = out->len > 0;
              continue;
            }
          if (d == 0x2019 || d == 0x2018 || d == 0x02BC || d == '`')
            d = '\'';
          else if (d == 0x201C || d == 0x201D || d == 0x201E || d == 0x00AB || d == 0x00BB)
            d = '"';
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_unichar (out, g_unichar_tolower (d));
        }
      p = next;
    }
  return TRUE;
}

char *
cmq_importer_fold (const char *line)
{
  GString *out = g_string_sized_new (strlen (line));

  if (!fold_fast (line, out))
    {
      g_string_free (out, TRUE);
      return fold_slow (line);
    }
  return g_string_free (out, FALSE);
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

/* cmq_importer_fold() and key_of_folded() in one pass, with no folded copy: FALSE, with nothing
 * final written, where fold_fast() would fail. */
static gboolean
key_fast (const char *line, GString *out)
{
  const AsciiTable *ascii = ascii_table_get ();
  gboolean pending_space = FALSE;
  const char *p = line;

  while (*p != '\0')
    {
      guchar b = (guchar) *p;
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;
      const char *next;
      gunichar c;

      if (b < 0x80)
        {
          p++;
          if (!(ascii->flags[b] & ASCII_ALNUM))
            {
              pending_space = out->len > 0;
              continue;
            }
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_c (out, ascii->lower[b]);
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c >= 0x110000)
        return FALSE;
      next = g_utf8_next_char (p);
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n; i++)
        {
          gunichar d = decomposed[i];
          char utf8[8];
          int len;

          if (g_unichar_type (d) == G_UNICODE_NON_SPACING_MARK)
            continue;
          if (g_unichar_combining_class (d) != 0)
            return FALSE;
          /* Spaces and the quote marks folding makes straight are not letters either. */
          if (is_space_char (d) || d == 0x2019 || d == 0x2018 || d == 0x02BC || d == 0x201C ||
              d == 0x201D || d == 0x201E || d == 0x00AB || d == 0x00BB)
            {
              pending_space = out->len > 0;
              continue;
            }
          d = g_unichar_tolower (d);
          if (!g_unichar_isalnum (d))
            {
              pending_space = out->len > 0;
              continue;
            }
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          len = g_unichar_to_utf8 (d, utf8);
          for (int k = 0; k < len; k++)
            g_string_append_c (out, utf8[k]);
        }
      p = next;
    }
  return TRUE;
}

char *
cmq_importer_key (const char *line)
{
  GString *out = g_string_sized_new (strlen (line));
  g_autofree char *folded = NULL;

  if (key_fast (line, out))
    return g_string_free (out, FALSE);
  g_string_free (out, TRUE);
  folded = fold_slow (line);
  return key_of_folded (folded);
}

/* g_utf8_strlen (@text, -1) of valid UTF-8 when that is at most @max, otherwise @max + 1: lines
 * are only ever compared with a few limits, and a long one need not be counted to its end. */
static gsize
chars_up_to (const char *text, gsize max)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (((guchar) *p & 0xC0) != 0x80 && ++n > max)
      break;
  return n;
}

static guint
count_words (const char *key)
{
  guint n = *key != '\0' ? 1 : 0;

  for (const char *p = key; *p != '\0'; p++)
    if (*p == ' ')
      n++;
  return n;
}

static GHashTable *
word_set (const char *key)
{
  g_auto (GStrv) words = g_strsplit (key, " ", -1);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words[i] != NULL; i++)
    g_hash_table_add (set, g_strdup (words[i]));
  return set;
}

/* One regular expression matching where any of @regexes does: a line is then searched once, not
 * once per pattern. An alternation of whole patterns matches at a position exactly when one of
 * them does, unless a pattern refers to its groups by number or quotes the rest of itself
 * (\\Q), which a group before it or a pattern after it would change: NULL then. */
static GRegex *
any_regex_new (GPtrArray *regexes)
{
  static const char *const unsafe[] = { "\\Q", "\\g", "\\k", "(?P", "(?|", "(?(", "(*", NULL };
  g_autoptr (GString) pattern = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  GRegex *any;

  if (regexes->len < 2)
    return NULL;
  for (guint i = 0; i < regexes->len; i++)
    {
      const char *one = g_regex_get_pattern (g_ptr_array_index (regexes, i));

      for (guint k = 0; unsafe[k] != NULL; k++)
        if (strstr (one, unsafe[k]) != NULL)
          return NULL;
      for (const char *p = strchr (one, '\\'); p != NULL; p = strchr (p + 2, '\\'))
        if (g_ascii_isdigit (p[1]) || p[1] == '\0')
          return NULL;
      g_string_append_printf (pattern, "%s(?:%s)", i > 0 ? "|" : "", one);
    }
  any = g_regex_new (pattern->str, G_REGEX_OPTIMIZE, 0, &error);
  if (any == NULL)
    g_warning ("Cannot join the chrome patterns: %s", error->message);
  return any;
}

static ChromeTable *
chrome_table_load (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_auto (GStrv) lines = NULL;
  ChromeTable *table = g_new0 (ChromeTable, 1);

  table->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  table->prefixes = g_ptr_array_new_with_free_func (g_free);
  table->regexes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  table->fuzzy = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  bytes = g_resource_lookup_data (cmq_core_get_resource (), CHROME_PHRASES_PATH, 0, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot read the chrome phrases: %s", error->message);
      return table;
    }
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      g_autofree char *key = NULL;

      if (*line == '\0' || *line == '#')
        continue;
      if (*line == '~')
        {
          g_autoptr (GRegex) regex = g_regex_new (line + 1, G_REGEX_OPTIMIZE, 0, &error);

          if (regex == NULL)
            {
              g_critical ("Bad chrome pattern “%s”: %s", line + 1, error->message);
              g_clear_error (&error);
              continue;
            }
          g_ptr_array_add (table->regexes, g_steal_pointer (&regex));
          continue;
        }
      key = cmq_importer_key (*line == '^' ? line + 1 : line);
      if (*key == '\0')
        continue;
      if (*line == '^')
        {
          g_ptr_array_add (table->prefixes, g_steal_pointer (&key));
          continue;
        }
      if (count_words (key) >= MIN_FUZZY_WORDS)
        g_ptr_array_add (table->fuzzy, word_set (key));
      table->longest_exact = MAX (table->longest_exact, strlen (key));
      g_hash_table_add (table->exact, g_steal_pointer (&key));
    }

  table->any_regex = any_regex_new (table->regexes);
  return table;
}

static const ChromeTable *
chrome_table_get (void)
{
  static ChromeTable *table = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      table = chrome_table_load ();
      g_once_init_leave (&initialised, 1);
    }
  return table;
}

/* Tolerates a word or two changed in a long phrase, as happens between page versions. */
static gboolean
matches_fuzzy (const ChromeTable *table, const char *key, guint n_words)
{
  g_auto (GStrv) words = NULL;

  if (n_words < MIN_FUZZY_WORDS)
    return FALSE;

  for (guint i = 0; i < table->fuzzy->len; i++)
    {
      GHashTable *phrase = g_ptr_array_index (table->fuzzy, i);
      guint n_phrase = g_hash_table_size (phrase);
      guint common = 0;

      /* Word sets of very different sizes cannot be the same sentence. */
      if (n_words * 100 < n_phrase * MIN_FUZZY_PERCENT ||
          n_phrase * 100 < n_words * MIN_FUZZY_PERCENT)
        continue;
      /* Most lines are far longer or shorter than every phrase: split only the others. */
      if (words == NULL)
        words = g_strsplit (key, " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (g_hash_table_contains (phrase, words[w]))
          common++;
      if (common * 100 >= n_words * MIN_FUZZY_PERCENT &&
          common * 100 >= n_phrase * MIN_FUZZY_PERCENT)
        return TRUE;
    }
  return FALSE;
}

/* @n_words: count_words (@key). */
static gboolean
is_known_chrome (const char *line, const char *key, guint n_words)
{
  const ChromeTable *table = chrome_table_get ();
  g_autofree char *folded = NULL;

  if (*key == '\0')
    return FALSE;
  if (strnlen (key, table->longest_exact + 1) <= table->longest_exact &&
      g_hash_table_contains (table->exact, key))
    return TRUE;
  if (matches_fuzzy (table, key, n_words))
    return TRUE;
  if (chars_up_to (line, MAX_PATTERN_LINE_CHARS) > MAX_PATTERN_LINE_CHARS)
    return FALSE;

  for (guint i = 0; i < table->prefixes->len; i++)
    {
      const char *prefix = g_ptr_array_index (table->prefixes, i);
      gsize len = strlen (prefix);

      if (strncmp (key, prefix, len) == 0 && (key[len] == '\0' || key[len] == ' '))
        return TRUE;
    }
  folded = cmq_importer_fold (line);
  if (table->any_regex != NULL)
    return g_regex_match (table->any_regex, folded, 0, NULL);
  for (guint i = 0; i < table->regexes->len; i++)
    if (g_regex_match (g_ptr_array_index (table->regexes, i), folded, 0, NULL))
      return TRUE;
  return FALSE;
}

static gboolean
is_repeated (CmqImporter *self, const char *key)
{
  guint n_files = g_hash_table_size (self->learnt_files);
  guint count;

  if (*key == '\0' || n_files == 0)
    return FALSE;
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->learnt_lines, key));
  return count >= MIN_REPEATED_FILES && count * 100 >= n_files * MIN_REPEATED_PERCENT;
}

/* Trims the line and makes every run of spaces, tabs and no-break spaces one space. The line
 * can only get shorter. */
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
      gunichar c;

      if (b < 0x80)
        {
          p++;
          if (ascii->flags[b] & ASCII_SPACE)
            {
              pending_space = n > 0;
              continue;
            }
          if (pending_space)
            out[n++] = ' ';
          pending_space = FALSE;
          out[n++] = (char) b;
          continue;
        }
      c = g_utf8_get_char (p);
      next = MIN (g_utf8_next_char (p), end);
      if (is_space_char (c) || c == 0x200B)
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

/* Splits on LF, CRLF and CR alike. */
static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  const char *p = text;

  while (*p != '\0')
    {
      gsize len = strcspn (p, "\r\n");
      Line line = { clean_line (p, len), NULL, FALSE };

      g_array_append_val (lines, line);
      p += len;
      if (p[0] == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;
    }
  return lines;
}

static void
line_clear (Line *line)
{
  g_free (line->text);
  g_free (line->key);
}

void
cmq_importer_learn (CmqImporter *self, const char *text, gssize length)
{
  g_autofree char *checksum = NULL;
  g_autoptr (GChecksum) file_checksum = NULL;
  g_autofree char *copy = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GHashTable) seen = NULL;
  GHashTableIter iter;
  gpointer key;
  const char *converted_from;

  g_return_if_fail (CMQ_IS_IMPORTER (self));
  g_return_if_fail (text != NULL || length == 0);

  if (length < 0)
    length = strlen (text);
  if (length == 0)
    return;
  /* Files that are not releases teach nothing; the others are learnt as they will be imported. */
  copy = cmq_importer_decode (text, length, &converted_from, NULL);
  if (copy == NULL)
    return;

  lines = split_lines (copy);
  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);

  /* The same release saved twice must not make its own paragraphs look repeated, also when the
   * copies differ only in encoding, line ends or spacing: the cleaned lines are compared. */
  file_checksum = g_checksum_new (G_CHECKSUM_SHA256);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_array_index (lines, Line, i).text;

      if (*line == '\0')
        continue;
      g_checksum_update (file_checksum, (const guchar *) line, -1);
      g_checksum_update (file_checksum, (const guchar *) "\n", 1);
    }
  checksum = g_strdup (g_checksum_get_string (file_checksum));
  if (g_hash_table_contains (self->learnt_files, checksum))
    return;
  g_hash_table_add (self->learnt_files, g_steal_pointer (&checksum));
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_array_index (lines, Line, i).text;

      if (*line == '\0' || strlen (line) > MAX_LEARNT_LINE_BYTES)
        continue;
      g_hash_table_add (seen, cmq_importer_key (line));
    }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->learnt_lines, key));

      if (*(const char *) key == '\0')
        continue;
      g_hash_table_insert (self->learnt_lines, g_strdup (key), GUINT_TO_POINTER (count + 1));
    }
}

/* Marks chrome lines and returns how many there are. */
static guint
mark_chrome (CmqImporter *self, GArray *lines)
{
  g_autofree gboolean *known = g_new0 (gboolean, lines->len + 1);
  g_autofree gboolean *repeated = g_new0 (gboolean, lines->len + 1);
  g_autofree guint *words = g_new0 (guint, lines->len + 1);
  guint n_chrome = 0;
  guint first = 0;
  guint last = lines->len;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      const char *key;

      if (*line->text == '\0')
        continue;
      /* Kept: the keys of the paragraphs are made of them. */
      line->key = cmq_importer_key (line->text);
      key = line->key;
      words[i] = count_words (key);
      known[i] = is_known_chrome (line->text, key, words[i]);
      repeated[i] = is_repeated (self, key);
      /* A line with no letter or digit at all ("* * *", "|") is decoration. */
      if (*key == '\0')
        known[i] = TRUE;
    }

  /* Repeated lines of any length are chrome at the edges of the file: the leading and
   * trailing zones hold only chrome, so nothing of the story can sit there. */
  for (; first < lines->len; first++)
    {
      Line *line = &g_array_index (lines, Line, first);

      if (*line->text != '\0' && !known[first] && !repeated[first])
        break;
    }
  for (; last > first; last--)
    {
      Line *line = &g_array_index (lines, Line, last - 1);

      if (*line->text != '\0' && !known[last - 1] && !repeated[last - 1])
        break;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0')
        continue;
      if (i < first || i >= last || known[i] || (repeated[i] && words[i] < MAX_REPEATED_WORDS))
        {
          line->chrome = TRUE;
          n_chrome++;
        }
    }
  return n_chrome;
}

static gunichar
last_char_skipping_closers (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (c != ')' && c != ']' && c != ' ')
        return c;
      end = prev;
    }
  return 0;
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == '"' || c == 0x201D || c == 0x00BB || c == 0x2019 || c == '\'';
}

static gboolean
ends_sentence (const char *text)
{
  gunichar c = last_char_skipping_closers (text);

  return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026 || is_closing_quote (c);
}

static gboolean
starts_lower (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return g_unichar_islower (c) || c == ',' || c == ';';
}

static gsize
first_word_chars (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0' && *p != ' '; p = g_utf8_next_char (p))
    n++;
  return n;
}

/* A file is hard-wrapped when most lines that run on into another one are nearly as long as
 * the longest line, and the longest is a typical wrap width. */
static guint
find_wrap_width (GArray *lines)
{
  guint width = 0;
  guint running_on = 0;
  guint full = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (!line->chrome && *line->text != '\0')
        width = MAX (width, chars_up_to (line->text, MAX_WRAP_WIDTH));
    }
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH)
    return 0;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      Line *next = &g_array_index (lines, Line, i + 1);

      if (line->chrome || next->chrome || *line->text == '\0' || *next->text == '\0')
        continue;
      running_on++;
      if (chars_up_to (line->text, MAX_WRAP_WIDTH) + 25 >= width)
        full++;
    }
  return running_on >= 2 && full * 100 >= running_on * 70 ? width : 0;
}

static gboolean
is_hard_wrap (const char *line, const char *next, guint wrap_width)
{
  if (wrap_width > 0)
    {
      /* The next word would have fitted on this line: the break was a paragraph end. */
      return chars_up_to (line, MAX_WRAP_WIDTH) + 1 + first_word_chars (next) > wrap_width ||
             (!ends_sentence (line) && starts_lower (next));
    }
  return !ends_sentence (line) && starts_lower (next);
}

/* Fills @paragraphs, in @n_lines how many source lines each was built from, and in @keys their
 * cmq_importer_key(). The key of lines joined by a space is the keys of the lines joined by a
 * space (leaving out empty ones): a space is neither part of a word nor ever combined with
 * another character, so the key of each line is read from the lines' own keys. */
static void
build_paragraphs (GArray *lines, GPtrArray *paragraphs, GArray *n_lines, GPtrArray *keys)
{
  guint wrap_width = find_wrap_width (lines);
  GString *current = NULL;
  GString *key = NULL;
  const char *previous = NULL;
  guint count = 0;

  for (guint i = 0; i <= lines->len; i++)
    {
      Line *line = i < lines->len ? &g_array_index (lines, Line, i) : NULL;
      gboolean story = line != NULL && !line->chrome && *line->text != '\0';

      /* A paragraph never grows past the limit: later steps may then take time in its length. */
      if (current != NULL &&
          (!story || !is_hard_wrap (previous, line->text, wrap_width) ||
           current->len + 1 + strlen (line->text) > CMQ_IMPORT_MAX_PARAGRAPH_BYTES))
        {
          g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&current), FALSE));
          g_ptr_array_add (keys, g_string_free (g_steal_pointer (&key), FALSE));
          g_array_append_val (n_lines, count);
        }
      if (!story)
        continue;
      g_assert (line->key != NULL);
      if (current == NULL)
        {
          current = g_string_new (line->text);
          key = g_string_new (line->key);
          count = 1;
        }
      else
        {
          g_string_append_c (current, ' ');
          g_string_append (current, line->text);
          if (key->len > 0 && *line->key != '\0')
            g_string_append_c (key, ' ');
          g_string_append (key, line->key);
          count++;
        }
      previous = line->text;
    }
}

static gboolean
has_quote_mark (const char *text)
{
  return strstr (text, "\"") != NULL || strstr (text, "“") != NULL || strstr (text, "”") != NULL ||
         strstr (text, "«") != NULL || strstr (text, "»") != NULL;
}

static gboolean
starts_with_bullet (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return c == '-' || c == '*' || c == 0x2022 || c == 0x2013 || c == 0x2014 || c == 0x25AA ||
         g_unichar_isdigit (c);
}

/* "Jens Stoltenberg, Secretary General of NATO, in a telephone call with …": a name, a role
 * and a circumstance, with no verb of its own. */
static gboolean
is_descriptive_caption (const char *text)
{
  static GRegex *shape = NULL;
  static GRegex *verbs = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      verbs = g_regex_new ("\\b(said|says|is|are|was|were|has|have|had|will|would|can|could|"
                           "should|must|stressed|noted|added|welcomed|met|visited|called|"
                           "thanked|announced|told|est|ont|sont)\\b",
                           G_REGEX_OPTIMIZE, 0, NULL);
      shape = g_regex_new ("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de|van|der|von|\\p{Lu}[\\p{L}'’.-]+))+"
                           ",\\s+[^,.!?]{3,80},\\s+(?:in|at|during|with|on|speaking|"
                           "addressing|meeting|talking|shaking|arriving|pictured|left|right|"
                           "centre|center|lors|avec|en|au|à)\\b[^.!?]*\\.?$",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialised, 1);
    }
  return g_regex_match (shape, text, 0, NULL) && !g_regex_match (verbs, text, 0, NULL);
}

/* @last: a dump cut short ends on a story paragraph without its full stop; there, only a
 * caption's own shape, or a line too short to be a sentence, counts. */
static gboolean
is_caption (const char *paragraph, const char *previous, gboolean last)
{
  if (chars_up_to (paragraph, MAX_CAPTION_CHARS) >= MAX_CAPTION_CHARS || has_quote_mark (paragraph))
    return FALSE;
  /* Items of a list introduced by a colon have no full stop either. */
  if (last_char_skipping_closers (previous) == ':' || starts_with_bullet (paragraph))
    return FALSE;
  if (last && count_words (paragraph) > MAX_LAST_CAPTION_WORDS)
    return is_descriptive_caption (paragraph);
  return !ends_sentence (paragraph) || is_descriptive_caption (paragraph);
}

/* Removes captions after the lead and a paragraph repeating the one before it (a teaser shown
 * above the same text), and their keys from @keys; returns the number of source lines removed as
 * captions. Kept paragraphs
 * move down in one pass: removing them one by one would take time in the square of their
 * number. */
static guint
remove_captions_and_repeats (GPtrArray *paragraphs, GArray *n_lines, GPtrArray *keys)
{
  const char *previous_key = NULL;
  guint removed_lines = 0;
  guint kept = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      char *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *key = g_steal_pointer (&keys->pdata[i]);
      guint count = g_array_index (n_lines, guint, i);
      /* Captions before this one are already gone: the one before is the last kept. */
      const char *previous = kept > 0 ? g_ptr_array_index (paragraphs, kept - 1) : NULL;
      gboolean caption = FALSE;

      paragraphs->pdata[i] = NULL;
      if (previous_key != NULL && g_str_equal (key, previous_key))
        {
          g_free (paragraph);
          continue;
        }
      if (previous != NULL)
        caption = is_caption (paragraph, previous, i + 1 == paragraphs->len);
      if (caption)
        {
          removed_lines += count;
          g_free (paragraph);
          continue;
        }
      paragraphs->pdata[kept] = paragraph;
      g_array_index (n_lines, guint, kept) = count;
      previous_key = key;
      keys->pdata[kept] = g_steal_pointer (&key);
      kept++;
    }
  g_ptr_array_set_size (keys, kept);
  g_ptr_array_set_size (paragraphs, kept);
  g_array_set_size (n_lines, kept);
  return removed_lines;
}

enum
{
  WORD_EN = 1 << 0,
  WORD_FR = 1 << 1,
};

/* The longest word of the tables below. */
#define MAX_LANGUAGE_WORD 5

/* Word -> GUINT_TO_POINTER (WORD_EN | WORD_FR), the common short words of either language. */
static GHashTable *
language_words_get (void)
{
  static const char *const english[] = {
    "the", "and",  "of",   "to",  "in",  "is",    "that", "with", "for", "on",   "was", "said",
    "has", "have", "will", "are", "its", "their", "this", "by",   "at",  "from", NULL,
  };
  static const char *const french[] = {
    "le",   "la",   "les", "des",   "du",   "de",  "et", "est", "une",
    "pour", "dans", "que", "qui",   "avec", "sur", "au", "aux", "il",
    "ont",  "sont", "ses", "cette", "l",    "d",   "s",  "qu",  NULL,
  };
  static GHashTable *words = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; english[i] != NULL; i++)
        g_assert (strlen (english[i]) <= MAX_LANGUAGE_WORD);
      for (guint i = 0; french[i] != NULL; i++)
        g_assert (strlen (french[i]) <= MAX_LANGUAGE_WORD);
      for (guint i = 0; english[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) english[i], GUINT_TO_POINTER (WORD_EN));
      for (guint i = 0; french[i] != NULL; i++)
        {
          guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (table, french[i]));

          g_hash_table_insert (table, (gpointer) french[i], GUINT_TO_POINTER (flags | WORD_FR));
        }
      words = table;
      g_once_init_leave (&initialised, 1);
    }
  return words;
}

/* From the keys of the paragraphs, which it cuts into words. */
static const char *
detect_language (GPtrArray *keys)
{
  GHashTable *words = language_words_get ();
  int score_en = 0;
  int score_fr = 0;

  for (guint i = 0; i < keys->len; i++)
    {
      char *word = g_ptr_array_index (keys, i);

      /* The key's words, one space between them, cut in place. */
      for (;;)
        {
          char *space = strchr (word, ' ');
          guint flags;

          if (space != NULL)
            *space = '\0';
          /* Most words are longer than every word of the table. */
          if ((space != NULL ? (gsize) (space - word) : strlen (word)) > MAX_LANGUAGE_WORD)
            flags = 0;
          else
            flags = GPOINTER_TO_UINT (g_hash_table_lookup (words, word));
          score_en += (flags & WORD_EN) != 0;
          score_fr += (flags & WORD_FR) != 0;
          if (space == NULL)
            break;
          word = space + 1;
        }
    }
  if (score_en == 0 && score_fr == 0)
    return NULL;
  return score_fr > score_en ? "fr" : "en";
}

CmqRelease *
cmq_importer_import_text (CmqImporter *self, const char *text, gssize length, const char *file_name,
                          gint64 file_mtime, GError **error)
{
  g_autofree char *utf8 = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) n_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) quotes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *story = NULL;
  CmqReleaseInfo info = {
    NULL,
  };
  CmqDateGuess guess = {
    0,
  };
  GDate reference;
  const char *converted_from = NULL;
  guint chrome_lines;

  g_return_val_if_fail (CMQ_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  utf8 = cmq_importer_decode (text != NULL ? text : "", length, &converted_from, error);
  if (utf8 == NULL)
    return NULL;

  lines = split_lines (utf8);
  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);

  chrome_lines = mark_chrome (self, lines);
  build_paragraphs (lines, paragraphs, n_lines, keys);
  chrome_lines += remove_captions_and_repeats (paragraphs, n_lines, keys);
  if (paragraphs->len == 0)
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_EMPTY,
                           _("The file holds no story text, only website chrome"));
      return NULL;
    }
  g_ptr_array_add (paragraphs, NULL);

  info.paragraphs = (const char *const *) paragraphs->pdata;
  info.language = detect_language (keys);
  title = cmq_importer_derive_title (info.paragraphs);
  quotes = cmq_importer_find_quotes (info.paragraphs);
  story = g_strjoinv ("\n\n", (char **) paragraphs->pdata);

  g_date_clear (&reference, 1);
  g_date_set_time_t (&reference, file_mtime > 0 ? (time_t) file_mtime : time (NULL));
  if (cmq_date_find (story, info.language, &reference, &guess))
    {
      info.year = guess.year;
      info.month = guess.month;
      info.day = guess.day;
      info.date_source = guess.source;
    }

  info.file = file_name;
  info.title = title;
  info.quotes = quotes;
  info.chrome_lines = chrome_lines;
  info.file_mtime = file_mtime;
  info.converted_from = converted_from;
  return cmq_release_new (&info);
}

CmqRelease *
cmq_importer_import_file (CmqImporter *self, GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *name = NULL;
  gint64 mtime = 0;

  g_return_val_if_fail (CMQ_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  contents = cmq_importer_read_file (file, &mtime, cancellable, error);
  if (contents == NULL)
    return NULL;
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);
  return cmq_importer_import_text (self, g_bytes_get_data (contents, NULL),
                                   g_bytes_get_size (contents), name, mtime, error);
}
