/* cmq-release.c: one imported press release.
 *
 * A release is built once by the importer and never changes, so the list, the renderer and the
 * search can share it between threads without locks. Its id is a hash of the cleaned story text:
 * the same release imported from two files, or twice, is one release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-release"

#include <glib/gi18n.h>

#include "cmq-release.h"
#include "cmq-sha256.h"

struct _CmqRelease
{
  GObject parent_instance;

  char *id;
  char *file;
  char *title;
  char *language;
  GStrv paragraphs;
  GArray *subheadings; /* of guint: indices of the paragraphs that are subheadings, ascending */
  GPtrArray *quotes;
  guint chrome_lines;
  CmqDateSource date_source;
  GDate gdate;
  char *date;
  char *partial_date;
  gint64 file_mtime;
  char *converted_from;
  char *source;
  char *url;
  char *kind;
  char *date_evidence;
  char *date_note;
  gboolean headline_found;
};

G_DEFINE_FINAL_TYPE (CmqRelease, cmq_release, G_TYPE_OBJECT)

const char *
cmq_date_source_to_string (CmqDateSource source)
{
  switch (source)
    {
    case CMQ_DATE_SOURCE_STATED:
      return "stated";
    case CMQ_DATE_SOURCE_INFERRED_YEAR:
      return "inferred-year";
    case CMQ_DATE_SOURCE_RELATIVE:
      return "relative";
    case CMQ_DATE_SOURCE_NONE:
    default:
      return "none";
    }
}

CmqQuote *
cmq_quote_new (const char *text, const char *speaker, guint paragraph)
{
  CmqQuote *quote = g_new0 (CmqQuote, 1);

  quote->text = g_strdup (text);
  quote->speaker = g_strdup (speaker);
  quote->paragraph = paragraph;
  return quote;
}

void
cmq_quote_free (CmqQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->text);
  g_free (quote->speaker);
  g_free (quote);
}

static void
cmq_release_finalize (GObject *object)
{
  CmqRelease *self = CMQ_RELEASE (object);

  g_free (self->id);
  g_free (self->file);
  g_free (self->title);
  g_free (self->language);
  g_strfreev (self->paragraphs);
  g_clear_pointer (&self->subheadings, g_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_free (self->date);
  g_free (self->partial_date);
  g_free (self->converted_from);
  g_free (self->source);
  g_free (self->url);
  g_free (self->kind);
  g_free (self->date_evidence);
  g_free (self->date_note);

  G_OBJECT_CLASS (cmq_release_parent_class)->finalize (object);
}

static void
cmq_release_class_init (CmqReleaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cmq_release_finalize;
}

static void
cmq_release_init (CmqRelease *self)
{
  g_date_clear (&self->gdate, 1);
}

/* The id hashes the story's paragraphs but not its subheadings: a release keeps the id (and so
 * its star, notes and passages) it had before subheadings were kept. */
static char *
compute_id (const char *const *paragraphs, GArray *subheadings)
{
  CmqSha256 *checksum = cmq_sha256_new ();
  g_autofree char *digest = NULL;
  guint next = 0;

  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    {
      if (next < subheadings->len && g_array_index (subheadings, guint, next) == i)
        {
          next++;
          continue;
        }
      cmq_sha256_update (checksum, paragraphs[i], -1);
      cmq_sha256_update (checksum, "\n\n", 2);
    }
  digest = cmq_sha256_free_to_string (checksum);
  return g_strndup (digest, 16);
}

CmqRelease *
cmq_release_new (const CmqReleaseInfo *info)
{
  CmqRelease *self;

  g_return_val_if_fail (info != NULL, NULL);

  self = g_object_new (CMQ_TYPE_RELEASE, NULL);
  self->file = g_strdup (info->file);
  self->title = g_strdup (info->title != NULL ? info->title : "");
  self->language = g_strdup (info->language);
  self->paragraphs = g_strdupv ((char **) info->paragraphs);
  if (self->paragraphs == NULL)
    self->paragraphs = g_new0 (char *, 1);
  self->subheadings = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < info->n_subheadings; i++)
    {
      guint index = info->subheadings[i];

      /* ascending, and of a paragraph there is */
      if (index < g_strv_length (self->paragraphs) &&
          (self->subheadings->len == 0 ||
           index > g_array_index (self->subheadings, guint, self->subheadings->len - 1)))
        g_array_append_val (self->subheadings, index);
    }
  self->quotes = info->quotes != NULL
                     ? g_ptr_array_ref (info->quotes)
                     : g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  self->chrome_lines = info->chrome_lines;
  self->file_mtime = info->file_mtime;
  self->converted_from = g_strdup (info->converted_from);
  self->source = g_strdup (info->source);
  self->url = g_strdup (info->url);
  self->kind = g_strdup (info->kind);
  self->date_evidence = g_strdup (info->date_evidence);
  self->date_note = g_strdup (info->date_note);
  self->headline_found = info->headline_found;
  self->id = info->id != NULL
                 ? g_strdup (info->id)
                 : compute_id ((const char *const *) self->paragraphs, self->subheadings);

  if (info->month != 0 && info->day != 0 && info->year != 0 &&
      g_date_valid_dmy (info->day, info->month, info->year))
    {
      g_date_set_dmy (&self->gdate, info->day, info->month, info->year);
      self->date = g_strdup_printf ("%04u-%02u-%02u", info->year, info->month, info->day);
      self->date_source = info->date_source;
    }
  else
    {
      if (info->month >= 1 && info->month <= 12 && info->day >= 1 && info->day <= 31)
        self->partial_date = g_strdup_printf ("--%02u-%02u", info->month, info->day);
      self->date_source = CMQ_DATE_SOURCE_NONE;
    }

  return self;
}

const char *
cmq_release_get_id (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->id;
}

const char *
cmq_release_get_file (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->file;
}

const guint *
cmq_release_get_subheadings (CmqRelease *self, guint *n_subheadings)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  if (n_subheadings != NULL)
    *n_subheadings = self->subheadings->len;
  return (const guint *) self->subheadings->data;
}

gboolean
cmq_release_is_subheading (CmqRelease *self, guint paragraph)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), FALSE);
  for (guint i = 0; i < self->subheadings->len; i++)
    if (g_array_index (self->subheadings, guint, i) == paragraph)
      return TRUE;
  return FALSE;
}

const char *
cmq_release_get_title (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->title;
}

const char *
cmq_release_get_language (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->language;
}

const char *const *
cmq_release_get_paragraphs (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return (const char *const *) self->paragraphs;
}

GPtrArray *
cmq_release_get_quotes (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->quotes;
}

guint
cmq_release_get_chrome_lines (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), 0);
  return self->chrome_lines;
}

CmqDateSource
cmq_release_get_date_source (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), CMQ_DATE_SOURCE_NONE);
  return self->date_source;
}

const char *
cmq_release_get_date (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->date;
}

const char *
cmq_release_get_partial_date (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->partial_date;
}

const GDate *
cmq_release_get_gdate (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return &self->gdate;
}

gint64
cmq_release_get_file_mtime (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), 0);
  return self->file_mtime;
}

const char *
cmq_release_get_converted_from (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->converted_from;
}

const char *
cmq_release_get_source (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->source;
}

const char *
cmq_release_get_url (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->url;
}

const char *
cmq_release_get_kind (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->kind;
}

char *
cmq_release_format_date (CmqRelease *self)
{
  char buf[128];
  GDate partial;

  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);

  if (g_date_valid (&self->gdate))
    {
      /* Translators: a date as strftime() writes it: "1 June 2021" */
      if (g_date_strftime (buf, sizeof buf, C_("date format", "%-d %B %Y"), &self->gdate) > 0)
        return g_strdup (buf);
      return g_strdup (self->date);
    }
  if (self->partial_date != NULL)
    {
      guint month = (guint) g_ascii_strtoull (self->partial_date + 2, NULL, 10);
      guint day = (guint) g_ascii_strtoull (self->partial_date + 5, NULL, 10);

      /* 2000 is a leap year, so 29 February is a valid partial date. */
      if (g_date_valid_dmy (day, month, 2000))
        {
          g_date_clear (&partial, 1);
          g_date_set_dmy (&partial, day, month, 2000);
          /* Translators: a day and month with no year, as strftime() writes it: "4 May" */
          if (g_date_strftime (buf, sizeof buf, C_("date format", "%-d %B"), &partial) > 0)
            return g_strdup (buf);
        }
    }
  return NULL;
}

int
cmq_release_compare_newest_first (gconstpointer a, gconstpointer b, gpointer user_data)
{
  CmqRelease *ra = CMQ_RELEASE ((gpointer) a);
  CmqRelease *rb = CMQ_RELEASE ((gpointer) b);
  gboolean va = g_date_valid (&ra->gdate);
  gboolean vb = g_date_valid (&rb->gdate);

  if (va && vb)
    {
      int cmp = g_date_compare (&rb->gdate, &ra->gdate);
      if (cmp != 0)
        return cmp;
    }
  else if (va != vb)
    {
      return va ? -1 : 1;
    }
  return g_utf8_collate (ra->title, rb->title);
}

gboolean
cmq_release_get_headline_found (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), FALSE);
  return self->headline_found;
}

const char *
cmq_release_get_date_evidence (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->date_evidence;
}

const char *
cmq_release_get_date_note (CmqRelease *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE (self), NULL);
  return self->date_note;
}
