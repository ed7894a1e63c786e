/* cmq-importer-chrome.c: the chrome phrase table and the lines learnt across a library.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-looselines.h"
#include "cmq-importer-private.h"

/* Footer patterns (prefixes, regular expressions) only ever apply to lines this short. */
#define MAX_PATTERN_LINE_CHARS 160
/* A subject list's label ("Mots-clés :") is this short, in bytes. */
#define MAX_TOPIC_LABEL_BYTES 24
/* Lines longer than this are never learnt as repeated chrome. */
#define MAX_LEARNT_LINE_BYTES 2000
/* Repeated lines: in at least this many distinct files, and this share of them. */
#define MIN_REPEATED_FILES   3
#define MIN_REPEATED_PERCENT 30
/* A site's line longer than this (a paragraph, not a menu or a tagline) is the site's only when
 * most of its files have it, as a standing note stands on most of its pages: a few releases of
 * one site telling the same background (3 of the 10 sampled at 100,000 generated releases) keep
 * it in their stories. So does a shorter line written as a sentence ("The meeting was chaired by the
 * Secretary General."): a menu or a tagline is not, and a standing note is on most pages. */
#define MAX_SITE_LINE_WORDS 12
/* A site is told by the first line of its pages, up to this many bytes of its key. */
#define MAX_SITE_KEY_BYTES 200
/* Fuzzy phrase matching: phrases of at least this many words, this share of words in common. */
#define MIN_FUZZY_WORDS   5
#define MIN_FUZZY_PERCENT 85

#define CHROME_PHRASES_PATH "/io/github/communique/Communique/core/chrome-phrases.txt"

/* The chrome phrase table, parsed once from the resource and never changed afterwards. */
typedef struct
{
  GHashTable *exact;   /* key -> itself */
  GPtrArray *prefixes; /* of keys */
  GPtrArray *matched;  /* of CmqRegex, on folded lines: the patterns joined, or one by one */
  GPtrArray *fuzzy;    /* of GHashTable: word set of a long phrase */
  guint fewest_fuzzy;  /* the sizes of the smallest and the largest of those word sets */
  guint most_fuzzy;
  gsize longest_exact; /* bytes of the longest key in exact: longer ones need no lookup */
} ChromeTable;

static GHashTable *
word_set (const char *key)
{
  g_auto (GStrv) words = g_strsplit (key, " ", -1);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words[i] != NULL; i++)
    g_hash_table_add (set, g_strdup (words[i]));
  return set;
}

/* One alternation of @patterns: a line is then searched once, not once per pattern. An
 * alternation of whole patterns matches at a position exactly when one of them does, unless a
 * pattern refers to its groups by number or quotes the rest of itself (\\Q), which a group before
 * it or a pattern after it would change: NULL then. */
static char *
any_pattern_new (GPtrArray *patterns)
{
  static const char *const unsafe[] = { "\\Q", "\\g", "\\k", "(?P", "(?|", "(?(", "(*", NULL };
  g_autoptr (GString) pattern = g_string_new (NULL);

  for (guint i = 0; i < patterns->len; i++)
    {
      const char *one = g_ptr_array_index (patterns, i);

      for (guint k = 0; unsafe[k] != NULL; k++)
        if (strstr (one, unsafe[k]) != NULL)
          return NULL;
      for (const char *p = strchr (one, '\\'); p != NULL; p = strchr (p + 2, '\\'))
        if (g_ascii_isdigit (p[1]) || p[1] == '\0')
          return NULL;
      g_string_append_printf (pattern, "%s(?:%s)", i > 0 ? "|" : "", one);
    }
  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

/* The patterns that start at the line's start ("^…") joined in one expression, the others in
 * another, compiled; or NULL when they cannot be joined or one is no pattern. PCRE tries an
 * expression anchored in all its branches at the start only, and starts the other where its
 * first characters are; one alternation of both kinds is tried at every character of the line,
 * each branch in turn. A line matches either exactly when it matches one of the patterns. */
static GPtrArray *
joined_regexes_new (GPtrArray *patterns)
{
  g_autoptr (GPtrArray) anchored = g_ptr_array_new ();
  g_autoptr (GPtrArray) floating = g_ptr_array_new ();
  g_autoptr (GPtrArray) joined = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_regex_free);
  GPtrArray *groups[] = { anchored, floating };

  for (guint i = 0; i < patterns->len; i++)
    {
      char *pattern = g_ptr_array_index (patterns, i);

      g_ptr_array_add (*pattern == '^' ? anchored : floating, pattern);
    }
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *any = NULL;
      CmqRegex *regex;

      if (groups[g]->len == 0)
        continue;
      any = any_pattern_new (groups[g]);
      if (any == NULL || (regex = cmq_regex_new (any, FALSE)) == NULL)
        return NULL;
      g_ptr_array_add (joined, regex);
    }
  return g_steal_pointer (&joined);
}

/* @patterns compiled one by one; one that is no pattern is said and left out. */
static GPtrArray *
regexes_new (GPtrArray *patterns)
{
  GPtrArray *regexes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_regex_free);

  for (guint i = 0; i < patterns->len; i++)
    {
      const char *pattern = g_ptr_array_index (patterns, i);
      CmqRegex *regex = cmq_regex_new (pattern, FALSE);

      if (regex == NULL)
        g_critical ("Bad chrome pattern “%s”", pattern);
      else
        g_ptr_array_add (regexes, regex);
    }
  return regexes;
}

/* One line of chrome-phrases.txt: a pattern joins @patterns, a phrase @table. */
static void
chrome_table_add (ChromeTable *table, GPtrArray *patterns, const char *line)
{
  g_autofree char *key = NULL;

  if (*line == '~')
    {
      g_ptr_array_add (patterns, g_strdup (line + 1));
      return;
    }
  key = cmq_importer_key (*line == '^' ? line + 1 : line);
  if (*key == '\0')
    return;
  if (*line == '^')
    {
      g_ptr_array_add (table->prefixes, g_steal_pointer (&key));
      return;
    }
  if (cmq_importer_count_words (key) >= MIN_FUZZY_WORDS)
    {
      GHashTable *set = word_set (key);
      guint n = g_hash_table_size (set);

      table->fewest_fuzzy = table->fuzzy->len == 0 ? n : MIN (table->fewest_fuzzy, n);
      table->most_fuzzy = MAX (table->most_fuzzy, n);
      g_ptr_array_add (table->fuzzy, set);
    }
  table->longest_exact = MAX (table->longest_exact, strlen (key));
  g_hash_table_add (table->exact, g_steal_pointer (&key));
}

static ChromeTable *
chrome_table_load (void)
{
  g_auto (GStrv) lines = cmq_importer_data_lines (CHROME_PHRASES_PATH, "chrome phrases");
  g_autoptr (GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  ChromeTable *table = g_new0 (ChromeTable, 1);

  table->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  table->prefixes = g_ptr_array_new_with_free_func (g_free);
  table->fuzzy = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; lines[i] != NULL; i++)
    chrome_table_add (table, patterns, lines[i]);
  /* a notice that the text was written to be read aloud (delivery-notices.txt) */
  g_ptr_array_add (patterns, g_strdup (cmq_importer_delivery_notice_pattern ()));

  /* each pattern compiled once: joined, or one by one when one of them is no pattern */
  table->matched = joined_regexes_new (patterns);
  if (table->matched == NULL)
    table->matched = regexes_new (patterns);
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

/* How many of @words (a line's key split at its spaces) @phrase, a word set, holds. */
static guint
count_common_words (GHashTable *phrase, char **words)
{
  guint common = 0;

  for (guint w = 0; words[w] != NULL; w++)
    common += g_hash_table_contains (phrase, words[w]);
  return common;
}

/* Whether @phrase holds @need of the @n words of @words at least: stops at the first word
 * missing too many, where most lines end, rather than looking every word up. */
static gboolean
holds_words (GHashTable *phrase, char **words, guint n, guint need)
{
  guint misses = 0;

  if (need > n)
    return FALSE;
  for (guint w = 0; words[w] != NULL; w++)
    if (!g_hash_table_contains (phrase, words[w]) && ++misses > n - need)
      return FALSE;
  return TRUE;
}

/* The words of @key cut at each of its spaces, as g_strsplit (@key, " ", -1) gives them, but in
 * two blocks: the words in *@copy (a copy of @key with its spaces made NULs), then the returned
 * array of them, NULL-terminated; g_strsplit () allocates each word, and most lines the fuzzy
 * match splits have some twenty. */
static char **
split_at_spaces (const char *key, char **copy, guint *n)
{
  char **words;
  guint count = 0;

  *n = 0;
  if (*key == '\0')
    {
      *copy = NULL;
      return g_new0 (char *, 1);
    }
  *copy = g_strdup (key);
  for (const char *p = key; *p != '\0'; p++)
    count += *p == ' ';
  words = g_new (char *, count + 2);
  words[(*n)++] = *copy;
  for (char *p = strchr (*copy, ' '); p != NULL; p = strchr (p + 1, ' '))
    {
      *p = '\0';
      words[(*n)++] = p + 1;
    }
  words[*n] = NULL;
  return words;
}

/* Tolerates a word or two changed in a long phrase, as happens between page versions. */
static gboolean
matches_fuzzy (const ChromeTable *table, const char *key, guint n_words)
{
  g_autofree char **words = NULL;
  g_autofree char *copy = NULL;
  guint n_split = 0;

  if (n_words < MIN_FUZZY_WORDS)
    return FALSE;
  /* A line far longer or shorter than every phrase is as far from each of them (below). */
  if (n_words * 100 < table->fewest_fuzzy * MIN_FUZZY_PERCENT ||
      table->most_fuzzy * 100 < n_words * MIN_FUZZY_PERCENT)
    return FALSE;

  for (guint i = 0; i < table->fuzzy->len; i++)
    {
      GHashTable *phrase = g_ptr_array_index (table->fuzzy, i);
      guint n_phrase = g_hash_table_size (phrase);
      /* the fewest common words that make MIN_FUZZY_PERCENT of both */
      guint need = (MAX (n_words, n_phrase) * MIN_FUZZY_PERCENT + 99) / 100;

      /* Word sets of very different sizes cannot be the same sentence. */
      if (n_words * 100 < n_phrase * MIN_FUZZY_PERCENT ||
          n_phrase * 100 < n_words * MIN_FUZZY_PERCENT)
        continue;
      /* Most lines are far longer or shorter than every phrase: split only the others. */
      if (words == NULL)
        words = split_at_spaces (key, &copy, &n_split);
      if (holds_words (phrase, words, n_split, need))
        return TRUE;
    }
  return FALSE;
}

/* A phrase of the table with a word or two changed, added or glued: this share of its words
 * at least, and this many other words at most ("Your email has been updated", "Access … video
 * contentfree of charge"). */
#define MIN_NEAR_PERCENT   75
#define MAX_NEAR_NEW_WORDS 2

gboolean
cmq_importer_is_near_known_chrome (const char *key, guint n_words)
{
  const ChromeTable *table = chrome_table_get ();
  g_auto (GStrv) words = NULL;

  if (n_words < MIN_FUZZY_WORDS - 1)
    return FALSE;
  words = g_strsplit (key, " ", -1);
  for (guint i = 0; i < table->fuzzy->len; i++)
    {
      GHashTable *phrase = g_ptr_array_index (table->fuzzy, i);
      guint common = count_common_words (phrase, words);

      if (common * 100 >= g_hash_table_size (phrase) * MIN_NEAR_PERCENT &&
          common + MAX_NEAR_NEW_WORDS >= n_words)
        return TRUE;
    }
  return FALSE;
}

/* The labels of a page's subject list ("Subjects: ASEAN Australia Summit; AUKUS…", "Mots-clés :
 * …"), as keys: page metadata whatever its length, never the story. */
static const char *const topic_labels[] = {
  "subject",     "subjects",  "topic",         "topics",         "keywords",       "tags",
  "themes",      "sujet",     "sujets",        "theme",          "mots cles",      "thematique",
  "thematiques", "themen",    "schlagworter",  "stichworter",    "tema",           "temas",
  "temi",        "argomenti", "parole chiave", "palabras clave", "onderwerp",      "onderwerpen",
  "trefwoorden", "assunto",   "assuntos",      "tematy",         "slowa kluczowe", NULL,
};

static gboolean
is_topic_list (const char *line)
{
  const char *colon = memchr (line, ':', strnlen (line, MAX_TOPIC_LABEL_BYTES));
  g_autofree char *head = NULL;
  g_autofree char *label = NULL;

  if (colon == NULL || colon == line || colon[1] == '\0')
    return FALSE;
  head = g_strndup (line, colon - line);
  label = cmq_importer_key (head);
  for (guint i = 0; topic_labels[i] != NULL; i++)
    if (g_str_equal (label, topic_labels[i]))
      return TRUE;
  return FALSE;
}

/* A site's scrolling ticker: items joined by runs of three or more hyphens between spaces ("10
 * DÉCEMBRE FORMATION \"RETRAITE\" --- 17 DÉCEMBRE STAGE … --- …", heldout23 fo44-01), at least
 * two such joins and no sentence inside an item. Page furniture in any language, never a story
 * line: a story's dash is one or two hyphens, and its items end in sentences. */
static gboolean
is_ticker (const char *line)
{
  guint joins = 0;

  for (const char *p = strstr (line, " ---"); p != NULL; p = strstr (p + 1, " ---"))
    {
      const char *end = p + 1;

      while (*end == '-')
        end++;
      if (*end != ' ' && *end != '\0')
        return FALSE;
      joins++;
    }
  if (joins < 2)
    return FALSE;
  for (const char *p = strchr (line, '.'); p != NULL; p = strchr (p + 1, '.'))
    if (p[1] == ' ' && p > line && g_ascii_islower (p[-1]))
      return FALSE;
  return TRUE;
}

/* @n_words: cmq_importer_count_words (@key). */
gboolean
cmq_importer_is_known_chrome (const char *line, const char *key, guint n_words)
{
  const ChromeTable *table = chrome_table_get ();
  g_autofree char *folded = NULL;

  if (*key == '\0')
    return FALSE;
  if (is_topic_list (line))
    return TRUE;
  if (is_ticker (line))
    return TRUE;
  if (strnlen (key, table->longest_exact + 1) <= table->longest_exact &&
      g_hash_table_contains (table->exact, key))
    return TRUE;
  if (matches_fuzzy (table, key, n_words))
    return TRUE;
  if (cmq_importer_chars_up_to (line, MAX_PATTERN_LINE_CHARS) > MAX_PATTERN_LINE_CHARS)
    return FALSE;

  for (guint i = 0; i < table->prefixes->len; i++)
    {
      const char *prefix = g_ptr_array_index (table->prefixes, i);
      gsize len = strlen (prefix);

      if (strncmp (key, prefix, len) == 0 && (key[len] == '\0' || key[len] == ' '))
        return TRUE;
    }
  folded = cmq_importer_fold (line);
  for (guint i = 0; i < table->matched->len; i++)
    if (cmq_regex_match (g_ptr_array_index (table->matched, i), folded))
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_is_repeated (CmqImporter *self, const char *key)
{
  guint n_files = g_hash_table_size (self->learnt_files);
  guint count;

  if (*key == '\0' || n_files == 0)
    return FALSE;
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->learnt_lines, key));
  return count >= MIN_REPEATED_FILES && count * 100 >= n_files * MIN_REPEATED_PERCENT;
}

/* The website a file comes from, as far as its lines tell without reading them: the key of its
 * first line, which pages of one site share (a site name, a menu, an account block). */
char *
cmq_importer_site_of (const char *first_line)
{
  g_autofree char *key = cmq_importer_key (first_line);

  if (strlen (key) > MAX_SITE_KEY_BYTES)
    key[MAX_SITE_KEY_BYTES] = '\0';
  return g_steal_pointer (&key);
}

/* Counts the file under its site, and each of its lines under the site. */
static void
learn_site (CmqImporter *self, const char *site, GHashTable *seen)
{
  GHashTableIter iter;
  gpointer key;
  GHashTable *lines;
  guint files;

  if (site == NULL || *site == '\0')
    return;
  files = GPOINTER_TO_UINT (g_hash_table_lookup (self->site_files, site));
  g_hash_table_insert (self->site_files, g_strdup (site), GUINT_TO_POINTER (files + 1));
  lines = g_hash_table_lookup (self->site_lines, site);
  if (lines == NULL)
    {
      lines = g_hash_table_new_full (cmq_importer_line_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->site_lines, g_strdup (site), lines);
    }
  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint count;

      if (*(const char *) key == '\0')
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (lines, key));
      g_hash_table_insert (lines, g_strdup (key), GUINT_TO_POINTER (count + 1));
    }
}

GHashTable *
cmq_importer_site_lines (CmqImporter *self, const char *site, guint *site_files)
{
  *site_files = GPOINTER_TO_UINT (g_hash_table_lookup (self->site_files, site));
  return g_hash_table_lookup (self->site_lines, site);
}

CmqDateFindFlags
cmq_importer_site_numeric_order (CmqImporter *self, GArray *lines)
{
  g_autofree char *site = NULL;
  guint orders;

  for (guint i = 0; i < lines->len && site == NULL; i++)
    if (*g_array_index (lines, Line, i).text != '\0')
      site = cmq_importer_site_of (g_array_index (lines, Line, i).text);
  if (site == NULL || *site == '\0')
    return CMQ_DATE_FIND_NONE;
  orders = GPOINTER_TO_UINT (g_hash_table_lookup (self->site_orders, site));
  if (orders != CMQ_DATE_FIND_DAY_FIRST && orders != CMQ_DATE_FIND_MONTH_FIRST)
    return CMQ_DATE_FIND_NONE;
  return orders;
}

gboolean
cmq_importer_is_repeated_on_site (GHashTable *site_lines, guint site_files, const char *key,
                                  guint words, gboolean sentence)
{
  guint count;

  if (*key == '\0' || site_files < MIN_REPEATED_FILES)
    return FALSE;
  count = GPOINTER_TO_UINT (g_hash_table_lookup (site_lines, key));
  if (words > MAX_SITE_LINE_WORDS || sentence)
    return count >= MIN_REPEATED_FILES && count * 2 > site_files;
  return count >= MIN_REPEATED_FILES && count * 100 >= site_files * MIN_REPEATED_PERCENT;
}

guint
cmq_importer_learn_stride (guint n_files)
{
  return MAX (1, n_files / CMQ_IMPORTER_LEARN_SAMPLE);
}

void
cmq_importer_learn (CmqImporter *self, const char *text, gssize length)
{
  GString *file_lines;
  g_autofree char *copy = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GHashTable) seen = NULL;
  g_autofree char *site = NULL;
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

  lines = cmq_importer_split_lines (copy);
  g_array_set_clear_func (lines, (GDestroyNotify) cmq_importer_line_clear);

  /* The same release saved twice must not make its own paragraphs look repeated, also when the
   * copies differ only in encoding, line ends or spacing: the cleaned lines are compared, kept
   * whole (a sample of a few hundred files), which costs far less than a SHA-256 of them. */
  file_lines = g_string_sized_new (length);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_array_index (lines, Line, i).text;

      if (*line == '\0')
        continue;
      g_string_append (file_lines, line);
      g_string_append_c (file_lines, '\n');
    }
  if (g_hash_table_contains (self->learnt_files, file_lines->str))
    {
      g_string_free (file_lines, TRUE);
      return;
    }
  g_hash_table_add (self->learnt_files, g_string_free (file_lines, FALSE));
  /* Whole lines' keys: iterated below only to count each once in tables that are never
   * iterated, so its order changes nothing and the line hash may serve. */
  seen = g_hash_table_new_full (cmq_importer_line_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_array_index (lines, Line, i).text;

      if (*line == '\0' || strlen (line) > MAX_LEARNT_LINE_BYTES)
        continue;
      g_hash_table_add (seen, cmq_importer_key (line));
      if (site == NULL)
        site = cmq_importer_site_of (g_array_index (lines, Line, i).text);
    }
  learn_site (self, site, seen);
  cmq_importer_learn_date_templates (self, lines);
  if (site != NULL && *site != '\0')
    {
      guint orders = GPOINTER_TO_UINT (g_hash_table_lookup (self->site_orders, site));

      orders |= cmq_date_numeric_order (copy, NULL);
      g_hash_table_insert (self->site_orders, g_strdup (site), GUINT_TO_POINTER (orders));
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

/* A link's prompt is this short. */
#define MAX_PROMPT_WORDS 30
/* A repost's credit line ("Tratto da www.quirinale.it.") is this short. */
#define MAX_CREDIT_WORDS 6

/* "For the Chairman's Statement of the Summit, please click here.", "Cliquez ici pour lire la
 * déclaration": a line that asks the reader to click a link, not a sentence of the story. */
static gboolean
is_link_prompt (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (cmq_importer_count_words (text) > MAX_PROMPT_WORDS)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&init, &regex,
                 "\\b(?:click here|cliquez ici|cliquer ici|clique aqui|haga clic aqui|"
                 "pulse aqui|klicken sie hier|klik hier|clicca qui|kliknij tutaj)\\b");
  return cmq_regex_match (regex, folded);
}

/* "Tratto da www.quirinale.it.", "Source: www.example.org": a repost's credit, a label and the web
 * address the text was taken from, alone on a short line (heldout9 quirinale-01). */
static gboolean
is_source_credit (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strchr (text, '.') == NULL || cmq_importer_count_words (text) > MAX_CREDIT_WORDS)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&init, &regex,
                 "^(?:tratto da|fonte|source|sources|quelle|bron|zrodlo|fuente|"
                 "taken from|tire de|extrait de|retirado de)\\s*:?\\s*"
                 "(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/\\S*)?\\.?$");
  return cmq_regex_match (regex, folded);
}

/* The press office's contact lines that close the story, from line @last up, stopping at @first
 * or at any other story line: "Inquiries: … tel. +358 …", "… addresses are in the format …@…";
 * and the links' and the press office's prompts among them ("… please click here.", "Pour toute
 * demande média, merci de contacter au service presse"). */
void
cmq_importer_mark_closing_contacts (GArray *lines, guint first, guint last)
{
  for (guint i = last + 1; i-- > first + 1;)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0' || line->role != CMQ_LINE_STORY)
        continue;
      if (!cmq_importer_is_contact_line (line->text) && !is_link_prompt (line->text) &&
          !cmq_importer_is_contact_prompt (line->text) && !is_source_credit (line->text))
        {
          if (cmq_importer_is_loose_line_under_contacts (line->text))
            continue;
          return;
        }
      line->role = CMQ_LINE_TRAILING_CHROME;
    }
}
