/* cmq-date-rules.h: the date rules the importer calls that live in files of their own.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-date.h"

G_BEGIN_DECLS

/* Whether @day, a date's day in @sentence (as written), is governed by a relative clause in a
 * past tense ("which he made on 3 May", "qu'il a prononcé le 3 mai", "die hij op 3 september
 * 2009 heeft afgelegd"): an earlier event's day (cmq-date-pastclauses.c). */
gboolean cmq_date_past_clause_governs_day (const char *sentence, guint day);

/* Joins each line of @lines (of Line, its clear function set) that ends with a date without a
 * year to the next line when that line is a year alone and completes the date ("Tuesday 14
 * April," then "2009"): one line, "Tuesday 14 April 2009" (cmq-date-lines.c). */
void cmq_date_join_lone_years (GArray *lines);

/* Adds to @date_lines, when it holds none, the date of a byline of fields between "|" above the
 * story of @lines ("By Jane Doe | 12 March 2019 | News"), or on lines of their own each opened by
 * a dash ("- Jane Doe", "- 12 March 2019"): the page's date (cmq-date-pipes.c). */
void cmq_date_read_piped_byline (GArray *lines, GPtrArray *date_lines);

/* Whether @text states a full date, as written: a day, a month and a year
 * (cmq-date-placelines.c). */
gboolean cmq_date_states_full_date (const char *text);

/* Adds to @date_lines, when it holds none and the page's @dateline (or NULL) states no full date,
 * the one line above the story of @lines that is a place and a full date alone ("Fort-de-France,
 * le 1 juin 2016"): the document's own date (cmq-date-placelines.c). */
void cmq_date_read_place_date_line (GArray *lines, const char *dateline, GPtrArray *date_lines);

/* The one line above the story, not empty nor a decoy's, that @is_date holds of, or NULL when
 * none or two do: which of two is the page's cannot be told (cmq-date-placelines.c). */
const char *cmq_date_lone_head_line (GArray *lines, gboolean (*is_date) (const char *text));

/* Marks, when @date_lines holds none and the page has no @dateline, a date alone on its line at
 * the top of @lines, under a few short sentences of the site and over the story's first
 * paragraph, as the release-date line and adds it to @date_lines; the sentences above become
 * leading chrome (cmq-date-toplines.c). Returns how many lines it made chrome. */
guint cmq_date_read_top_date_line (GArray *lines, const char *dateline, GPtrArray *date_lines);

/* A repost site's posting stamp under a story whose first line opens with its dateline, or a day
 * or two after the date the headline ends with and the lead states first, made a decoy and taken
 * out of @date_lines (cmq-date-postedstamps.c). */
void cmq_date_drop_posting_stamps (GArray *lines, GPtrArray *date_lines);

/* Marks the line of @lines that says when its text was made ("This announcement was made on 7th
 * July 2017") as a release-date line and puts it first in @date_lines, before a repost's stamp
 * (cmq-date-madelines.c). */
void cmq_date_read_made_line (GArray *lines, GPtrArray *date_lines);

/* Sets @guess's evidence to @where when it names none; a day and a month without a year read
 * from the page's dateline then take the year of the full date of the same day that the dateline
 * opening the lead, at the start of @story, states (cmq-importer-leadyears.c). */
void cmq_importer_date_evidence_set (CmqDateGuess *guess, const char *where, const char *story,
                                     const char *language);
/* Gives @guess, a day and a month without a year read from the story, the year of a full date
 * of the same day and month that a picture's caption of @captions states ("am 4. Juni 2019" under
 * a lead's "Am 4. Juni"): the event the caption shows is the story's (cmq-importer-leadyears.c). */
void cmq_importer_year_from_captions (GPtrArray *captions, const char *language,
                                      CmqDateGuess *guess);

/* Sets @sign_off, when it is NULL, to a full date alone on its line ("Le 29 octobre 2013") under
 * the signature of one or two short lines that closes the story of @lines: the release's own date
 * (cmq-date-signedlines.c). */
void cmq_date_read_signed_date_line (GArray *lines, char **sign_off);

/* @order, or when it is CMQ_DATE_FIND_NONE and a date in figures of @text is @ambiguous
 * ("11/06/2024"), the one way of reading such dates that the office-holders and events @text names
 * allow, when they rule the other out (cmq-date-evidenceorder.c). */
CmqDateFindFlags cmq_date_numeric_order_by_evidence (const char *text, CmqDateFindFlags order,
                                                     gboolean ambiguous);

G_END_DECLS
