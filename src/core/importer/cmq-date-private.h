/* cmq-date-private.h: what the date units share.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-date.h"
#include "cmq-utf8.h"

G_BEGIN_DECLS

/* A date as the text states it. */
typedef struct
{
  int year; /* 0 when not stated */
  int month;
  int day;
  GDateWeekday weekday;
  int shift; /* from relative_words */
} Mention;

/* g_str_to_ascii (@text, "C"), faster (cmq-date-ascii.c). */
char *cmq_date_to_ascii (const char *text);
/* Appends to @out the ASCII of the @len bytes of @text (valid UTF-8, not cut inside a
 * character): folding a text in parts cut at ASCII bytes gives the ASCII of the whole. */
void cmq_date_append_ascii (GString *out, const char *text, gsize len);

/* A text folded to ASCII as far as the tokens read need it: most dates are in its first lines,
 * and the rest is folded only when no date was found before it (cmq-date-ascii.c). */
typedef struct
{
  const char *text;
  gsize folded; /* bytes of @text checked and folded into @ascii */
  gsize length;
  GString *ascii;
} CmqDateFolding;
/* Bytes of the text folded first; each part after it is as long as all those before it. */
#define CMQ_DATE_FOLD_CHUNK 256
/* Checks and folds the next part of @folding's text, cut after a space: no token runs across it,
 * and the tokenizer reads at most one byte after a token's end, so the tokens read part by part
 * are those of the whole text. FALSE, and nothing folded, when the part is not valid UTF-8. */
gboolean cmq_date_fold_more (CmqDateFolding *folding);
/* Folds all the rest of @folding's text; FALSE when a part is not valid UTF-8. */
gboolean cmq_date_fold_all (CmqDateFolding *folding);

/* @mention as a date in @out: its year, or one chosen from @evidence (the release; NULL: @ascii,
 * the text where the date was found, in ASCII) and @reference, or none (cmq-date-evidence.c). */
void cmq_date_resolve (const Mention *mention, const char *evidence, const char *ascii,
                       const GDate *reference, CmqDateGuess *out);

/* The year of @mention stated without one, from the evidence in @folded (the release in lower-case
 * ASCII), or 0 when it does not settle it; says in @evidence what settled it. */
int cmq_date_choose_year (const Mention *mention, const char *folded, const GDate *reference,
                          GString *evidence);

/* The first date written in figures in @text; FALSE when there is none, or when it cannot be
 * read without guessing (@note then says why). @language decides 04/05/2016 ("en": unknown), and
 * before it @order, the way the same source writes other dates (CMQ_DATE_FIND_DAY_FIRST…); with
 * CMQ_DATE_FIND_SHORT_YEAR, a year of two figures is left in @out as it is written (below 100). */
gboolean cmq_date_find_numeric (const char *text, const char *language, CmqDateFindFlags order,
                                Mention *out, GString *note);

/* The year of a full date in figures in @text with @mention's day and month, not after
 * @reference, or 0 (cmq-date-numeric.c). */
int cmq_date_numeric_year_of (const char *text, const char *language, CmqDateFindFlags order,
                              const Mention *mention, const GDate *reference);

/* The month of @word (lower-case ASCII), a month's name cut to three letters in one of
 * @languages (LANG_…) that only a date's shape makes a month ("paz 4, 2022", "4 lis 2021",
 * "Barcelona, 29 dic (EFE)"); 0 otherwise (cmq-date-short.c). */
int cmq_date_short_month (const char *word, int languages);

/* The bounds of a release's date from the dates its text (@folded: lower-case ASCII) gives to
 * what has gone on since ("since … March 2023": @lower) and to what it announces ("(31 May - 1
 * June 2023) which will…": @upper); each left invalid when there is none (cmq-date-bounds.c). */
void cmq_date_bounds_find (const char *folded, GDate *lower, GDate *upper);

/* The weekday the text (@folded) gives elsewhere to @mention's day and month ("on Monday evening
 * (June 1)"), or G_DATE_BAD_WEEKDAY when it gives none, or two (cmq-date-sameday.c). */
GDateWeekday cmq_date_weekday_elsewhere (const char *folded, const Mention *mention);

/* What the office-holders and events a release names say of its date (cmq-date-holders.c). */
typedef struct _CmqDateConstraints CmqDateConstraints;

CmqDateConstraints *cmq_date_constraints_find (const char *folded, const Mention *mention);
gboolean cmq_date_constraints_empty (const CmqDateConstraints *constraints);
gboolean cmq_date_constraints_fit (const CmqDateConstraints *constraints, const GDate *date);
/* Appends ", " and the name of each to @evidence. */
void cmq_date_constraints_describe (const CmqDateConstraints *constraints, GString *evidence);
void cmq_date_constraints_free (CmqDateConstraints *constraints);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqDateConstraints, cmq_date_constraints_free)

G_END_DECLS
