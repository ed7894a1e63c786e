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

/* Where the lower-case @text names @form as whole words, with an office title when @titled. */
static gboolean
names (const char *text, const char *form, gboolean titled)
{
  gsize n = strlen (form);

  for (const char *p = strstr (text, form); p != NULL; p = strstr (p + 1, form))
    {
      if ((p > text && g_ascii_isalnum (p[-1])) || g_ascii_isalnum (p[n]))
        continue;
      if (!titled || in_office_at (text, p, p + n))
        return TRUE;
    }
  return FALSE;
}

static gboolean
in_span (const Entry *entry, const GDate *date)
{
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
};

CmqDateConstraints *
cmq_date_constraints_find (const char *folded, const Mention *mention)
{
  GArray *entries = entries_get ();
  CmqDateConstraints *constraints = g_new0 (CmqDateConstraints, 1);

  constraints->entries = g_ptr_array_new ();
  constraints->keys = g_ptr_array_new ();
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      const char *key = NULL;

      /* The forms go from the full name to the surname: the last one named is the key, so that
       * "President Bush" is either Bush, and "Donald Trump" either of his terms. */
      for (guint k = 0; entry->forms[k] != NULL; k++)
        if (names (folded, entry->forms[k], entry->kind == EVIDENCE_HOLDER))
          key = entry->kind == EVIDENCE_HOLDER ? entry->forms[k] : entry->label;
      if (key == NULL)
        continue;
      g_ptr_array_add (constraints->entries, entry);
      g_ptr_array_add (constraints->keys, (gpointer) key);
    }
  return constraints;
}

gboolean
cmq_date_constraints_empty (const CmqDateConstraints *constraints)
{
  return constraints->entries->len == 0;
}

/* For every form named, the date falls in the span of one of the entries named by it. */
gboolean
cmq_date_constraints_fit (const CmqDateConstraints *constraints, const GDate *date)
{
  for (guint i = 0; i < constraints->entries->len; i++)
    {
      const char *key = g_ptr_array_index (constraints->keys, i);
      gboolean fits = FALSE;

      for (guint k = 0; k < constraints->entries->len && !fits; k++)
        fits = g_str_equal (g_ptr_array_index (constraints->keys, k), key) &&
               in_span (g_ptr_array_index (constraints->entries, k), date);
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

      g_string_append_printf (evidence, ", %s", entry->label);
    }
}

void
cmq_date_constraints_free (CmqDateConstraints *constraints)
{
  g_ptr_array_unref (constraints->entries);
  g_ptr_array_unref (constraints->keys);
  g_free (constraints);
}
