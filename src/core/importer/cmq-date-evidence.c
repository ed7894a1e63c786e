/* cmq-date-evidence.c: the year of a date stated without one, from the evidence in the text:
 * the weekday, the reference date, and the NATO Secretary General the text names, whose office
 * terms are data in secretaries-general.txt. A year is given only when the evidence settles it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <stdio.h>
#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-date-private.h"

#define SG_PATH "/io/github/communique/Communique/core/secretaries-general.txt"
/* A term mask is a guint32; NATO will not have this many Secretaries General for a while. */
#define MAX_TERMS 32
/* Without a Secretary General, a weekday repeats on a day and month at least every 28 years
 * (every 400 for 29 February when a century year is skipped): searching this far back is enough. */
#define MAX_YEARS_BACK 400
/* How far before a name a title ("NATO Secretary General, Mr.") may start. */
#define TITLE_WINDOW 48
/* With office-holders or events only, no year before this is looked at: none of them is older. */
#define MIN_EVIDENCE_YEAR 1945
/* The evidence of a year that the weekday and the reference date alone settle. */
#define WEEKDAY_ALONE "weekday, latest year not after the file's date"

/* Whatever comes right before a name and makes it the current Secretary General. */
static const char *const titles[] = {
  "secretary general",
  "secretary-general",
  "secretary general of nato",
  "secretaire general",
  "secretaire general de l'otan",
  "secretaire generale",
  "mr",
  "m",
  "lord",
  NULL,
};

typedef struct
{
  GDate first;
  GDate last;
  GStrv names; /* folded to lower-case ASCII */
} Term;

static gboolean
parse_date (const char *text, GDate *date)
{
  unsigned int y, m, d;
  char tail;

  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static GArray *
terms_load (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_auto (GStrv) lines = NULL;
  GArray *terms = g_array_new (FALSE, TRUE, sizeof (Term));

  bytes = g_resource_lookup_data (cmq_core_get_resource (), SG_PATH, 0, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot read the Secretaries General: %s", error->message);
      return terms;
    }
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = NULL;
      g_autoptr (GStrvBuilder) names = NULL;
      Term term = {
        0,
      };
      const char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      fields = g_strsplit (line, "|", -1);
      for (guint k = 0; fields[k] != NULL; k++)
        g_strstrip (fields[k]);
      if (g_strv_length (fields) < 3 || !parse_date (fields[0], &term.first) ||
          (!parse_date (fields[1], &term.last) && strcmp (fields[1], "-") != 0) ||
          terms->len >= MAX_TERMS)
        {
          g_critical ("Bad Secretary General line: %s", line);
          continue;
        }
      if (!g_date_valid (&term.last))
        g_date_set_dmy (&term.last, 31, G_DATE_DECEMBER, 9999);
      names = g_strv_builder_new ();
      for (guint k = 2; fields[k] != NULL; k++)
        {
          g_autofree char *ascii = g_str_to_ascii (fields[k], "C");
          g_autofree char *lower = g_ascii_strdown (ascii, -1);

          if (*lower != '\0')
            g_strv_builder_add (names, lower);
        }
      term.names = g_strv_builder_end (names);
      g_array_append_val (terms, term);
    }
  return terms;
}

static GArray *
terms_get (void)
{
  static GArray *terms = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      terms = terms_load ();
      g_once_init_leave (&initialised, 1);
    }
  return terms;
}

/* Whether the words just before @at (in lower-case @text) are a title such as "Mr." or
 * "NATO Secretary General,". */
static gboolean
has_title (const char *text, const char *at)
{
  const char *start = MAX (text, at - TITLE_WINDOW);
  g_autoptr (GString) before = g_string_new (" ");

  /* Punctuation between title and name varies ("Mr. X", "General, X"): compare words only. */
  for (const char *p = start; p < at; p++)
    {
      char c = (*p == ',' || *p == '.' || g_ascii_isspace (*p)) ? ' ' : *p;

      if (c != ' ' || before->str[before->len - 1] != ' ')
        g_string_append_c (before, c);
    }
  while (before->len > 0 && before->str[before->len - 1] == ' ')
    g_string_truncate (before, before->len - 1);
  for (guint i = 0; titles[i] != NULL; i++)
    {
      gsize n = strlen (titles[i]);

      if (before->len > n && before->str[before->len - n - 1] == ' ' &&
          strcmp (before->str + before->len - n, titles[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Sets bits in @named for every term whose holder the lower-case @text names, and in @titled for
 * those named with a title at least once. */
static void
find_secretaries (const char *text, GArray *terms, guint32 *named, guint32 *titled)
{
  *named = *titled = 0;
  for (guint t = 0; t < terms->len; t++)
    {
      const Term *term = &g_array_index (terms, Term, t);

      for (guint k = 0; term->names[k] != NULL; k++)
        {
          gsize n = strlen (term->names[k]);

          for (const char *p = strstr (text, term->names[k]); p != NULL;
               p = strstr (p + 1, term->names[k]))
            {
              if ((p > text && g_ascii_isalnum (p[-1])) || g_ascii_isalnum (p[n]))
                continue;
              *named |= 1u << t;
              if (has_title (text, p))
                {
                  *titled |= 1u << t;
                  break;
                }
            }
        }
    }
}

static gboolean
in_terms (const GDate *date, GArray *terms, guint32 mask)
{
  for (guint t = 0; t < terms->len; t++)
    {
      const Term *term = &g_array_index (terms, Term, t);

      if ((mask & (1u << t)) != 0 && g_date_compare (date, &term->first) >= 0 &&
          g_date_compare (date, &term->last) <= 0)
        return TRUE;
    }
  return FALSE;
}

/* The latest year, not after @reference, in which the release date fits the weekday (if any)
 * and the terms in @mask (if any). With @unique, 0 unless exactly one year fits. */
static int
infer_year (const Mention *mention, const GDate *reference, GArray *terms, guint32 mask,
            const CmqDateConstraints *constraints, gboolean unique)
{
  int oldest = g_date_get_year (reference) - MAX_YEARS_BACK;
  int found = 0;

  if (mask == 0 && constraints != NULL)
    oldest = MAX (oldest, MIN_EVIDENCE_YEAR);
  if (mask != 0)
    {
      oldest = G_MAXINT;
      for (guint t = 0; t < terms->len; t++)
        if ((mask & (1u << t)) != 0)
          oldest = MIN (oldest, (int) g_date_get_year (&g_array_index (terms, Term, t).first));
    }
  /* One year past the reference: "tomorrow (1 January)" may be released on 31 December. */
  for (int year = g_date_get_year (reference) + 1; year >= MAX (oldest, 1); year--)
    {
      GDate date;

      if (!g_date_valid_dmy (mention->day, mention->month, year))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, mention->day, mention->month, year);
      if (mention->weekday != G_DATE_BAD_WEEKDAY && g_date_get_weekday (&date) != mention->weekday)
        continue;
      g_date_add_days (&date, MAX (mention->shift, 0));
      g_date_subtract_days (&date, MAX (-mention->shift, 0));
      if (g_date_compare (&date, reference) > 0 || (mask != 0 && !in_terms (&date, terms, mask)) ||
          (constraints != NULL && !cmq_date_constraints_fit (constraints, &date)))
        continue;
      if (!unique)
        return year;
      if (found != 0)
        return 0;
      found = year;
    }
  return found;
}

/* A predecessor is often recalled ("Mr Rutte thanked Jens Stoltenberg"): the one with a title is
 * the current one, when that alone settles the year. */
static int
choose_with (const Mention *mention, const GDate *reference, GArray *terms, guint32 named,
             guint32 titled, const CmqDateConstraints *constraints, gboolean unique, guint32 *used)
{
  int year = 0;

  if (titled != 0 && titled != named)
    {
      year = infer_year (mention, reference, terms, titled, constraints, unique);
      *used = titled;
    }
  if (year == 0)
    {
      year = infer_year (mention, reference, terms, named, constraints, unique);
      *used = named;
    }
  return year;
}

/* Chooses the year of a mention stated without one, or 0 when the text does not settle it. */
int
cmq_date_choose_year (const Mention *mention, const char *folded, const GDate *reference,
                      GString *evidence)
{
  GArray *terms = terms_get ();
  gboolean unique = mention->weekday == G_DATE_BAD_WEEKDAY;
  guint32 named, titled;
  guint32 used = 0;
  int year = 0;
  g_autoptr (CmqDateConstraints) constraints = NULL;
  Mention same_day = *mention;

  /* The weekday the text gives the same day elsewhere narrows the years; as the date itself has
   * none, a year is still given only when exactly one fits (unique stays TRUE). */
  if (same_day.weekday == G_DATE_BAD_WEEKDAY)
    same_day.weekday = cmq_date_weekday_elsewhere (folded, mention);
  mention = &same_day;
  find_secretaries (folded, terms, &named, &titled);
  /* The weekday settles the latest year that fits only within the term of a Secretary General
   * the text names: a window of a few years. Without one, a day and month fall on the same
   * weekday every six to eleven years, and the file's date bounds nothing: a page of 2018 saved in
   * 2026 is not of 2024. Then the year is given only when exactly one fits all the evidence. */
  if (named == 0)
    unique = TRUE;
  constraints = cmq_date_constraints_find (folded, mention);
  if (cmq_date_constraints_empty (constraints))
    g_clear_pointer (&constraints, cmq_date_constraints_free);
  if (unique && named == 0 && constraints == NULL)
    return 0;
  /* The office-holders and events narrow what the Secretary General and the weekday allow;
   * when they contradict them (a name recalled out of office), they are left out. */
  if (constraints != NULL)
    year = choose_with (mention, reference, terms, named, titled, constraints, unique, &used);
  if (year == 0)
    {
      g_clear_pointer (&constraints, cmq_date_constraints_free);
      if (unique && named == 0)
        return 0;
      year = choose_with (mention, reference, terms, named, titled, NULL, unique, &used);
    }
  if (year == 0)
    return 0;
  g_string_append (evidence, !unique ? WEEKDAY_ALONE
                             : mention->weekday != G_DATE_BAD_WEEKDAY
                                 ? "weekday, the only year that fits"
                                 : "the only year that fits");
  for (guint t = 0; t < terms->len; t++)
    if ((used & (1u << t)) != 0)
      g_string_append_printf (evidence, ", Secretary General %s",
                              g_array_index (terms, Term, t).names[0]);
  if (constraints != NULL)
    cmq_date_constraints_describe (constraints, evidence);
  return year;
}

/* The lower-case ASCII of @text, where names are looked for; NULL @text: @ascii, the text where
 * the date was found, already in ASCII. */
static char *
fold_evidence (const char *text, const char *ascii)
{
  g_autofree char *valid = NULL;
  char *folded;

  if (text == NULL)
    folded = g_strdup (ascii);
  else
    {
      /* g_str_to_ascii() walks UTF-8 characters: a stray byte must not make it read past the
       * end. */
      if (!cmq_utf8_validate_len (text, strlen (text)))
        text = valid = g_utf8_make_valid (text, -1);
      folded = cmq_date_to_ascii (text);
    }
  for (char *p = folded; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);
  return folded;
}

void
cmq_date_copy_items (char *dest, gsize size, const char *items)
{
  static const char more[] = ", …";
  gsize length = strlen (items);
  gsize cut;

  g_return_if_fail (size > sizeof more - 2);

  if (length < size)
    {
      memcpy (dest, items, length + 1);
      return;
    }
  /* The last whole item that leaves room for the ellipsis; else the first item, cut at a
   * character's start. */
  cut = size > sizeof more ? size - sizeof more : 0;
  while (cut > 0 && strncmp (items + cut, ", ", 2) != 0)
    cut--;
  if (cut == 0)
    {
      for (cut = size - (sizeof more - 2); cut > 0 && (items[cut] & 0xc0) == 0x80; cut--)
        ;
      memcpy (dest, items, cut);
      memcpy (dest + cut, more + 2, sizeof more - 2);
      return;
    }
  memcpy (dest, items, cut);
  memcpy (dest + cut, more, sizeof more);
}

void
cmq_date_resolve (const Mention *mention, const char *evidence, const char *ascii,
                  const GDate *reference, CmqDateGuess *out)
{
  int year = mention->year;
  GDate date;

  out->source = CMQ_DATE_SOURCE_STATED;
  if (year == 0)
    {
      g_autofree char *folded = fold_evidence (evidence, ascii);
      g_autoptr (GString) why = g_string_new (NULL);

      year = cmq_date_choose_year (mention, folded, reference, why);
      cmq_date_copy_items (out->evidence, sizeof out->evidence, why->str);
      out->source = CMQ_DATE_SOURCE_INFERRED_YEAR;
    }
  if (year == 0 && mention->weekday != G_DATE_BAD_WEEKDAY && out->note[0] == '\0')
    g_strlcpy (out->note,
               "the weekday fits several years, and no name or event of the text narrows them to "
               "one",
               sizeof out->note);
  if (year == 0)
    {
      /* The day and month still shift with "tomorrow"; 29 February only exists in leap years. */
      out->source = CMQ_DATE_SOURCE_NONE;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, mention->day, mention->month,
                      mention->month == 2 && mention->day == 29 ? 2000 : 2001);
    }
  else
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, mention->day, mention->month, year);
    }
  if (mention->shift != 0)
    {
      g_date_add_days (&date, MAX (mention->shift, 0));
      g_date_subtract_days (&date, MAX (-mention->shift, 0));
      if (year != 0)
        out->source = CMQ_DATE_SOURCE_RELATIVE;
    }
  out->year = year != 0 ? g_date_get_year (&date) : 0;
  out->month = g_date_get_month (&date);
  out->day = g_date_get_day (&date);
}
