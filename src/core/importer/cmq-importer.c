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
#include "cmq-date-rules.h"
#include "cmq-date-ended.h"
#include "cmq-date-reported.h"
#include "cmq-date-shortyears.h"
#include "cmq-date.h"
#include "cmq-importer-clocktimes.h"
#include "cmq-importer-datedrefs.h"
#include "cmq-importer-private.h"

/* clang-format would space out the dashes of the quark's name, and so the name itself. */
/* clang-format off */
G_DEFINE_QUARK (cmq-import-error-quark, cmq_import_error)
/* clang-format on */

G_DEFINE_FINAL_TYPE (CmqImporter, cmq_importer, G_TYPE_OBJECT)

static void
cmq_importer_finalize (GObject *object)
{
  CmqImporter *self = CMQ_IMPORTER (object);

  g_clear_pointer (&self->learnt_files, g_hash_table_unref);
  g_clear_pointer (&self->learnt_lines, g_hash_table_unref);
  g_clear_pointer (&self->site_files, g_hash_table_unref);
  g_clear_pointer (&self->site_lines, g_hash_table_unref);
  g_clear_pointer (&self->site_orders, g_hash_table_unref);
  g_clear_pointer (&self->template_orders, g_hash_table_unref);

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
  self->learnt_files = g_hash_table_new_full (cmq_importer_line_hash, g_str_equal, g_free, NULL);
  self->learnt_lines = g_hash_table_new_full (cmq_importer_line_hash, g_str_equal, g_free, NULL);
  self->site_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->site_lines =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  self->site_orders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->template_orders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

CmqImporter *
cmq_importer_new (void)
{
  return g_object_new (CMQ_TYPE_IMPORTER, NULL);
}

/* Looks for the date in @text; on failure keeps the first reason a stated date was not read. */
static gboolean
find_date_in (const char *text, const char *story, const char *evidence, const char *language,
              const GDate *reference, CmqDateFindFlags order, const char *where,
              CmqDateGuess *guess, char *note)
{
  /* A page's date lines may be in another language than its story. */
  CmqDateFindFlags flags = text == story ? CMQ_DATE_FIND_NONE : CMQ_DATE_FIND_ANY_LANGUAGE;

  /* only a release-date line is sure enough of being a date to read a two-figure year */
  if (g_str_equal (where, "release-date line"))
    flags |= CMQ_DATE_FIND_SHORT_YEAR;
  if (cmq_date_find_full (text, evidence, language, flags | order, reference, guess))
    {
      cmq_importer_date_evidence_set (guess, where, story, language);
      return TRUE;
    }
  if (*note == '\0')
    g_strlcpy (note, guess->note, sizeof guess->note);
  return FALSE;
}

/* Days said from the release's own ("will meet tomorrow (17 June)"), as keys. */
static const char *const relative_days[] = {
  " today ", " tomorrow ", " tonight ", " aujourd hui ", " demain ", " ce soir ", NULL,
};

/* Whether the full stop at @end, in the sentence that starts at @p, ends no sentence: one with a
 * letter, a figure or a comma right after it ("8.30 p.m., a fire", "2.5", "U.S."), or the stop
 * of a day's ordinal ("den 4. April 2024"). */
static gboolean
is_inner_stop (const char *p, const char *end)
{
  if (*end != '.')
    return FALSE;
  if (g_ascii_isalnum (end[1]) || end[1] == ',' || end[1] == ';')
    return TRUE;
  return end - p >= 2 && g_ascii_isdigit (end[-1]) &&
         (end[-2] == ' ' || (g_ascii_isdigit (end[-2]) && end - p >= 3 && end[-3] == ' ')) &&
         end[1] == ' ' && g_unichar_isupper (g_utf8_get_char (end + 2));
}

/* The end of the sentence that starts at @p: its stop, or the end of its line or text. */
static const char *
sentence_end (const char *p)
{
  const char *end = p + strcspn (p, ".!?\n");

  while (is_inner_stop (p, end))
    end = end + 1 + strcspn (end + 1, ".!?\n");
  return end;
}

/* The key (" words ") of the story's first sentence that holds a date, when that date has the
 * day and month of @found, and in @text that sentence as written; NULL otherwise. Read once for the rules below. */
static char *
dated_sentence_key (const char *story, const char *language, CmqDateFindFlags order,
                    const GDate *reference, const CmqDateGuess *found, char **text)
{
  for (const char *p = story; *p != '\0';)
    {
      const char *end = sentence_end (p);
      g_autofree char *sentence = g_strndup (p, *end != '\0' ? end + 1 - p : end - p);
      g_autofree char *words = NULL;
      CmqDateGuess one;

      p = *end != '\0' ? end + 1 : end;
      if (!cmq_date_find_full (sentence, NULL, language, order, reference, &one))
        continue;
      if (one.month != found->month || one.day != found->day)
        return NULL;
      words = cmq_importer_key (sentence);
      *text = g_strdup (sentence);
      return g_strconcat (" ", words, " ", NULL);
    }
  return NULL;
}

static gboolean
has_any (const char *key, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (key, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a verb in the future tense in @sentence (the dated sentence; @key its words)
 * governs the day of @found, written after it in the same clause: the day of what is to come, not
 * the release's. */
static gboolean
is_future_dated (const char *key, const char *sentence, const char *language,
                 const CmqDateGuess *found)
{
  /* "will meet tomorrow (17 June 2020)" dates the release by the day to come, as above */
  if (sentence == NULL || found->day == 0 || found->source == CMQ_DATE_SOURCE_RELATIVE ||
      has_any (key, relative_days))
    return FALSE;
  return cmq_importer_future_governs_day (sentence, language, found->day);
}

/* Whether the story's first date (@found) is in a clause opened by "since" ("Seit Airbus am
 * 1. Juli 2018 die Führung … übernommen hat", heldout12 airbus-02): a past day something has
 * gone on from, so the release came later, on a day it does not state. */
static gboolean
is_since_dated (const char *sentence, const CmqDateGuess *found)
{
  if (sentence == NULL || found->day == 0 || found->source == CMQ_DATE_SOURCE_RELATIVE)
    return FALSE;
  return cmq_importer_since_governs_day (sentence, found->day);
}

/* Whether the story's first date (@found) is the one of a meeting it announces: "On 23 March
 * 2020, the Informal Meeting … will be held", "EU foreign ministers will convene in Luxembourg on
 * Monday 18 October", or one it calls its readers to ("à se rassembler, mercredi 28 mars",
 * invitations.txt). The release came before the meeting, on a day it does not state. */
static gboolean
is_announced_event (const char *key, const CmqDateGuess *found)
{
  /* "will meet tomorrow (17 June 2020)" dates the release by the meeting: the day before */
  if (key == NULL || found->source == CMQ_DATE_SOURCE_RELATIVE)
    return FALSE;
  for (guint i = 0; relative_days[i] != NULL; i++)
    if (strstr (key, relative_days[i]) != NULL)
      return FALSE;
  return cmq_importer_announces_event (key) || cmq_importer_invites_to_event (key);
}

/* What the rest of a paragraph says of the anniversary of an event it dated, as keys. */
static const char *const anniversaries[] = {
  " anniversary ", " anniversaire ", " aniversario ", " anniversario ", " jahrestag ", NULL,
};
static const char *const todays[] = {
  " today ", " this day ", " aujourd hui ", " ce jour ", " hoy ",
  " hoje ",  " oggi ",     " heute ",       NULL,
};
/* That rest is read this far. */
#define MAX_ANNIVERSARY_BYTES 300

/* Whether the story's first date (@found) is the one of an event whose anniversary the release
 * marks: "On 9 January 2023, Dr Kao Kim Hourn assumed office … Today marks his first anniversary
 * in office." The release came a year or more after it, on a day it does not state. */
static gboolean
is_anniversary_event (const char *story, const char *language, CmqDateFindFlags order,
                      const GDate *reference, const CmqDateGuess *found)
{
  for (const char *p = story; *p != '\0';)
    {
      const char *end = p + strcspn (p, ".!?\n");
      g_autofree char *sentence = g_strndup (p, end - p);
      g_autofree char *rest = NULL;
      g_autofree char *words = NULL;
      g_autofree char *key = NULL;
      CmqDateGuess one;
      gsize len;

      p = *end != '\0' ? end + 1 : end;
      if (!cmq_date_find_full (sentence, NULL, language, order, reference, &one))
        continue;
      if (one.month != found->month || one.day != found->day || *end == '\n')
        return FALSE;
      /* the rest of its paragraph */
      len = strcspn (p, "\n");
      for (len = MIN (len, MAX_ANNIVERSARY_BYTES); len > 0 && (p[len] & 0xC0) == 0x80;)
        len--;
      rest = g_strndup (p, len);
      words = cmq_importer_key (rest);
      key = g_strconcat (" ", words, " ", NULL);
      return has_any (key, todays) && has_any (key, anniversaries);
    }
  return FALSE;
}

/* "Hamburg (ots) - Zeit: 12.12.2018, 11:15 Uhr, Ort: Polizeipräsidium": a dateline whose date
 * comes under an event's time label ("Zeit:", "Termin:", "Time:", "When:", "Heure :"), a media
 * advisory's appointment (heldout11 polizei-hh-01), gives the event's day, not the release's;
 * so does such a line taken for the headline. */
static gboolean
is_event_time (const char *line)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  /* The label's colon: folding turns no other character into one (nothing decomposes to it). */
  if (strchr (line, ':') == NULL)
    return FALSE;
  folded = cmq_importer_fold (line);
  cmq_regex_get (&initialised, &regex,
                 "(?:^|[\\s(\\-–—])(?:zeit|uhrzeit|termin|wann|time|when|heure|quand|"
                 "hora|ora|quando|cuando|tijd|wanneer|tid|nar)\\s*:\\s*"
                 "(?:\\p{L}+\\.?,?\\s+)?\\d");
  return cmq_regex_match (regex, folded);
}

/* The story from its second paragraph when an event's time label opens its first ("Hamburg
 * (ots) - Zeit: 12.12.2018, 11:15 Uhr, Ort: …", an advisory's appointment under a wire's
 * dateline): the appointment's day is not the release's. @story otherwise. */
static const char *
story_after_event_time (const char *story)
{
  const char *end = strstr (story, "\n\n");
  g_autofree char *lead = NULL;

  if (end == NULL)
    return story;
  lead = g_strndup (story, end - story);
  return is_event_time (lead) ? end + 2 : story;
}

/* The words that make a date the start of a period, as keys ("with effect from 1 January",
 * "från den 10 september 2019 är hon utrikesminister": heldout10 regeringen-02). */
static const char *const period_starts[] = {
  "from",         "as of",           "as from",       "with effect from",
  "a compter du", "a partir du",     "des le",        "ab dem",
  "seit dem",     "mit wirkung vom", "vanaf",         "met ingang van",
  "a partir del", "desde el",        "a partire dal", "a decorrere dal",
  "a partir de",  "od dnia",         "fran den",      "fran och med",
  NULL,
};
/* The words that make such a date the first day of a range ("from 3 to 5 May"), as keys. */
static const char *const range_words[] = {
  "to",  "until", "till", "through", "au", "jusqu", "bis",
  "tot", "al",    "a",    "hasta",   "do", "och",   NULL,
};

/* Whether the day @day comes after @marker in @key, and is no range's first day. */
static gboolean
starts_period_at (const char *key, const char *marker, guint day)
{
  g_autofree char *needle = NULL;

  /* The needle holds the marker: most keys have none of them, and need no needle made. */
  if (strstr (key, marker) == NULL)
    return FALSE;
  needle = g_strdup_printf (" %s %u ", marker, day);
  for (const char *at = strstr (key, needle); at != NULL; at = strstr (at + 1, needle))
    {
      const char *next = at + strlen (needle);
      gsize len = strcspn (next, " ");
      gboolean range = g_ascii_isdigit (*next);

      for (guint i = 0; range_words[i] != NULL && !range; i++)
        range = strlen (range_words[i]) == len && strncmp (next, range_words[i], len) == 0;
      if (!range)
        return TRUE;
    }
  return FALSE;
}

/* Whether the story's first date (@found) starts a period, as a state or a rule that holds from
 * then on ("från den 10 september 2019 är hon utrikesminister", "With effect from 1 January 2024,
 * the fee is…"): not the day of a release that speaks of it. */
static gboolean
is_period_start (const char *key, const CmqDateGuess *found)
{
  if (key == NULL || found->day == 0)
    return FALSE;
  for (guint i = 0; period_starts[i] != NULL; i++)
    if (starts_period_at (key, period_starts[i], found->day))
      return TRUE;
  return FALSE;
}

/* The words that make what follows the purpose of a measure ("pour garantir la sécurité…"), as
 * keys with their spaces. */
static const char *const purposes[] = {
  " pour ", " afin de ", " afin d ", " in order to ", " so as to ",
  " um ",   " para ",    " per ",    " al fine di ",  NULL,
};
/* Words between a purpose word and the range it governs, at most. */
#define MAX_PURPOSE_WORDS 6

/* "pour garantir la sécurité du 23 au 25 décembre 2022" (heldout11 prefecture-po-01): whether
 * the day of @found opens a range ("23 au 25") a few words after a purpose word, the period a
 * measure covers, not the day of the release that takes it. Other ranges are left alone. */
static gboolean
is_purpose_range (const char *key, const CmqDateGuess *found)
{
  g_autofree char *needle = NULL;

  if (key == NULL || found->day == 0 || !has_any (key, purposes))
    return FALSE;
  needle = g_strdup_printf (" %u ", (guint) found->day);
  for (const char *at = strstr (key, needle); at != NULL; at = strstr (at + 1, needle))
    {
      const char *next = at + strlen (needle);
      gsize len = strcspn (next, " ");
      const char *window = at;
      gboolean range = FALSE;

      for (guint i = 0; range_words[i] != NULL && !range; i++)
        range = strlen (range_words[i]) == len && strncmp (next, range_words[i], len) == 0 &&
                g_ascii_isdigit (next[len + (next[len] == ' ')]);
      /* the words before the range's marker ("du", "from") and the purpose word */
      for (guint words = 0; range && window > key && words < MAX_PURPOSE_WORDS + 2; words++)
        while (--window > key && *window != ' ')
          ;
      for (guint i = 0; range && purposes[i] != NULL; i++)
        {
          const char *purpose = strstr (window, purposes[i]);

          if (purpose != NULL && purpose < at)
            return TRUE;
        }
    }
  return FALSE;
}

/* What a sentence says of days going on or to come, as keys. */
static const char *const ongoing[] = {
  " this week ",        " next week ",     " are meeting ",
  " is meeting ",       " will ",          " is taking place ",
  " are taking place ", " cette semaine ", " la semaine prochaine ",
  " se reunissent ",    " se reunit ",     NULL,
};
/* A release is written at most this many days before the days it announces. */
#define MAX_DAYS_BEFORE_RANGE 7

/* "are meeting in Brussels this week (14-15 February 2023)": whether @sentence writes the days
 * of @found as a range, the first day of it, and says they go on or are to come. */
static gboolean
is_coming_range (const char *sentence, const CmqDateGuess *found)
{
  g_autofree char *words = cmq_importer_key (sentence);
  g_autofree char *key = g_strconcat (" ", words, " ", NULL);
  g_autofree char *range = g_strdup_printf ("%u-", (guint) found->day);
  gboolean ranged = FALSE;

  for (const char *p = sentence; (p = strpbrk (p, "0123456789")) != NULL && !ranged;)
    {
      const char *end = p + strspn (p, "0123456789");

      ranged = (p == sentence || !g_ascii_isdigit (p[-1])) &&
               (gsize) (end - p) == strlen (range) - 1 && strncmp (p, range, end - p) == 0 &&
               (*end == '-' || g_str_has_prefix (end, "\u2013")) &&
               g_ascii_isdigit (end[*end == '-' ? 1 : 3]);
      p = end;
    }
  return ranged && has_any (key, ongoing);
}

/* The story's first date (@found) starts days going on or to come ("this week (14-15 February
 * 2023)"): the release's own day, stated later in its first paragraph a few days before them
 * ("Previewing the meeting on Monday (13 February 2023)"), replaces it. */
static void
date_before_coming_range (const char *story, const char *language, CmqDateFindFlags order,
                          const GDate *reference, CmqDateGuess *found)
{
  const char *lead_end = strstr (story, "\n\n");
  g_autofree char *lead =
      g_strndup (story, lead_end != NULL ? (gsize) (lead_end - story) : strlen (story));
  const char *end = lead + strcspn (lead, ".!?");
  g_autofree char *sentence = g_strndup (lead, end - lead);
  CmqDateGuess other;
  GDate start, day;

  if (found->year == 0 || *end == '\0' || !is_coming_range (sentence, found) ||
      !cmq_date_find_full (end + 1, NULL, language, order, reference, &other) || other.year == 0)
    return;
  g_date_clear (&start, 1);
  g_date_clear (&day, 1);
  g_date_set_dmy (&start, found->day, found->month, found->year);
  g_date_set_dmy (&day, other.day, other.month, other.year);
  if (g_date_compare (&day, &start) >= 0 ||
      g_date_days_between (&day, &start) > MAX_DAYS_BEFORE_RANGE)
    return;
  if (other.evidence[0] == '\0')
    g_strlcpy (other.evidence, found->evidence, sizeof other.evidence);
  *found = other;
}

/* Why the story's first date (@guess) is not the release's, or NULL when it is; a first date that
 * starts days to come gives way to the release's own, stated a few days before them. */
static const char *
story_date_veto (const char *story, const char *language, CmqDateFindFlags order,
                 const GDate *reference, CmqDateGuess *guess)
{
  g_autofree char *sentence = NULL;
  g_autofree char *key = dated_sentence_key (story, language, order, reference, guess, &sentence);
  guint first_day = guess->source != CMQ_DATE_SOURCE_RELATIVE ? guess->day : 0;

  if (is_announced_event (key, guess))
    return "the story's first date is the one of a meeting it announces";
  if (is_future_dated (key, sentence, language, guess))
    return "the story's first date is the day of what a verb in the future tense says is to come";
  if (is_since_dated (sentence, guess))
    return "the story's first date is the past day something has gone on since";
  if (sentence != NULL && guess->day != 0 && guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      cmq_importer_legal_act_governs_day (sentence, guess->day))
    return "the story's first date is the one of a law or decree it cites";
  if (guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      cmq_importer_dated_reference_governs_day (sentence, guess->day))
    return "the story's first date is the one another document it cites bears";
  if (sentence != NULL && guess->day != 0 && guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      cmq_importer_effect_governs_day (sentence, guess->day))
    return "the story's first date is the day a measure it announces takes effect";
  if (guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      cmq_date_past_clause_governs_day (sentence, guess->day))
    return "the story's first date is an earlier event's, in a relative clause in a past tense";
  if (guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      cmq_date_participle_governs_day (sentence, guess->day))
    return "the story's first date is an earlier event's, told by a past participle";
  if (key != NULL && guess->source != CMQ_DATE_SOURCE_RELATIVE && !has_any (key, todays) &&
      cmq_date_ended_event_governs_day (key, guess->day))
    return "the story's first date is the day an event it tells ended";
  if (sentence != NULL && guess->day != 0 && guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      !has_any (key, todays) && cmq_importer_part_of_day_governs_day (sentence, key, guess->day))
    return "the story's first date is the day of an event it tells at an hour of that day";
  if (sentence != NULL && guess->source != CMQ_DATE_SOURCE_RELATIVE &&
      cmq_importer_clock_time_follows_day (sentence, guess->day))
    return "the story's first date is the day of an event it tells at a time of that day";
  date_before_coming_range (story, language, order, reference, guess);
  if (is_purpose_range (key, guess))
    return "the story's first date opens the period a measure taken for a purpose covers";
  if (is_period_start (key, guess))
    return "the story's first date is the start of a period it speaks of";
  if (guess->day == first_day && cmq_importer_opens_day_range (key, guess->day))
    return "the story's first date opens the range of days of an event held, not a release's day";
  if (is_anniversary_event (story, language, order, reference, guess))
    return "the story's first date is the one of an event whose anniversary it marks";
  return NULL;
}

/* The date by precedence: a release-date line, then the dateline, then the place and date
 * signed under the story, then the headline, then the story; the names and
 * events that narrow a missing year are read in all of them. */
static gboolean
find_date (const CmqDumpParts *parts, const char *story, const char *language,
           const GDate *reference, CmqDateGuess *guess)
{
  g_autofree char *with_headline = NULL;
  const char *evidence = story;
  char note[sizeof guess->note] = "";
  CmqDateFindFlags order = parts->numeric_order;
  gboolean found = FALSE;

  if (parts->headline != NULL)
    evidence = with_headline = g_strconcat (story, "\n\n", parts->headline, NULL);
  for (guint i = 0; i < parts->date_lines->len && !found; i++)
    found = find_date_in (g_ptr_array_index (parts->date_lines, i), story, evidence, language,
                          reference, parts->date_line_order, "release-date line", guess, note);
  if (!found && parts->dateline != NULL && !is_event_time (parts->dateline))
    found = find_date_in (parts->dateline, story, evidence, language, reference, order, "dateline",
                          guess, note);
  if (!found && parts->sign_off != NULL)
    found = find_date_in (parts->sign_off, story, evidence, language, reference, order, "sign-off",
                          guess, note);
  /* A headline that carries its full date ("Reappointment of … (May 26, 2015)"); a day and a
   * month alone there do not outweigh the story. */
  if (!found && parts->headline != NULL && !is_event_time (parts->headline))
    {
      CmqDateGuess headline = *guess;
      char ignored[sizeof guess->note] = "";

      if (find_date_in (parts->headline, story, evidence, language, reference, order, "headline",
                        &headline, ignored) &&
          headline.year != 0 && headline.month != 0 && headline.day != 0 &&
          headline.source == CMQ_DATE_SOURCE_STATED)
        {
          *guess = headline;
          found = TRUE;
          cmq_importer_date_from_yearless_dateline (story, language, guess);
        }
    }
  /* "…, June 2008 - Rome (09/06/08)": the month in words decides the figures */
  if (!found && cmq_importer_date_from_month_and_figures (parts->headline, guess))
    {
      found = TRUE;
      g_strlcpy (guess->evidence, "headline", sizeof guess->evidence);
    }
  /* In the story alone, the names are read in the text the date is found in. */
  if (!found &&
      find_date_in (story_after_event_time (story), story, evidence == story ? NULL : evidence,
                    language, reference, order, "story", guess, note))
    {
      const char *veto = story_date_veto (story, language, order, reference, guess);

      if (veto == NULL &&
          cmq_importer_dated_before_stamp (parts->update_stamp, language, order, reference, guess))
        veto = "the story's first date is a few days before the page's update stamp: the day of "
               "the event it tells, and the release's day, between them, cannot be told";

      found = veto == NULL;
      if (!found)
        {
          g_strlcpy (note, veto, sizeof note);
          memset (guess, 0, sizeof *guess);
        }
    }
  /* A photo's caption often dates the event the release is about. */
  for (guint i = 0; i < parts->captions->len && !found; i++)
    found = find_date_in (g_ptr_array_index (parts->captions, i), story, evidence, language,
                          reference, order, "caption", guess, note);
  /* Never guessed, but said: "11/06/2024", even in the page's stamp, is June or November. */
  if (!found && *note == '\0' && parts->numeric_ambiguous)
    g_strlcpy (note,
               "a date in figures of the page: day and month cannot be told apart, and no other "
               "date of the same source writes a number above 12",
               sizeof note);
  cmq_importer_year_from_captions (parts->captions, language, guess);
  if (guess->year == 0 && *note != '\0')
    g_strlcpy (guess->note, note, sizeof guess->note);
  return found;
}

/* "· Le 16 mars 2021 à 16h, devant le Sénat…", "• On 3 May 2021, 10:00: press conference": an
 * item of a list that opens with its full date, a media advisory's event (heldout7 amnesty-02),
 * not the release's date. */
static gboolean
is_dated_list_item (const char *paragraph, const char *language)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *date = NULL;
  CmqDateGuess guess = {
    0,
  };

  cmq_importer_regex_get (&initialised, &regex,
                          "^[•·▪▸‣◦*-]\\s*(?:(?:le|on|am|el|il|em|op)\\s+)?(?:\\p{L}+,?\\s+)?"
                          "(\\d{1,2}(?:er|st|nd|rd|th|\\.)?\\s+(?:de\\s+)?\\p{L}+\\.?,?\\s+"
                          "(?:de\\s+)?\\d{4}|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                          "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|\\d{4}-\\d{2}-\\d{2})(?!\\d)");
  /* The pattern is anchored on a bullet: "*", "-", or one that UTF-8 opens with 0xC2 ("·") or
   * 0xE2 (the others); none has another case. */
  if (*paragraph == '\0' || strchr ("*-\xC2\xE2", *paragraph) == NULL)
    return FALSE;
  if (!g_regex_match (regex, paragraph, 0, &match))
    return FALSE;
  date = g_match_info_fetch (match, 1);
  return cmq_date_find (date, language, NULL, &guess) && guess.year != 0 && guess.day != 0;
}

/* The story's text the date is looked for in: its paragraphs, joined by blank lines, less its
 * subheadings (a heading's date is not the release's, as when subheadings were dropped) and its
 * list items that open with their own date. */
static char *
story_without_subheadings (GPtrArray *paragraphs, GArray *subheadings, const char *language)
{
  GString *story = g_string_new (NULL);
  guint next = 0;

  for (guint i = 0; i < paragraphs->len && g_ptr_array_index (paragraphs, i) != NULL; i++)
    {
      if (next < subheadings->len && g_array_index (subheadings, guint, next) == i)
        {
          next++;
          continue;
        }
      if (is_dated_list_item (g_ptr_array_index (paragraphs, i), language))
        continue;
      if (story->len > 0)
        g_string_append (story, "\n\n");
      g_string_append (story, g_ptr_array_index (paragraphs, i));
    }
  return g_string_free (story, FALSE);
}

static CmqRelease *
release_new (GPtrArray *paragraphs, GArray *subheadings, GPtrArray *keys, const CmqDumpParts *parts,
             guint chrome_lines, const char *file_name, gint64 file_mtime,
             const char *converted_from)
{
  g_autoptr (GPtrArray) quotes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *story = NULL;
  g_autofree char *undated = NULL;
  CmqReleaseInfo info = {
    NULL,
  };
  CmqDateGuess guess = {
    0,
  };
  GDate reference;

  info.paragraphs = (const char *const *) paragraphs->pdata;
  info.subheadings = (const guint *) subheadings->data;
  info.n_subheadings = subheadings->len;
  info.language = cmq_importer_detect_language (keys);
  if (parts->headline != NULL)
    title = cmq_importer_headline_title (parts->headline, info.paragraphs);
  else
    title = cmq_importer_derive_title (info.paragraphs);
  quotes = cmq_importer_find_quotes (info.paragraphs);
  story = story_without_subheadings (paragraphs, subheadings, info.language);

  g_date_clear (&reference, 1);
  g_date_set_time_t (&reference, file_mtime > 0 ? (time_t) file_mtime : time (NULL));
  if (find_date (parts, story, info.language, &reference, &guess))
    {
      cmq_importer_year_from_url (parts->url, &reference, &guess);
      info.year = guess.year;
      info.month = guess.month;
      info.day = guess.day;
      info.date_source = guess.source;
    }
  info.date_evidence = guess.evidence[0] != '\0' ? guess.evidence : NULL;
  /* the release's date read from its headline's line, after the headline: the site's stamp */
  if (g_strcmp0 (info.date_evidence, "headline") == 0 && parts->headline != NULL &&
      (undated = cmq_importer_drop_trailing_date (parts->headline)) != NULL)
    {
      g_free (title);
      title = cmq_importer_headline_title (undated, info.paragraphs);
    }
  info.date_note = guess.note[0] != '\0' ? guess.note : NULL;
  info.file = file_name;
  info.title = title;
  info.headline_found = parts->headline != NULL;
  info.quotes = quotes;
  info.chrome_lines = chrome_lines;
  info.file_mtime = file_mtime;
  info.converted_from = converted_from;
  info.source = parts->source;
  info.url = parts->url;
  info.kind = cmq_importer_kind_of_labelled_headline (
      parts->kind, parts->headline, paragraphs->len > 0 ? g_ptr_array_index (paragraphs, 0) : NULL);
  if (info.kind == NULL && parts->headline != NULL)
    info.kind = cmq_importer_kind_inside_headline (parts->headline);
  if (info.kind == NULL && paragraphs->len > 0)
    info.kind = cmq_importer_kind_of_lead (g_ptr_array_index (paragraphs, 0));
  /* the release-date line the date was read from, when it names the kind with the date */
  if (info.kind == NULL && g_strcmp0 (info.date_evidence, "release-date line") == 0)
    info.kind = cmq_importer_kind_of_dated_label (g_ptr_array_index (parts->date_lines, 0));
  if (info.kind == NULL)
    info.kind = parts->furniture_kind;
  if (info.kind == NULL)
    info.kind = cmq_importer_kind_of_shape (parts->headline, paragraphs);
  return cmq_release_new (&info);
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
  g_autoptr (GArray) subheadings = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto (CmqDumpParts) parts = {
    NULL,
  };
  const char *converted_from = NULL;
  gboolean ambiguous;
  guint chrome_lines;

  g_return_val_if_fail (CMQ_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  utf8 = cmq_importer_decode (text != NULL ? text : "", length, &converted_from, error);
  if (utf8 == NULL)
    return NULL;

  parts.date_lines = g_ptr_array_new_with_free_func (g_free);
  parts.captions = g_ptr_array_new_with_free_func (g_free);
  lines = cmq_importer_split_lines (utf8);
  g_array_set_clear_func (lines, (GDestroyNotify) cmq_importer_line_clear);
  cmq_date_join_lone_years (lines);

  chrome_lines = cmq_importer_assign_roles (self, lines, &parts);
  cmq_date_read_piped_byline (lines, parts.date_lines);
  cmq_date_read_place_date_line (lines, parts.dateline, parts.date_lines);
  cmq_date_read_short_year_line (lines, parts.dateline, parts.date_lines);
  chrome_lines += cmq_date_read_top_date_line (lines, parts.dateline, parts.date_lines);
  cmq_date_drop_posting_stamps (lines, parts.date_lines);
  cmq_date_read_signed_date_line (lines, &parts.sign_off);
  /* 05/04/2007 is read as this file, or else the other files of its site, or else those whose
   * date lines share its template, write other dates. */
  parts.numeric_order = cmq_date_numeric_order (utf8, &ambiguous);
  if (parts.numeric_order == CMQ_DATE_FIND_NONE && ambiguous)
    parts.numeric_order = cmq_importer_site_numeric_order (self, lines);
  if (parts.numeric_order == CMQ_DATE_FIND_NONE && ambiguous)
    parts.numeric_order = cmq_importer_template_numeric_order (self, lines);
  parts.numeric_order = cmq_date_numeric_order_by_evidence (utf8, parts.numeric_order, ambiguous);
  /* the release's own date lines, in its author's hand, also as the text writes dates in words */
  parts.date_line_order = parts.numeric_order;
  if (parts.numeric_order == CMQ_DATE_FIND_NONE && ambiguous)
    parts.date_line_order = cmq_importer_words_numeric_order (utf8);
  parts.numeric_ambiguous = parts.numeric_order == CMQ_DATE_FIND_NONE && ambiguous;
  cmq_importer_find_source (lines, &parts);
  parts.update_stamp = cmq_importer_find_update_stamp (lines);
  parts.furniture_kind = cmq_importer_kind_of_head_furniture (lines);
  if (parts.furniture_kind == NULL)
    parts.furniture_kind = cmq_importer_kind_announced (lines);
  if (parts.furniture_kind == NULL)
    parts.furniture_kind = cmq_importer_kind_of_delivery_notice (lines);
  if (parts.furniture_kind == NULL)
    parts.furniture_kind = cmq_importer_kind_of_lines (lines);
  parts.furniture_kind = cmq_importer_kind_of_wire_footer (lines, parts.furniture_kind);
  parts.kind = cmq_importer_kind_kept_by_notice (lines, parts.kind);
  cmq_importer_build_paragraphs (lines, paragraphs, n_lines, keys);
  chrome_lines += cmq_importer_remove_captions (paragraphs, n_lines, keys, subheadings);
  if (paragraphs->len == 0)
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_EMPTY,
                           _("The file holds no story text, only website chrome"));
      return NULL;
    }
  g_ptr_array_add (paragraphs, NULL);
  return release_new (paragraphs, subheadings, keys, &parts, chrome_lines, file_name, file_mtime,
                      converted_from);
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
