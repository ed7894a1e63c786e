/* cmq-index-codec.c: how a release is stored in the index and read back, both directions in one
 * place.
 *
 * A release is a row of docs (what a list row shows: id, file, title, dates, language, source,
 * address and kind, and the file's mtime and chrome lines) and a row of bodies: its paragraphs
 * joined by "\n", a NUL and its quotes as JSON ([[text, speaker or null, paragraph], …]), a NUL
 * and the indices of its subheadings as JSON ([1, 4]), the whole deflated. The indexed text (cmq_body() in SQL) is the part before the NUL, with the
 * snippet marks removed. Whoever writes a docs row binds it here; whoever reads one names its
 * columns with CMQ_INDEX_HIT_COLUMNS or CMQ_INDEX_RELEASE_COLUMNS and reads it here, so that a
 * new field is added once.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "cmq-index-private.h"

/* Deflating
 *
 * zlib directly, with one stream per thread kept for the next body: a new stream allocates and
 * clears about 256 KiB, which glibc maps and unmaps again for each body, with
 * page faults and TLB flushes across the threads; for 10,000 releases that was a tenth of the
 * CPU time of a cold index. The stream is raw deflate, as GZlibCompressor wrote it, at level 1:
 * level 6 took 40% more time (an eighth of an import worker's) to make the text 4% smaller
 * (0.43 of its size against 0.45). Any level reads back the same. */

#define DEFLATE_LEVEL 1

static void
deflate_stream_free (gpointer data)
{
  z_stream *stream = data;

  deflateEnd (stream);
  g_free (stream);
}

static void
inflate_stream_free (gpointer data)
{
  z_stream *stream = data;

  inflateEnd (stream);
  g_free (stream);
}

static GPrivate deflate_stream = G_PRIVATE_INIT (deflate_stream_free);
static GPrivate inflate_stream = G_PRIVATE_INIT (inflate_stream_free);

/* This thread's stream, reset; NULL when zlib has no memory for a new one. */
static z_stream *
get_stream (gboolean compress)
{
  z_stream *stream = g_private_get (compress ? &deflate_stream : &inflate_stream);
  int rc;

  if (stream != NULL)
    {
      rc = compress ? deflateReset (stream) : inflateReset (stream);
      if (rc == Z_OK)
        return stream;
      g_private_replace (compress ? &deflate_stream : &inflate_stream, NULL);
    }
  stream = g_new0 (z_stream, 1);
  rc = compress
           ? deflateInit2 (stream, DEFLATE_LEVEL, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
           : inflateInit2 (stream, -MAX_WBITS);
  if (rc != Z_OK)
    {
      g_free (stream);
      return NULL;
    }
  g_private_set (compress ? &deflate_stream : &inflate_stream, stream);
  return stream;
}

GBytes *
cmq_index_deflate (const char *text, gsize length)
{
  z_stream *stream = get_stream (TRUE);
  guint8 *out;
  gsize bound;

  if (stream == NULL || length > G_MAXUINT32 / 2)
    {
      g_warning ("Cannot deflate a body of %" G_GSIZE_FORMAT " bytes", length);
      return NULL;
    }
  bound = deflateBound (stream, length);
  out = g_malloc (bound);
  stream->next_in = (Bytef *) text;
  stream->avail_in = length;
  stream->next_out = out;
  stream->avail_out = bound;
  /* deflateBound() is room enough for the whole stream in one call. */
  if (deflate (stream, Z_FINISH) != Z_STREAM_END)
    {
      g_warning ("Cannot deflate a body: %s", stream->msg != NULL ? stream->msg : "zlib error");
      g_free (out);
      return NULL;
    }
  return g_bytes_new_take (g_realloc (out, MAX (stream->total_out, 1)), stream->total_out);
}

char *
cmq_index_inflate (const void *data, gsize length, gsize *out_length)
{
  z_stream *stream;
  gsize size, allocated;
  char *text;
  int rc = Z_OK;

  if (out_length != NULL)
    *out_length = 0;
  if (length == 0)
    return g_strdup ("");
  if ((stream = get_stream (FALSE)) == NULL || length > G_MAXUINT32)
    return NULL;
  /* Text deflates to about a third: a first guess, doubled as needed; one byte for the NUL. */
  allocated = MAX (length * 4, 1024) + 1;
  text = g_malloc (allocated);
  stream->next_in = (Bytef *) data;
  stream->avail_in = length;
  while (rc == Z_OK)
    {
      if (stream->total_out + 1 >= allocated)
        {
          if (allocated > G_MAXUINT32 / 2)
            break;
          allocated *= 2;
          text = g_realloc (text, allocated);
        }
      stream->next_out = (Bytef *) text + stream->total_out;
      stream->avail_out = allocated - 1 - stream->total_out;
      rc = inflate (stream, Z_FINISH);
      if (rc == Z_BUF_ERROR && stream->avail_out == 0)
        rc = Z_OK; /* out of room: grow and go on */
    }
  if (rc != Z_STREAM_END)
    {
      g_warning ("Cannot inflate a stored body: %s",
                 stream->msg != NULL ? stream->msg : "damaged or truncated");
      g_free (text);
      return NULL;
    }
  size = stream->total_out;
  text[size] = '\0';
  if (out_length != NULL)
    *out_length = size;
  return text;
}

void
cmq_index_strip_marks (char *text)
{
  for (char *p = text; *p != '\0'; p++)
    if (*p == CMQ_INDEX_MARK_START[0] || *p == CMQ_INDEX_MARK_END[0])
      *p = ' ';
}

/* Bodies */

static char *
quotes_to_json (CmqRelease *release)
{
  GPtrArray *quotes = cmq_release_get_quotes (release);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (quotes, i);

      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, quote->text);
      if (quote->speaker != NULL)
        json_builder_add_string_value (builder, quote->speaker);
      else
        json_builder_add_null_value (builder);
      json_builder_add_int_value (builder, quote->paragraph);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static GPtrArray *
parse_quotes (const char *json)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray *array;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    return quotes;

  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonArray *quote = json_array_get_array_element (array, i);

      if (quote == NULL || json_array_get_length (quote) != 3)
        continue;
      g_ptr_array_add (quotes, cmq_quote_new (json_array_get_string_element (quote, 0),
                                              json_array_get_null_element (quote, 1)
                                                  ? NULL
                                                  : json_array_get_string_element (quote, 1),
                                              json_array_get_int_element (quote, 2)));
    }
  return quotes;
}

/* "[1,4]": short, written by hand. */
static void
append_subheadings (GString *stored, CmqRelease *release)
{
  guint n = 0;
  const guint *subheadings = cmq_release_get_subheadings (release, &n);

  g_string_append_c (stored, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (stored, i > 0 ? ",%u" : "%u", subheadings[i]);
  g_string_append_c (stored, ']');
}

/* The indices in "[1,4]"; anything else reads as none. */
static GArray *
parse_subheadings (const char *json)
{
  GArray *subheadings = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p = json;

  if (p == NULL || *p++ != '[')
    return subheadings;
  while (g_ascii_isdigit (*p))
    {
      char *end = NULL;
      guint64 value = g_ascii_strtoull (p, &end, 10);
      guint index = (guint) value;

      if (value > G_MAXUINT)
        break;
      g_array_append_val (subheadings, index);
      p = end;
      if (*p == ',')
        p++;
    }
  return subheadings;
}

GBytes *
cmq_index_encode_body (CmqRelease *release, char **text_out)
{
  g_autofree char *paragraphs = g_strjoinv ("\n", (char **) cmq_release_get_paragraphs (release));
  g_autofree char *quotes = quotes_to_json (release);
  g_autoptr (GString) stored = g_string_new (paragraphs);
  GBytes *deflated;

  g_string_append_len (stored, "", 1);
  g_string_append (stored, quotes);
  g_string_append_len (stored, "", 1);
  append_subheadings (stored, release);
  deflated = cmq_index_deflate (stored->str, stored->len);
  cmq_index_strip_marks (paragraphs);
  *text_out = g_steal_pointer (&paragraphs);
  return deflated;
}

char *
cmq_index_body_text (const void *blob, gsize length)
{
  char *text = cmq_index_inflate (blob, length, NULL);

  /* The inflated body holds the NUL before the quotes: as a string it ends there. */
  if (text != NULL)
    cmq_index_strip_marks (text);
  return text;
}

/* Reading a body's text from its start */

void
cmq_index_body_reader_init (CmqIndexBodyReader *reader, const void *blob, gsize length)
{
  *reader = (CmqIndexBodyReader){ blob, length };
  reader->allocated = 1;
  reader->text = g_malloc0 (1);
  reader->complete = length == 0;
}

/* Takes the bytes inflated after @from: the text ends at its first NUL (the quotes follow). */
static void
body_reader_take (CmqIndexBodyReader *reader, gsize from, gsize to)
{
  char *nul = memchr (reader->text + from, '\0', to - from);

  if (nul != NULL)
    {
      to = nul - reader->text;
      reader->complete = TRUE;
    }
  reader->text[to] = '\0';
  /* Marks are rare: found by memchr(), which reads many bytes at a time. */
  for (const char *mark = CMQ_INDEX_MARK_START CMQ_INDEX_MARK_END; *mark != '\0'; mark++)
    for (char *p = reader->text + from; (p = memchr (p, *mark, reader->text + to - p)) != NULL;)
      *p++ = ' ';
  reader->length = to;
}

gboolean
cmq_index_body_reader_fill (CmqIndexBodyReader *reader, gsize want)
{
  z_stream *stream;
  int rc = Z_OK;

  if (reader->complete || reader->length >= want)
    return TRUE;
  if (reader->blob_length > G_MAXUINT32 || want > G_MAXUINT32 / 2)
    return FALSE;
  stream = g_private_get (&inflate_stream);
  if (!reader->started)
    {
      if ((stream = get_stream (FALSE)) == NULL)
        return FALSE;
      stream->next_in = (Bytef *) reader->blob;
      stream->avail_in = reader->blob_length;
      reader->started = TRUE;
    }
  if (stream == NULL)
    return FALSE;
  while (rc == Z_OK && !reader->complete && reader->length < want)
    {
      gsize from = reader->length;

      if (reader->allocated < want + 1)
        {
          reader->allocated = MAX (want, reader->allocated * 2) + 1;
          reader->text = g_realloc (reader->text, reader->allocated);
        }
      stream->next_out = (Bytef *) reader->text + from;
      stream->avail_out = reader->allocated - 1 - from;
      rc = inflate (stream, Z_NO_FLUSH);
      body_reader_take (reader, from, (char *) stream->next_out - reader->text);
      if (rc == Z_STREAM_END)
        reader->complete = TRUE;
    }
  return reader->complete || reader->length >= want;
}

void
cmq_index_body_reader_clear (CmqIndexBodyReader *reader)
{
  g_clear_pointer (&reader->text, g_free);
}

/* Rows of docs */

CmqDateSource
cmq_index_date_source_from_string (const char *text)
{
  for (CmqDateSource s = CMQ_DATE_SOURCE_NONE; s <= CMQ_DATE_SOURCE_RELATIVE; s++)
    if (g_strcmp0 (cmq_date_source_to_string (s), text) == 0)
      return s;
  return CMQ_DATE_SOURCE_NONE;
}

void
cmq_index_bind_doc (sqlite3_stmt *stmt, sqlite3_int64 docid, CmqRelease *release, const char *file,
                    const char *title)
{
  sqlite3_bind_int64 (stmt, 1, docid);
  sqlite3_bind_text (stmt, 2, cmq_release_get_id (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, file, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, cmq_release_get_date (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, cmq_release_get_partial_date (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, cmq_release_get_language (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, cmq_date_source_to_string (cmq_release_get_date_source (release)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, cmq_release_get_source (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, cmq_release_get_url (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, cmq_release_get_kind (release), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 12, cmq_release_get_file_mtime (release));
  sqlite3_bind_int (stmt, 13, cmq_release_get_chrome_lines (release));
}

static char *
column_dup (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

CmqIndexHit *
cmq_index_read_hit (sqlite3_stmt *stmt, int first)
{
  CmqIndexHit *hit = g_new0 (CmqIndexHit, 1);

  hit->id = column_dup (stmt, first);
  hit->file = column_dup (stmt, first + 1);
  hit->title = column_dup (stmt, first + 2);
  hit->date = column_dup (stmt, first + 3);
  hit->partial_date = column_dup (stmt, first + 4);
  hit->language = column_dup (stmt, first + 5);
  hit->date_source =
      cmq_index_date_source_from_string ((const char *) sqlite3_column_text (stmt, first + 6));
  hit->source = column_dup (stmt, first + 7);
  hit->url = column_dup (stmt, first + 8);
  hit->kind = column_dup (stmt, first + 9);
  return hit;
}

void
cmq_index_peek_brief_hit (sqlite3_stmt *stmt, int first, CmqIndexHit *hit)
{
  hit->id = (char *) sqlite3_column_text (stmt, first);
  hit->file = (char *) sqlite3_column_text (stmt, first + 1);
  hit->title = (char *) sqlite3_column_text (stmt, first + 2);
  hit->date = (char *) sqlite3_column_text (stmt, first + 3);
}

void
cmq_index_peek_hit (sqlite3_stmt *stmt, int first, CmqIndexHit *hit)
{
  cmq_index_peek_brief_hit (stmt, first, hit);
  hit->partial_date = (char *) sqlite3_column_text (stmt, first + 4);
  hit->language = (char *) sqlite3_column_text (stmt, first + 5);
  hit->date_source =
      cmq_index_date_source_from_string ((const char *) sqlite3_column_text (stmt, first + 6));
  hit->source = (char *) sqlite3_column_text (stmt, first + 7);
  hit->url = (char *) sqlite3_column_text (stmt, first + 8);
  hit->kind = (char *) sqlite3_column_text (stmt, first + 9);
}

void
cmq_index_hit_free (CmqIndexHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->id);
  g_free (hit->file);
  g_free (hit->title);
  g_free (hit->date);
  g_free (hit->language);
  g_free (hit->partial_date);
  g_free (hit->snippet);
  g_free (hit->source);
  g_free (hit->url);
  g_free (hit->kind);
  g_free (hit);
}

CmqIndexHit *
cmq_index_hit_copy (const CmqIndexHit *hit)
{
  CmqIndexHit *copy;

  g_return_val_if_fail (hit != NULL, NULL);

  copy = g_new0 (CmqIndexHit, 1);
  copy->id = g_strdup (hit->id);
  copy->file = g_strdup (hit->file);
  copy->title = g_strdup (hit->title);
  copy->date = g_strdup (hit->date);
  copy->partial_date = g_strdup (hit->partial_date);
  copy->language = g_strdup (hit->language);
  copy->date_source = hit->date_source;
  copy->score = hit->score;
  copy->snippet = g_strdup (hit->snippet);
  copy->source = g_strdup (hit->source);
  copy->url = g_strdup (hit->url);
  copy->kind = g_strdup (hit->kind);
  return copy;
}

/* The fields of a list row, borrowed from @hit. */
static void
info_from_hit (const CmqIndexHit *hit, CmqReleaseInfo *info)
{
  unsigned year = 0, month = 0, day = 0;

  if (hit->date != NULL)
    sscanf (hit->date, "%4u-%2u-%2u", &year, &month, &day);
  else if (hit->partial_date != NULL)
    sscanf (hit->partial_date, "--%2u-%2u", &month, &day);
  info->file = hit->file;
  info->title = hit->title;
  info->language = hit->language;
  info->year = year;
  info->month = month;
  info->day = day;
  info->date_source = hit->date_source;
  info->source = hit->source;
  info->url = hit->url;
  info->kind = hit->kind;
}

CmqRelease *
cmq_index_hit_to_release (const CmqIndexHit *hit)
{
  CmqReleaseInfo info = { 0 };

  g_return_val_if_fail (hit != NULL, NULL);

  info_from_hit (hit, &info);
  info.id = hit->id;
  return cmq_release_new (&info);
}

CmqRelease *
cmq_index_read_release (sqlite3_stmt *stmt, int first)
{
  int column = first + CMQ_INDEX_N_HIT_COLUMNS;
  g_autoptr (CmqIndexHit) hit = cmq_index_read_hit (stmt, first);
  gsize length = 0;
  g_autofree char *body = cmq_index_inflate (sqlite3_column_blob (stmt, column + 2),
                                             sqlite3_column_bytes (stmt, column + 2), &length);
  g_autoptr (GPtrArray) quotes = NULL;
  g_autoptr (GArray) subheadings = NULL;
  g_auto (GStrv) paragraphs = NULL;
  CmqReleaseInfo info = { 0 };
  const char *quotes_json;
  gsize body_length;

  if (body == NULL)
    return NULL;
  body_length = strlen (body);
  quotes_json = body_length < length ? body + body_length + 1 : NULL;
  quotes = parse_quotes (quotes_json);
  subheadings =
      parse_subheadings (quotes_json != NULL && quotes_json + strlen (quotes_json) < body + length
                             ? quotes_json + strlen (quotes_json) + 1
                             : NULL);
  paragraphs = g_strsplit (body, "\n", -1);

  /* The id is computed again from the paragraphs, as the importer did. */
  info_from_hit (hit, &info);
  info.file_mtime = sqlite3_column_int64 (stmt, column);
  info.chrome_lines = sqlite3_column_int (stmt, column + 1);
  info.paragraphs = (const char *const *) paragraphs;
  info.subheadings = (const guint *) subheadings->data;
  info.n_subheadings = subheadings->len;
  info.quotes = quotes;
  return cmq_release_new (&info);
}
