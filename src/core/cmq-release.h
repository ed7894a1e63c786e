/* cmq-release.h: one imported press release, immutable once built.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_DATE_SOURCE_NONE,
  CMQ_DATE_SOURCE_STATED,
  CMQ_DATE_SOURCE_INFERRED_YEAR,
  CMQ_DATE_SOURCE_RELATIVE,
} CmqDateSource;

const char *cmq_date_source_to_string (CmqDateSource source);

typedef struct
{
  char *text;      /* the quoted words, without the marks */
  char *speaker;   /* nullable: who said it, when the text names them */
  guint paragraph; /* index into the paragraphs */
} CmqQuote;

CmqQuote *cmq_quote_new (const char *text, const char *speaker, guint paragraph);
void cmq_quote_free (CmqQuote *quote);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqQuote, cmq_quote_free)

#define CMQ_TYPE_RELEASE (cmq_release_get_type ())
G_DECLARE_FINAL_TYPE (CmqRelease, cmq_release, CMQ, RELEASE, GObject)

/* What the importer found; handed to cmq_release_new() as a whole. */
typedef struct
{
  const char *file;              /* path or URI shown to the user */
  const char *title;             /* the page's headline, or one derived from the lead */
  const char *language;          /* "en", "fr" or NULL */
  const char *const *paragraphs; /* cleaned story paragraphs */
  const guint *subheadings;      /* indices of the paragraphs that are in-story subheadings, */
  guint n_subheadings;           /* ascending; not hashed into the id */
  GPtrArray *quotes;             /* of CmqQuote, nullable; the release takes a ref */
  guint chrome_lines;            /* lines removed as website chrome */
  GDateYear year;                /* 0 when the year is unknown */
  GDateMonth month;              /* 0 when there is no date at all */
  GDateDay day;
  CmqDateSource date_source;
  gint64 file_mtime;          /* seconds since the epoch, 0 if unknown */
  const char *converted_from; /* the file's encoding when it was not UTF-8, or NULL */
  const char *source;         /* the organisation that published it ("NATO", "OSCE"…), or NULL */
  const char *url;            /* the page's address when the dump gives it, or NULL */
  gboolean headline_found;    /* the title is the page's own headline, not derived from the lead */
  const char
      *date_evidence;    /* what settled the date ("dateline", "weekday, Mark Rutte"…), or NULL */
  const char *date_note; /* why there is no full date although the text states one, or NULL */
  const char *kind;      /* "press release", "statement", "speech", "news story", "transcript"…
                       * as the dump says, or NULL */
  const char *id;        /* NULL: computed from the paragraphs; set for a release read back without
                   * its text (a row of the list, see cmq_index_hit_to_release()) */
} CmqReleaseInfo;

CmqRelease *cmq_release_new (const CmqReleaseInfo *info);

const char *cmq_release_get_id (CmqRelease *self);
const char *cmq_release_get_file (CmqRelease *self);
const char *cmq_release_get_title (CmqRelease *self);
const char *cmq_release_get_language (CmqRelease *self);
const char *const *cmq_release_get_paragraphs (CmqRelease *self);
/* The indices of the paragraphs that are subheadings inside the story ("Crisis Management"),
 * ascending; never the lead. */
const guint *cmq_release_get_subheadings (CmqRelease *self, guint *n_subheadings);
gboolean cmq_release_is_subheading (CmqRelease *self, guint paragraph);
GPtrArray *cmq_release_get_quotes (CmqRelease *self);
guint cmq_release_get_chrome_lines (CmqRelease *self);
CmqDateSource cmq_release_get_date_source (CmqRelease *self);
/* "YYYY-MM-DD", or NULL when there is no full date */
const char *cmq_release_get_date (CmqRelease *self);
/* "--MM-DD" when only the day and month are known, otherwise NULL */
const char *cmq_release_get_partial_date (CmqRelease *self);
/* A GDate for sorting and display; invalid when there is no full date. */
const GDate *cmq_release_get_gdate (CmqRelease *self);
gint64 cmq_release_get_file_mtime (CmqRelease *self);
/* The encoding the file was converted from ("UTF-16LE", "WINDOWS-1252"…), or NULL when it was
 * UTF-8. */
const char *cmq_release_get_converted_from (CmqRelease *self);
/* What the importer found of the publisher, the page's address and the kind of release; each
 * NULL when the dump does not say. */
const char *cmq_release_get_source (CmqRelease *self);
const char *cmq_release_get_url (CmqRelease *self);
const char *cmq_release_get_kind (CmqRelease *self);
gboolean cmq_release_get_headline_found (CmqRelease *self);
/* Where the date came from and what settled its year, or NULL; for --inspect. */
const char *cmq_release_get_date_evidence (CmqRelease *self);
/* Why the date stays unknown or partial though the text states one ("06/05/2019: day and month
 * cannot be told apart"), or NULL. */
const char *cmq_release_get_date_note (CmqRelease *self);
/* The date for people, in the user's locale ("1 June 2021"); for a partial date the day and month
 * only ("4 May"); NULL when there is none. */
char *cmq_release_format_date (CmqRelease *self);
/* Newest first; undated releases last, then by title. For g_list_store_sort(). */
int cmq_release_compare_newest_first (gconstpointer a, gconstpointer b, gpointer user_data);

G_END_DECLS
