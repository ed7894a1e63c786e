/* cmq-importer-head.c: what a dump says about its release outside the story: datelines
 * ("NEW YORK, 8 September 2014 – Statement…"), release-date lines ("Published: 3 May 2021"),
 * "last updated" decoys, the kind of release (the organisation and URL: cmq-importer-source.c;
 * credits and other asides: cmq-importer-asides.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-releasedlabels.h"

/* A label before a line's kind ("Schwerpunktthema: Pressemitteilung") is this short. */
#define MAX_TYPE_LABEL_BYTES 24

/* A release-date line above the story says at most this many words after its date and time. */
#define MAX_HEAD_DATE_REST_WORDS 4
/* Fields set apart by dashes after a release-date line's date: a place and an office. */
#define MAX_HEAD_DATE_FIELDS 3
/* A time stamp after a dateline's date: the time, "pm" and a zone. */
#define MAX_TIME_STAMP_WORDS 3
/* After a dateline whose place has several words, fewer words name a section, not a headline. */
#define MIN_DATELINE_HEADLINE_WORDS 3

/* Month names: English and French in every form, then the full names of the other languages of
 * the European institutions (de, nl, it, es, pt, and pl in the genitive of dates), accented or
 * not. */
#define MONTHS CMQ_IMPORTER_MONTHS_EN_FR "|" MONTHS_OTHER
#define MONTHS_OTHER                                                                               \
  "januar|februar|m[äa]rz|j[äa]nner|juni|juli|oktober|dezember|januari|februari|maart|mei|"      \
  "augustus|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"          \
  "dicembre|enero|febrero|abril|mayo|junio|julio|sep?tiembre|octubre|noviembre|diciembre|okt|dez|" \
  "janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|"      \
  "lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|"     \
  "grudnia|maj|augusti|marts|desember"
#define WEEKDAYS                                                                                   \
  "(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"         \
  "dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|"          \
  "woensdag|donderdag|vrijdag|zaterdag|zondag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|"   \
  "venerd[iì]|sabato|domenica|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"      \
  "(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira"
/* "Nov-29-2013" (heldout8 iom-01): a month's name joined by hyphens to its day and year. */
#define DATE_PATTERN                                                                               \
  "(?:(?:" WEEKDAYS "),?\\s+)?"                                                                    \
  "(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?(?:" MONTHS                             \
  ")\\.?(?:,?\\s+(?:de\\s+)?\\d{4}|\\s*/\\s*\\d{4})?"                                              \
  "|(?:" MONTHS ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"                               \
  "|(?:" MONTHS ")-\\d{1,2}-\\d{4}|\\d{4}-(?:" MONTHS ")-\\d{1,2}"                                 \
  "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\.\\d{2}\\.\\d{2}|\\d{4}/"      \
  "\\d{2}/\\d{2})"

/* The labels of a release-date line ("Published: 3 May 2021", "erstellt am 03.07.2012", "Mise en
 * ligne le 13 Septembre 2024", "Data publikacji strony: 23-11-2009": heldout9). */
#define RELEASE_LABELS                                                                             \
  "release date|date of (?:release|issue)|issued(?: on)?|published(?: on)?|created(?: on)?|"       \
  "publication date|posted(?: on)?|date|datum|fecha|data|publie(?: le)?|"                          \
  "date de (?:publication|parution|diffusion)|diffuse le|veroffentlicht(?: am)?|erstellt(?: am)?|" \
  "erschienen(?: am)?|"                                                                            \
  "mise? en ligne(?: le)?|data publikacji(?: strony)?|opublikowano|gepubliceerd(?: op)?|"          \
  "fecha de publicacion|data d[ei] pubb?lica(?:cao|zione)|publicado(?: el| em)?|"                  \
  "pubblicato(?: il)?|publicerad|publiceret|publisert"

GRegex *
cmq_importer_regex_get (gsize *initialised, GRegex **regex, const char *pattern)
{
  if (g_once_init_enter (initialised))
    {
      g_autoptr (GError) error = NULL;

      *regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
      g_assert_no_error (error);
      g_once_init_leave (initialised, 1);
    }
  return *regex;
}

/* "Pressemeddelelse, 7. december 2015", "Press release, 3 May 2021, 10:00": a press release's kind
 * (kinds.txt), a comma or the word for "of" ("Pressemitteilung vom 25. März 2025", heldout16
 * joswig-01) and its date alone, @folded (heldout13 nationalbanken-01): a release-date
 * line wherever it is, as a label's ("Published: …"), so that a paragraph above the head (the
 * press section's own description) does not hide it. The kind before a bar, a bullet, a dash or a
 * colon ("Press release | 25 September 1988", "Press Release: 4 October 2018") is read with its
 * date by read_dated_kind () and cmq_importer_split_kind_label (), which keep the kind; other
 * kinds ("Article, 17.01.2018") are a page's type, left as they were. */
static gboolean
is_kind_and_date (const char *folded)
{
  static gsize date_init = 0;
  static CmqRegex *date_alone = NULL;
  gsize kind;

  if (g_strcmp0 (cmq_importer_kind_of_start (folded, FALSE), "press release") != 0)
    return FALSE;
  kind = cmq_importer_kind_phrase_length (folded);
  cmq_regex_get (
      &date_init, &date_alone,
      "^(?:\\s*,\\s*|\\s+(?:of|vom|du|del|van|z dnia)\\s*:?\\s+)(?:le\\s+|on\\s+|den\\s+|el\\s+)?"
      "(?:" DATE_PATTERN ")"
      "(?:\\s*(?:,|-|\\x{2013}|at|a|kl\\.?)?\\s*\\d{1,2}[:.h]\\d{2}"
      "(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|[a-z]{3,4}))?)?"
      "(?:\\s+(?:von der|from|de la|du|de|van de|van)\\s+(?:firma\\s+)?[^.!?]{2,80}?)?\\.?\\s*$");
  return kind > 0 && cmq_regex_match (date_alone, folded + kind);
}

/* "Volume 701: debated on Thursday 21 October 2021", "Bulletin n° 12 : publié le 3 mai 2021": a
 * short label (a volume, an issue, a record), a colon, the participle of what was done with the
 * text that day and its date alone (heldout13 commons-01): the page's release-date line, as a
 * label's ("Published: …") is, never a headline. A participle of updating is left to the decoys. */
static gboolean
is_label_done_on_date (const char *folded)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  if (strchr (folded, ':') == NULL)
    return FALSE;
  cmq_regex_get (
      &init, &regex,
      "^[^:!?]{1,40}?\\s*:\\s*"
      "(?:debated|published|posted|issued|released|delivered|given|made|held|adopted|signed|"
      "publiee?|diffusee?|prononcee?|adoptee?|signee?|debattue?|veroffentlicht|gehalten|"
      "publicad[oa]|pubblicat[oa]|gepubliceerd|publicerad|publiceret|publisert)"
      "(?:\\s+(?:on|le|am|el|em|il|op|den|the))?\\s+(?:" DATE_PATTERN ")"
      "(?:\\s*(?:,|-|\\x{2013}|at|a|kl\\.?)?\\s*\\d{1,2}[:.h]\\d{2}"
      "(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|[a-z]{3,4}))?)?\\s*$");
  return cmq_regex_match (regex, folded);
}

const char *
cmq_importer_kind_of_dated_label (const char *text)
{
  g_autofree char *folded = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return NULL;
  folded = cmq_importer_fold (text);
  return is_kind_and_date (folded) ? "press release" : NULL;
}

CmqLineRole
cmq_importer_date_line_role (const char *text)
{
  static gsize decoy_init = 0, release_init = 0;
  static CmqRegex *decoy = NULL, *release = NULL;
  const char *published = cmq_importer_after_published_bullet (text);
  g_autofree char *folded = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return CMQ_LINE_STORY;
  folded = cmq_importer_fold (published != NULL ? published : text);
  cmq_regex_get (&decoy_init, &decoy,
                 "^(?:(?:page |content )?last (?:updated|update|modified|reviewed)|updated|"
                 "date (?:modified|of last update)|modified|derniere (?:modification|mise a jour)|"
                 "mis a jour|mise a jour|modifie le|date de (?:mise a jour|modification)|"
                 "stand|aktualisiert|actualizado|aggiornato|uppdaterad|opdateret|oppdatert)\\b");
  /* " date 2022-01 mardi 25 janvier 2022 • …": a year and month before the full date (heldout7);
   * "Posted on Fri, Nov-29-2013": a weekday cut to three letters after the label (heldout8) */
  cmq_regex_get (&release_init, &release,
                 "^(?:" RELEASE_LABELS ")"
                 "\\s*[:\\-]?\\s*(?:\\d{4}-\\d{2}\\s+)?(?:le\\s+|on\\s+)?"
                 "(?:(?:mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+)?(?:" DATE_PATTERN
                 "|\\d{1,2} ?/ ?\\d{1,2} ?/ ?\\d{4})"); /* "Date: 5 / 14 /2007" */
  if (cmq_regex_match (decoy, folded))
    return CMQ_LINE_DECOY_DATE;
  if (cmq_regex_match (release, folded) || is_kind_and_date (folded) ||
      is_label_done_on_date (folded))
    return CMQ_LINE_RELEASE_DATE;
  return cmq_importer_released_label_role (text);
}

/* "erstellt am", "Published:": a release-date line's label alone on its line, its date on the
 * next. */
gboolean
cmq_importer_is_date_label (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strpbrk (text, "0123456789") != NULL || cmq_importer_chars_up_to (text, 40) > 40)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&init, &regex, "^(?:" RELEASE_LABELS ")\\s*:?$");
  return cmq_regex_match (regex, folded);
}

/* "…, gepubliceerd op dinsdag 20 juni 2017, 1:10.", "Published on 3 May 2021": a line that ends
 * saying when the page was published (a repost's credit), not a sentence of the story. */
gboolean
cmq_importer_is_published_credit (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  /* no folding and no regex for the lines that say nothing of publishing */
  if (strpbrk (text, "0123456789") == NULL ||
      (strstr (text, "ubli") == NULL && strstr (text, "ubbli") == NULL &&
       strstr (text, "ffentlicht") == NULL && strstr (text, "osted") == NULL &&
       strstr (text, "UBLI") == NULL && strstr (text, "UBBLI") == NULL &&
       strstr (text, "FFENTLICHT") == NULL && strstr (text, "OSTED") == NULL))
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (
      &init, &regex,
      "(?:^|,\\s*)(?:published|posted|gepubliceerd|publie|publiee|veroffentlicht|publicado|"
      "pubblicato)(?:\\s+(?:on|op|le|am|el|il))?\\s+(?:" DATE_PATTERN ")"
      "(?:,?\\s+(?:at\\s+|om\\s+|a\\s+)?\\d{1,2}[:.h]\\d{2})?\\s*\\.?$");
  return cmq_regex_match (regex, folded);
}

/* An office's name after a place on a release-date line has at most this many words. */
#define MAX_HEAD_DATE_OFFICE_WORDS 8

/* "National Defence / Canadian Armed Forces" (heldout15 canada-01): every word of @field (as the
 * page writes it) opens with a capital, but for the words that join names ("of", "de", "/"): an
 * office's name, not a related release's title, which has words in lower case. */
static gboolean
is_office_name (const char *field)
{
  static const char *const joins[] = { "of",  "and", "for",  "the", "de",  "du", "des", "la",
                                       "le",  "et",  "y",    "e",   "da",  "do", "der", "für",
                                       "und", "van", "voor", "di",  "del", "/",  "&",   NULL };
  g_auto (GStrv) words = g_strsplit_set (field, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      n++;
      if (!g_unichar_isupper (g_utf8_get_char (words[i])) && !g_strv_contains (joins, words[i]))
        return FALSE;
    }
  return n > 0 && n <= MAX_HEAD_DATE_OFFICE_WORDS;
}

/* What follows a date on a release-date line: a few words, or short fields set apart by dashes
 * or bars (a place and the office that issued it: "– Ottawa (Ontario) – Global Affairs
 * Canada"; the office's name, after a place, may be longer, @text's last field written as one);
 * an item of a list of related releases has one longer title after its date. */
static gboolean
is_short_rest (const char *rest, const char *text)
{
  static const char *const dashes[] = { " - ", " \u2013 ", " \u2014 ", " | ", NULL };
  g_auto (GStrv) fields = g_regex_split_simple ("\\s+(?:-|\u2013|\u2014|\\|)\\s+", rest, 0, 0);
  guint n = g_strv_length (fields);
  const char *office = NULL;

  for (guint i = 0; dashes[i] != NULL; i++)
    {
      const char *at = g_strrstr (text, dashes[i]);

      if (at != NULL && (office == NULL || at + strlen (dashes[i]) > office))
        office = at + strlen (dashes[i]);
    }
  for (guint i = 0; i < n; i++)
    {
      g_auto (GStrv) words = g_strsplit_set (g_strstrip (fields[i]), " ", -1);

      if (g_strv_length (words) > MAX_HEAD_DATE_REST_WORDS &&
          (i == 0 || i + 1 < n || office == NULL || !is_office_name (office)))
        return FALSE;
    }
  return n == 1 || n <= MAX_HEAD_DATE_FIELDS;
}

/* An office's name before a date in figures has this many words at least ("Ministry of Defence"). */
#define MIN_OFFICE_WORDS 3

/* "Republic Of Türkiye Ministry Of Foreign Affairs 19.04.2024" (heldout15 turkey-01): an office's
 * name (is_office_name ()) then a date in figures alone: the page's release-date line. */
static gboolean
is_office_and_numeric_date (const char *text)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *office = NULL;

  cmq_importer_regex_get (&init, &regex, "^(\\D+?)\\s+\\d{1,2}([./])\\d{1,2}\\2\\d{4}$");
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  office = g_match_info_fetch (match, 1);
  /* a page's type ("Article, 17.01.2018") is no office: at least three words, no comma */
  return cmq_importer_count_words (office) >= MIN_OFFICE_WORDS && strchr (office, ',') == NULL &&
         is_office_name (office);
}

/* Above the story, a line that opens with a full date and says little else: a time, a label or
 * the office that issued it ("Friday, November 22, 2024, 1:46 p.m. Ministry of Foreign Affairs",
 * "2017-apr-20"). More words after its date make it a related release's item or a dateline. */
gboolean
cmq_importer_is_head_date_line (const char *text)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *rest = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  if (is_office_and_numeric_date (text))
    return TRUE;
  folded = cmq_importer_fold (text);
  cmq_importer_regex_get (&init, &regex,
                          "^(?:" WEEKDAYS ")?,?\\s*(?:le\\s+)?"
                          "(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(?:" MONTHS
                          ")\\.?,?\\s+(?:de\\s+)?\\d{4}"
                          "|(?:" MONTHS ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                          "|\\d{1,2}([./-])\\d{1,2}\\1\\d{4}|\\d{4}-\\d{2}-\\d{2}"
                          "|(?:" MONTHS ")-\\d{1,2}-\\d{4}|\\d{4}-(?:" MONTHS ")-\\d{1,2})(?!\\d)"
                          "(?:,?\\s+\\d{1,2}[:.h]\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?)?"
                          "(?:$|[\\s,;|\\-]*(.*)$)");
  if (!g_regex_match (regex, folded, 0, &match))
    return FALSE;
  rest = g_match_info_fetch (match, 2);
  if (rest == NULL || *rest == '\0')
    return TRUE;
  g_strstrip (rest);
  /* a label ("Also available in:") may follow the date, a sentence may not; a kind ("14.01.2016
   * - Press release") makes it a dateline, read with its kind */
  if (*rest != '\0' && strchr (".!?", rest[strlen (rest) - 1]) != NULL)
    return FALSE;
  return is_short_rest (rest, text) && cmq_importer_kind_of_start (rest, FALSE) == NULL;
}

/* What follows the dash of a dated lead has this many words at least. */
#define MIN_DATED_LEAD_WORDS 5

/* "WASHINGTON, JANUARY 13, 2023 — The World Bank Group today released the following statement:":
 * a place, a date, a dash and a clause that introduces what follows; the story's first line, not
 * a label. */
gboolean
cmq_importer_is_dated_lead (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *rest = NULL;

  if (strpbrk (text, "0123456789") == NULL || !g_str_has_suffix (text, ":"))
    return FALSE;
  cmq_importer_regex_get (&initialised, &regex,
                          "^(?:[\\p{Lu}][\\p{L}.'’ -]{1,40},\\s*){1,2}(?:" DATE_PATTERN
                          ")\\s*[-–—]\\s*(\\p{Lu}.*):$");
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  rest = g_match_info_fetch (match, 1);
  return cmq_importer_count_words (rest) >= MIN_DATED_LEAD_WORDS;
}

/* "THE HAGUE, Netherlands — 6 September 2017 — The…", "LA HAYE, le 26 octobre 2017. S. Exc.…": a
 * place, a full date, a dash or a full stop, then a capital: the dateline that opens a story.
 * The date may stand in brackets after the place, then a dash: "Napa Valley, CA. (April 25,
 * 2007) – The…", "Juba, South Sudan (Dec. 30, 2013) — Thousands…", a wire's name before it:
 * "FREDERICTON, NOUVEAU-BRUNSWICK--(Marketwire - 4 août 2009) - Au nom…". */
gboolean
cmq_importer_opens_with_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^(?:(?:[\\p{Lu}][\\p{L}.'’ -]{1,40}\\s*[,–—]\\s*){1,2}(?:le\\s+)?(?:" DATE_PATTERN
                 ")\\s*(?:[-–—]|\\.(?=\\s))"
                 "|(?:[\\p{Lu}][\\p{L}.'’ -]{1,40},\\s*){0,2}[\\p{Lu}][\\p{L}.'’ -]{0,40}?"
                 "(?:\\s*|--)\\((?:\\p{L}{2,20}\\s*[-–—]\\s*)?(?:" DATE_PATTERN
                 ")\\)\\s*[-–—]{1,2})\\s*[\\p{Lu}\"“]");
  return cmq_regex_match (regex, text);
}

/* "14.01.2016 - Press release", "New York, 19 December 2014 - Statement attributable to…",
 * "BRUSSELS, 12 March 2019": a place, a date, and perhaps the kind or the headline after a dash.
 * Sets parts->dateline, and parts->headline or parts->kind from what follows the date. */
static gboolean
read_dateline (const char *text, CmqDumpParts *parts)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GMatchInfo) nested = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *folded = NULL;
  const char *comma;

  cmq_importer_regex_get (&initialised, &regex,
                          "^\\(?(?:[\\p{Lu}][\\p{L}.'’ -]{1,40}(?:\\([^)]{1,40}\\))?,\\s*){0,2}"
                          "(?:(?:le|on|am|el|il|op|em|den|a|dnia)\\s+)?(" DATE_PATTERN
                          ")(?:\\s+r\\.?)?\\)?\\s*(?:\\([^)]{1,60}\\)\\s*)?(?:[-–—:|]\\s*(.*))?$");
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  g_free (parts->dateline);
  parts->dateline = g_match_info_fetch (match, 0);
  rest = g_match_info_fetch (match, 2);
  if (rest == NULL || *g_strstrip (rest) == '\0')
    return TRUE;
  /* "Berne, 21.06.2012 - Zurich, 21 juin 2012 - Discours du…": where it was given, then said;
   * once, so that a line is read in linear time. */
  if (g_regex_match (regex, rest, 0, &nested))
    {
      /* The match reads @rest: fetched before @rest is freed. */
      char *said = g_match_info_fetch (nested, 2);

      g_free (rest);
      rest = said;
      if (rest == NULL || *g_strstrip (rest) == '\0')
        return TRUE;
    }
  folded = cmq_importer_fold (rest);
  if (cmq_importer_kind_of_start (folded, TRUE) != NULL)
    {
      if (parts->kind == NULL)
        parts->kind = cmq_importer_kind_of_start (folded, TRUE);
      return TRUE;
    }
  /* "Speech by X - Check against delivery": notes about the page, not its headline. */
  if (cmq_importer_kind_of_start (folded, FALSE) != NULL && strstr (rest, " - ") != NULL)
    {
      if (parts->kind == NULL)
        parts->kind = cmq_importer_kind_of_start (folded, FALSE);
      return TRUE;
    }
  if (parts->headline != NULL || cmq_importer_ends_sentence (rest) || strchr (rest, ' ') == NULL ||
      cmq_importer_is_broken_sentence (rest))
    return TRUE;
  /* "06/20/2021 | 03:35pm EDT": a clock time and its zone stamp the page; they are no headline. */
  if (g_ascii_isdigit (rest[0]) && cmq_importer_has_time (rest) &&
      cmq_importer_count_words (folded) <= MAX_TIME_STAMP_WORDS)
    return TRUE;
  /* "Foreign Affairs Council, 19/06/2017 - Main results": a section of the page named by the
   * meeting and its date, the whole line its headline. */
  comma = strchr (parts->dateline, ',');
  if (cmq_importer_count_words (folded) < MIN_DATELINE_HEADLINE_WORDS && comma != NULL &&
      memchr (parts->dateline, ' ', comma - parts->dateline) != NULL)
    parts->headline = g_strdup (text);
  else
    parts->headline = g_steal_pointer (&rest);
  return TRUE;
}

/* Names around a kind label before a date, each capitalised, at most this many on each side:
 * "CERN press release 04.07.2012", "Pressemitteilung Deutschland 04. November 2013". */
#define MAX_LABEL_NAMES 2
/* Such a line, its date included ("Pressemitteilung Deutschland 04. November 2013"). */
#define MAX_NAMED_LABEL_WORDS 10

/* "CERN press release", "Pressemitteilung Deutschland": a kind label with the issuer's name
 * before it or the page's section after it, capitalised words only (heldout7); its kind, or
 * NULL. */
static const char *
kind_among_names (const char *rest)
{
  g_auto (GStrv) words = g_strsplit_set (rest, " \t", -1);
  guint n = g_strv_length (words);

  for (guint skip = 0; skip <= MAX_LABEL_NAMES && skip < n; skip++)
    {
      g_autofree char *tail = g_strjoinv (" ", words + skip);
      g_autofree char *folded = cmq_importer_fold (tail);
      gsize len = cmq_importer_kind_phrase_length (folded);
      guint after;
      gboolean names = TRUE;

      if (skip > 0 && !g_unichar_isupper (g_utf8_get_char (words[skip - 1])))
        return NULL;
      if (len == 0)
        continue;
      after = cmq_importer_count_words (folded + len + (folded[len] == ' '));
      if (after > MAX_LABEL_NAMES || after + skip == 0 || after >= n)
        return NULL;
      for (guint k = n - after; k < n; k++)
        names = names && g_unichar_isupper (g_utf8_get_char (words[k]));
      return names ? cmq_importer_kind_of_start (folded, FALSE) : NULL;
    }
  return NULL;
}

#define MAX_TOPIC_WORDS 6 /* after a date and a kind label, words of the page's topic */

/* "press release environmental rights and governance", after "10 May 2016" (heldout8 unep-01):
 * a kind label, then a few words of the topic, no figure, no punctuation; its kind, or NULL. */
static const char *
kind_before_topic (const char *folded)
{
  gsize len = cmq_importer_kind_phrase_length (folded);

  if (len == 0 || strpbrk (folded + len, "0123456789.,;:!?()\"") != NULL ||
      cmq_importer_count_words (folded + len) > MAX_TOPIC_WORDS)
    return NULL;
  return cmq_importer_kind_of_start (folded, FALSE);
}

/* "05-04-2007 News Release 07/47": a date, then a kind label with no dash between. */
static gboolean
read_dated_kind (const char *text, CmqDumpParts *parts)
{
  static gsize initialised = 0, label_init = 0;
  static GRegex *regex = NULL, *label_first = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *folded = NULL;
  const char *kind;
  guint date_group = 1;

  /* "05-04-2007 News Release 07/47", "18/12/2025 02:08 | Press release |": a time and bars may
   * stand between. */
  cmq_importer_regex_get (&initialised, &regex,
                          "^(" DATE_PATTERN
                          ")(?:,?\\s+\\d{1,2}[:.h]\\d{2})?[\\s|\\-–]+(\\S.{0,80})$");
  /* "PRESS RELEASE September 25, 1988", "Press release • Oct 21, 2004 14:36 CEST": the other way. */
  cmq_importer_regex_get (&label_init, &label_first,
                          "^(\\S.{0,40}?)[\\s|:\\-–•]+(" DATE_PATTERN
                          ")(?:,?\\s+\\d{1,2}[:.h]\\d{2}(?:\\s+[a-z]{2,5})?)?\\s*$");
  if (g_regex_match (regex, text, 0, &match))
    rest = g_match_info_fetch (match, 2);
  else
    {
      folded = cmq_importer_fold (text);
      g_clear_pointer (&match, g_match_info_free);
      /* most lines neither open with a kind nor are a short line ending in a figure: no
       * second regex for them */
      if ((cmq_importer_kind_of_start (folded, FALSE) == NULL &&
           (cmq_importer_count_words (folded) > MAX_NAMED_LABEL_WORDS ||
            !g_ascii_isdigit (text[strlen (text) - 1]))) ||
          !g_regex_match (label_first, text, 0, &match))
        return FALSE;
      rest = g_match_info_fetch (match, 1);
      date_group = 2;
      g_free (folded);
    }
  folded = cmq_importer_fold (rest);
  kind = cmq_importer_kind_of_start (folded, TRUE);
  if (kind == NULL && date_group == 2)
    kind = kind_among_names (rest);
  if (kind == NULL && date_group == 1)
    kind = kind_before_topic (folded);
  if (kind == NULL)
    return FALSE;
  g_free (parts->dateline);
  parts->dateline = g_match_info_fetch (match, date_group);
  if (parts->kind == NULL)
    parts->kind = kind;
  return TRUE;
}

/* "Vienna, Austria", "Bruxelles, Belgique": a place of a few capitalised words with a comma. */
static gboolean
is_place (const char *text)
{
  guint words = 1;

  if (strchr (text, ',') == NULL || g_str_has_suffix (text, ","))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ')
      {
        words++;
        if (!g_unichar_isupper (g_utf8_get_char (p + 1)))
          return FALSE;
      }
  return words <= 4 && g_unichar_isupper (g_utf8_get_char (text));
}

/* "Remarks by Angel Gurría", "Discours de M. Dupont", "Address by Anne Krueger, First Deputy
 * Managing Director", "Remarks by X, delivered at Y.": the kind
 * and a speaker, not a headline (which does not end with a full stop). */
static gboolean
is_byline (const char *folded)
{
  static gsize short_init = 0, long_init = 0;
  static CmqRegex *short_form = NULL, *long_form = NULL;

  if (cmq_importer_kind_of_start (folded, FALSE) == NULL)
    return FALSE;
  cmq_regex_get (&short_init, &short_form,
                 "^\\S+(?: \\S+)? (?:by|par|de|du|von) (?:\\S+ ?){1,3}(?:, [^.,]{1,60})?$");
  cmq_regex_get (&long_init, &long_form, "^\\S+(?: \\S+)? (?:by|par|de|du|von) [^.]+,.*\\.$");
  return cmq_regex_match (short_form, folded) || cmq_regex_match (long_form, folded);
}

/* "…and Committee of Ministers Chairman Miguel Angel MoratinosStrasbourg, 4 May 2009 - In the
 * first…": a headline saved without the line break before its dateline (a place, a full date
 * and a dash, then the story's capital), glued to a word of four letters at least that ends in
 * lower case ("McDonald" is a name). Returns where the dateline starts, or 0 when there is no
 * such glued dateline. */
gsize
cmq_importer_glued_dateline (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  int start = 0;

  const char *comma;

  /* most lines have no ", <figure>": no regex for them */
  for (comma = strchr (text, ','); comma != NULL; comma = strchr (comma + 1, ','))
    if (comma[1] == ' ' && g_ascii_isdigit (comma[2]))
      break;
  if (comma == NULL)
    return 0;
  /* case-sensitive: the glue is a lower-case letter then a capital */
  if (g_once_init_enter (&initialised))
    {
      regex = g_regex_new (
          "\\s\\p{L}\\p{Ll}{3,}(\\p{Lu}[\\p{L}.'’ -]{1,40},\\s*\\d{1,2}(?:st|nd|rd|th|er)?\\s+"
          "(?i:" MONTHS ")\\.?\\s+\\d{4}\\s*[-–—]\\s+\\p{Lu})",
          G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialised, 1);
    }
  if (!g_regex_match (regex, text, 0, &match) || !g_match_info_fetch_pos (match, 1, &start, NULL))
    return 0;
  return (gsize) start;
}

/* A headline glued before its date label has at most this many words. */
#define MAX_GLUED_LABEL_HEAD_WORDS 30
#define MIN_HEADLINE_WORDS_GLUED   2

gsize
cmq_importer_glued_date_label (const char *text, gsize *end)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *head = NULL;
  int start = 0, stop = 0;

  /* the labels of more than one word, that no sentence opens with a capital (opening as
   * label_openings in cmq-importer-glued.c says: only a line holding one of them comes here) */
  cmq_importer_regex_get (&initialised, &regex,
                          "\\s((?=(?-i)\\p{Lu})(?:data publikacji|date de publication|"
                          "publication date|release date|date of (?:release|issue)|"
                          "published on|publi[ée] le|mise? en ligne le|ver[öo]ffentlicht am|"
                          "fecha de publicaci[óo]n|data d[ei] pubb?lica(?:[çc][ãa]o|zione)|"
                          "publicado (?:el|em)|pubblicato il|gepubliceerd op)\\s*:?\\s*"
                          "(?:" DATE_PATTERN "))\\s+\\S");
  if (strpbrk (text, "0123456789") == NULL || !g_regex_match (regex, text, 0, &match) ||
      !g_match_info_fetch_pos (match, 1, &start, &stop))
    return 0;
  head = g_strndup (text, start);
  g_strchomp (head);
  if (!g_unichar_isupper (g_utf8_get_char (head)) || cmq_importer_ends_sentence (head) ||
      cmq_importer_count_words (head) < MIN_HEADLINE_WORDS_GLUED ||
      cmq_importer_count_words (head) > MAX_GLUED_LABEL_HEAD_WORDS)
    return 0;
  *end = (gsize) stop;
  return (gsize) start;
}

/* "Remarks by the President on the meetings of 22 June 2017": a line ending with its date. */
gboolean
cmq_importer_ends_with_date (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex, "\\s(?:" DATE_PATTERN ")$");
  return cmq_regex_match (regex, folded);
}

/* "Point de presse live (25 janvier 2024)", "… (May 26, 2015)": a line ending with its date in
 * parentheses. */
gboolean
cmq_importer_has_dated_parentheses (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, "\\((?:" DATE_PATTERN ")\\)$");
  return g_str_has_suffix (text, ")") && cmq_regex_match (regex, text);
}

/* "16/05/2003 843 views 0 likes", "3 May 2021 · 1,204 reads": the page's counters of views,
 * likes, comments or shares after its date. @text without them, or NULL when it has none. */
static char *
without_page_counters (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  gint start = 0;

  cmq_importer_regex_get (&initialised, &regex,
                          "(?:\\s*[·•|]?\\s+\\d[\\d,.]*\\s+(?:views?|likes?|comments?|shares?|"
                          "reads?|vues?|commentaires?|partages?|aufrufe|kommentare))+\\s*$");
  if (!g_regex_match (regex, text, 0, &match) || !g_match_info_fetch_pos (match, 0, &start, NULL) ||
      start == 0)
    return NULL;
  return g_strndup (text, start);
}

CmqLineRole
cmq_importer_meta_role (const char *text, CmqDumpParts *parts)
{
  g_autofree char *folded = NULL;
  g_autofree char *uncounted = NULL;
  const char *kind;

  if (strpbrk (text, "0123456789") != NULL && (uncounted = without_page_counters (text)) != NULL)
    text = uncounted;
  if (strpbrk (text, "0123456789") != NULL &&
      (read_dateline (text, parts) || read_dated_kind (text, parts)))
    return CMQ_LINE_DATELINE;
  folded = cmq_importer_fold (text);
  /* "Doorstop, London, United Kingdom": a kind and a place, the headline of a transcript. */
  if (is_place (text) && cmq_importer_kind_of_start (folded, FALSE) == NULL)
    return CMQ_LINE_DATELINE;
  kind = cmq_importer_kind_of_start (folded, TRUE);
  if (kind == NULL)
    kind = cmq_importer_kind_of_marked_label (folded);
  if (kind == NULL)
    kind = cmq_importer_kind_with_aside (text);
  /* "Schwerpunktthema: Pressemitteilung", "Type: Speech": a short label, then the kind alone */
  if (kind == NULL && strchr (folded, ':') != NULL &&
      strchr (folded, ':') - folded <= MAX_TYPE_LABEL_BYTES &&
      strpbrk (folded, "0123456789") == NULL)
    kind = cmq_importer_kind_of_start (g_strchug (strchr (folded, ':') + 1), TRUE);
  /* "Remarks by Angel Gurría", "Discours de M. Dupont": the kind and a speaker, not a headline. */
  if (kind == NULL && is_byline (folded))
    kind = cmq_importer_kind_of_start (folded, FALSE);
  if (kind != NULL)
    {
      if (parts->kind == NULL)
        parts->kind = kind;
      return CMQ_LINE_KIND;
    }
  return CMQ_LINE_STORY;
}
