/* cmq-date-holders.c: evidence of a release's year beyond NATO's Secretaries General: the
 * office-holders it names with their title (office-holders.txt) and the events and names it
 * refers to (events.txt), each a span of days the release must fall in. Read only for a date
 * stated without a year.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-date-private.h"

#define HOLDERS_PATH "/io/github/communique/Communique/core/office-holders.txt"
#define EVENTS_PATH  "/io/github/communique/Communique/core/events.txt"
/* How far before a name its title may start ("le Secrétaire à la défense Donald Rumsfeld"). */
#define TITLE_WINDOW 40
/* An event is named at most this many years before it takes place. */
#define EVENT_NAMED_YEARS 2

typedef enum
{
  EVIDENCE_HOLDER, /* in office from first to last */
  EVIDENCE_SPAN,   /* true from first to last */
  EVIDENCE_AFTER,  /* exists from first on */
  EVIDENCE_ON,     /* took place from first to last: named from two years before */
} EvidenceKind;

typedef struct
{
  EvidenceKind kind;
  GDate first;
  GDate last;
  char *label; /* the first name or phrase, as written */
  GStrv forms; /* folded to lower-case ASCII */
} Entry;

/* Words that give a name its office just before it. */
static const char *const office_words[] = {
  "president", "secretary", "secretaire", "minister",  "ministre",   "general",    "gen",
  "admiral",   "adm",       "amiral",     "saceur",    "chancellor", "chancelier", "chanceliere",
  "premier",   "chair",     "chairman",   "mr",        "mrs",        "ms",         "m",
  "mme",       "sir",       "lord",       "commander", "presidente", NULL,
};

/* Words that make a name someone out of office: before it, or right after it ("-elect"). */
static const char *const out_of_office[] = {
  "former", "ancien",   "ancienne", "late",      "feu",      "then", "future",
  "futur",  "prochain", "incoming", "candidate", "candidat", NULL,
};

static gboolean
parse_day (const char *text, GDate *date)
{
  unsigned int y, m, d;
  char tail;

  g_date_clear (date, 1);
  if (strcmp (text, "-") == 0)
    {
      g_date_set_dmy (date, 31, G_DATE_DECEMBER, 9999);
      return TRUE;
    }
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");

  return g_ascii_strdown (ascii, -1);
}

/* "first | last | office | source | names…" (@holders) or "kind | first | last | source |
 * phrases…"; FALSE for a line that is neither. */
static gboolean
parse_entry (char **fields, gboolean holders, Entry *entry)
{
  g_autoptr (GStrvBuilder) forms = g_strv_builder_new ();
  guint n = g_strv_length (fields);
  guint offset = holders ? 0 : 1;

  if (n < 5)
    return FALSE;
  if (holders)
    entry->kind = EVIDENCE_HOLDER;
  else if (strcmp (fields[0], "span") == 0)
    entry->kind = EVIDENCE_SPAN;
  else if (strcmp (fields[0], "after") == 0)
    entry->kind = EVIDENCE_AFTER;
  else if (strcmp (fields[0], "on") == 0)
    entry->kind = EVIDENCE_ON;
  else
    return FALSE;
  if (!parse_day (fields[offset], &entry->first) || !parse_day (fields[offset + 1], &entry->last))
    return FALSE;
  for (guint k = 4; k < n; k++)
    if (*fields[k] != '\0')
      {
        g_autofree char *form = fold (fields[k]);

        g_strv_builder_add (forms, form);
      }
  entry->label = g_strdup (fields[4]);
  entry->forms = g_strv_builder_end (forms);
  return TRUE;
}

static void
load_entries (GArray *entries, const char *path, gboolean holders)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_auto (GStrv) lines = NULL;

  bytes = g_resource_lookup_data (cmq_core_get_resource (), path, 0, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot read %s: %s", path, error->message);
      return;
    }
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = NULL;
      Entry entry = {
        0,
      };

      if (*g_strstrip (lines[i]) == '\0' || *lines[i] == '#')
        continue;
      fields = g_strsplit (lines[i], "|", -1);
      for (guint k = 0; fields[k] != NULL; k++)
        g_strstrip (fields[k]);
      if (!parse_entry (fields, holders, &entry))
        {
          g_critical ("Bad line in %s: %s", path, lines[i]);
          continue;
        }
      g_array_append_val (entries, entry);
    }
}

static GArray *
entries_get (void)
{
  static GArray *entries = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      GArray *all = g_array_new (FALSE, TRUE, sizeof (Entry));

      load_entries (all, HOLDERS_PATH, TRUE);
      load_entries (all, EVENTS_PATH, FALSE);
      entries = all;
      g_once_init_leave (&initialised, 1);
    }
  return entries;
}

/* "one", "a", "2", "deux"… as a number from 1 to 10, or -1. */
static int
number_word (const char *word)
{
  static const char *const en[] = { "one",   "two",   "three", "four", "five", "six",
                                    "seven", "eight", "nine",  "ten",  NULL };
  static const char *const fr[] = { "un",   "deux", "trois", "quatre", "cinq", "six",
                                    "sept", "huit", "neuf",  "dix",    NULL };

  if (g_str_equal (word, "a"))
    return 1;
  for (guint k = 0; en[k] != NULL; k++)
    if (g_str_equal (word, en[k]) || g_str_equal (word, fr[k]))
      return k + 1;
  if (*word != '\0' && strspn (word, "0123456789") == strlen (word) && strlen (word) <= 2)
    return atoi (word) >= 1 && atoi (word) <= 10 ? atoi (word) : -1;
  return -1;
}

/* The word that ends just before @at in @text (skipping spaces, dots and commas), in @word. */
static const char *
word_before (const char *text, const char *at, char *word, gsize size)
{
  const char *end = at;
  const char *start;

  while (end > text && strchr (" .,'-", end[-1]) != NULL)
    end--;
  for (start = end; start > text && g_ascii_isalpha (start[-1]); start--)
    ;
  g_strlcpy (word, start, MIN (size, (gsize) (end - start) + 1));
  return start;
}

/* Whether a title stands in the few words before @at and no word makes the name someone out of
 * office ("former President X", "President-elect X"). */
static gboolean
in_office_at (const char *text, const char *at, const char *after)
{
  const char *start = MAX (text, at - TITLE_WINDOW);
  gboolean titled = FALSE;
  char word[32];

  if (g_str_has_prefix (after, "-elect") || g_str_has_prefix (after, " elect"))
    return FALSE;
  for (guint k = 0; k < 4 && at > start; k++)
    {
      at = word_before (text, at, word, sizeof word);
      if (g_strv_contains (out_of_office, word))
        return FALSE;
      titled = titled || g_strv_contains (office_words, word);
    }
  return titled;
}

/* Where the lower-case @text names @form as whole words, with an office title when @titled, or
 * NULL. */
static const char *
names (const char *text, const char *form, gboolean titled)
{
  gsize n = strlen (form);

  for (const char *p = strstr (text, form); p != NULL; p = strstr (p + 1, form))
    {
      if ((p > text && g_ascii_isalnum (p[-1])) || g_ascii_isalnum (p[n]))
        continue;
      if (!titled || in_office_at (text, p, p + n))
        return p;
    }
  return NULL;
}

/* How many years ago the sentence of the lower-case @text around @at says something took place
 * ("one year ago", "two years ago", "il y a un an"), or -1. */
static int
years_ago (const char *text, const char *at)
{
  const char *start = at;
  const char *end = at + strcspn (at, ".!?\n");
  g_autofree char *sentence = NULL;
  g_auto (GStrv) words = NULL;

  while (start > text && strchr (".!?\n", start[-1]) == NULL)
    start--;
  sentence = g_strndup (start, end - start);
  g_strdelimit (sentence, ",;:()'\"", ' ');
  words = g_strsplit (sentence, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int n = i > 0 ? number_word (words[i - 1]) : -1;
      const char *next = words[i + 1] != NULL ? words[i + 1] : "";

      if (n > 0 && (g_str_equal (words[i], "year") || g_str_equal (words[i], "years")) &&
          g_str_equal (next, "ago"))
        return n;
      /* "il y a un an", "il y a deux ans" */
      if (i >= 3 && n > 0 && (g_str_equal (words[i], "an") || g_str_equal (words[i], "ans")) &&
          g_str_equal (words[i - 2], "a") && g_str_equal (words[i - 3], "y"))
        return n;
    }
  return -1;
}

/* Half a year either side of "N years ago": how loosely a text counts years. */
#define AGO_SLACK_MONTHS 6

/* An event said to be @ago years old: the date is N years after it, give or take half a year. */
static gboolean
in_years_after (const Entry *entry, int ago, const GDate *date)
{
  GDate from = entry->first;
  GDate to = entry->last;

  g_date_add_months (&from, ago * 12 - AGO_SLACK_MONTHS);
  g_date_add_months (&to, ago * 12 + AGO_SLACK_MONTHS);
  return g_date_compare (date, &from) >= 0 && g_date_compare (date, &to) <= 0;
}

static gboolean
in_span (const Entry *entry, int ago, const GDate *date)
{
  if (entry->kind == EVIDENCE_ON && ago > 0)
    return in_years_after (entry, ago, date);
  if (entry->kind == EVIDENCE_ON)
    return (int) g_date_get_year (date) >=
           (int) g_date_get_year (&entry->first) - EVENT_NAMED_YEARS;
  return g_date_compare (date, &entry->first) >= 0 &&
         (entry->kind == EVIDENCE_AFTER || g_date_compare (date, &entry->last) <= 0);
}

struct _CmqDateConstraints
{
  GPtrArray *entries; /* of Entry, static */
  GPtrArray *keys;    /* the form each was named by: entries named by one form are one choice */
  GArray *ago;        /* of int: how many years ago the text says an event took place, or -1 */
  GDate lower, upper; /* the bounds of the text's own dates (cmq-date-bounds.c), or invalid */
};

CmqDateConstraints *
cmq_date_constraints_find (const char *folded, const Mention *mention)
{
  GArray *entries = entries_get ();
  CmqDateConstraints *constraints = g_new0 (CmqDateConstraints, 1);

  constraints->entries = g_ptr_array_new ();
  constraints->keys = g_ptr_array_new ();
  constraints->ago = g_array_new (FALSE, FALSE, sizeof (int));
  cmq_date_bounds_find (folded, &constraints->lower, &constraints->upper);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      const char *key = NULL;
      int ago = -1;

      /* The forms go from the full name to the surname: the last one named is the key, so that
       * "President Bush" is either Bush, and "Donald Trump" either of his terms. */
      for (guint k = 0; entry->forms[k] != NULL; k++)
        {
          const char *at = names (folded, entry->forms[k], entry->kind == EVIDENCE_HOLDER);

          if (at == NULL)
            continue;
          key = entry->kind == EVIDENCE_HOLDER ? entry->forms[k] : entry->label;
          if (entry->kind == EVIDENCE_ON)
            ago = MAX (ago, years_ago (folded, at));
        }
      if (key == NULL)
        continue;
      g_ptr_array_add (constraints->entries, entry);
      g_ptr_array_add (constraints->keys, (gpointer) key);
      g_array_append_val (constraints->ago, ago);
    }
  return constraints;
}

gboolean
cmq_date_constraints_empty (const CmqDateConstraints *constraints)
{
  return constraints->entries->len == 0 && !g_date_valid (&constraints->lower) &&
         !g_date_valid (&constraints->upper);
}

/* For every form named, the date falls in the span of one of the entries named by it. */
gboolean
cmq_date_constraints_fit (const CmqDateConstraints *constraints, const GDate *date)
{
  if ((g_date_valid (&constraints->lower) && g_date_compare (date, &constraints->lower) < 0) ||
      (g_date_valid (&constraints->upper) && g_date_compare (date, &constraints->upper) > 0))
    return FALSE;
  for (guint i = 0; i < constraints->entries->len; i++)
    {
      const char *key = g_ptr_array_index (constraints->keys, i);
      gboolean fits = FALSE;

      for (guint k = 0; k < constraints->entries->len && !fits; k++)
        fits = g_str_equal (g_ptr_array_index (constraints->keys, k), key) &&
               in_span (g_ptr_array_index (constraints->entries, k),
                        g_array_index (constraints->ago, int, k), date);
      if (!fits)
        return FALSE;
    }
  return TRUE;
}

void
cmq_date_constraints_describe (const CmqDateConstraints *constraints, GString *evidence)
{
  for (guint i = 0; i < constraints->entries->len; i++)
    {
      const Entry *entry = g_ptr_array_index (constraints->entries, i);
      gboolean named = FALSE;

      /* A person with two terms of office (two entries) is named once. */
      for (guint j = 0; j < i && !named; j++)
        named = g_str_equal (((const Entry *) g_ptr_array_index (constraints->entries, j))->label,
                             entry->label);
      if (!named)
        g_string_append_printf (evidence, ", %s", entry->label);
    }
  if (g_date_valid (&constraints->lower))
    g_string_append_printf (evidence, ", since %d-%02d", g_date_get_year (&constraints->lower),
                            g_date_get_month (&constraints->lower));
  if (g_date_valid (&constraints->upper))
    g_string_append (evidence, ", before what it announces");
}

void
cmq_date_constraints_free (CmqDateConstraints *constraints)
{
  g_ptr_array_unref (constraints->entries);
  g_ptr_array_unref (constraints->keys);
  g_array_unref (constraints->ago);
  g_free (constraints);
}
