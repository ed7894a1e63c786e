/* cmq-search-command.c: `communique --search QUERY`, hits printed with no window.
 *
 * Uses the same index as the window (so a second search is quick), brought up to date first.
 * When the index cannot be updated (another Communiqué holds it), what it holds is searched.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search-command"

#include <glib/gi18n.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cmq-context.h"
#include "cmq-index.h"
#include "cmq-search-command.h"

/* Eight bytes at a time (SWAR): whether a word of eight bytes has a byte below @n (at most
 * 0x80), or one equal to @c. Exact for "any of the eight", which is all the runs below ask. */
#define BYTES(c) (0x0101010101010101ULL * (guint64) (c))

static inline guint64
has_less (guint64 word, unsigned int n)
{
  return (word - BYTES (n)) & ~word & BYTES (0x80);
}

static inline guint64
has_byte (guint64 word, unsigned char c)
{
  return has_less (word ^ BYTES (c), 1);
}

static inline guint64
load_word (const char *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return word;
}

/* Whether the eight bytes of @word are all copied into a JSON string as they are. */
static inline gboolean
json_clean_word (guint64 word)
{
  return (has_less (word, 0x20) | has_byte (word, '"') | has_byte (word, '\\') |
          has_byte (word, 0x7f)) == 0;
}

/* The length of the bytes of [@p, @end) that a JSON string holds as they are (not '"', '\\' nor
 * a control): eight bytes at a time while they are all such, the rest one at a time. */
static gsize
json_run (const char *p, const char *end)
{
  gsize n = 0;
  gsize length = end - p;

  while (n + 8 <= length && json_clean_word (load_word (p + n)))
    n += 8;
  while (n < length && (unsigned char) p[n] >= 0x20 && p[n] != 0x7f && p[n] != '"' && p[n] != '\\')
    n++;
  return n;
}

/* The most bytes @length bytes of text take as a JSON string: each escaped as \u00XX, and the
 * quotes. */
#define JSON_ROOM(length) (6 * (length) + 2)
/* Copies the string literal @literal to @p and moves @p past it. */
#define PUT_LITERAL(p, literal)                                                                    \
  (memcpy ((p), (literal), sizeof (literal) - 1), (p) += sizeof (literal) - 1)

/* Writes @text as a JSON string at @p, which has room for JSON_ROOM (strlen (@text)) bytes;
 * returns the end of what it wrote. */
static char *
write_json_string (char *p, const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const char *end = text + strlen (text);

  *p++ = '"';
  while (text < end)
    {
      unsigned char c = *text;
      gsize run = json_run (text, end);

      /* Most of the text needs no escape: copied a run at a time. */
      if (run > 0)
        {
          memcpy (p, text, run);
          p += run;
          text += run;
          continue;
        }
      *p++ = '\\';
      if (c == '"' || c == '\\')
        *p++ = c;
      else if (c == '\n')
        *p++ = 'n';
      else if (c == '\t')
        *p++ = 't';
      else if (c == '\r')
        *p++ = 'r';
      else
        {
          PUT_LITERAL (p, "u00");
          *p++ = hex[c >> 4];
          *p++ = hex[c & 0xf];
        }
      text++;
    }
  *p++ = '"';
  return p;
}

/* JSON by hand, written straight into @out's buffer once it has room for the whole line:
 * json-glib's builder and generator, or a GString call per piece, cost more than the query when a
 * common word matches most of a large library. */
static void
append_json_line (GString *out, const CmqIndexHit *hit, gboolean with_snippet)
{
  char score[G_ASCII_DTOSTR_BUF_SIZE] = "0";
  g_autofree char *snippet = NULL;
  gsize room = 64 + JSON_ROOM (strlen (hit->id)) + JSON_ROOM (strlen (hit->file)) +
               JSON_ROOM (strlen (hit->title)) + sizeof score;
  char *p;

  if (hit->snippet != NULL)
    snippet = cmq_index_snippet_to_text (hit->snippet, "**", "**");
  if (hit->date != NULL)
    room += JSON_ROOM (strlen (hit->date));
  if (with_snippet)
    room += JSON_ROOM (snippet != NULL ? strlen (snippet) : 0);
  /* Most hits of a common word are the older, unranked ones: their 0 is what g_ascii_dtostr()
   * writes, without its printf. */
  if (isfinite (hit->score) && !(hit->score == 0.0 && !signbit (hit->score)))
    g_ascii_dtostr (score, sizeof score, hit->score);

  g_string_set_size (out, out->len + room);
  p = out->str + out->len - room;
  PUT_LITERAL (p, "{\"id\":");
  p = write_json_string (p, hit->id);
  PUT_LITERAL (p, ",\"file\":");
  p = write_json_string (p, hit->file);
  PUT_LITERAL (p, ",\"title\":");
  p = write_json_string (p, hit->title);
  PUT_LITERAL (p, ",\"date\":");
  if (hit->date != NULL)
    p = write_json_string (p, hit->date);
  else
    PUT_LITERAL (p, "null");
  PUT_LITERAL (p, ",\"score\":");
  memcpy (p, score, strlen (score));
  p += strlen (score);
  if (with_snippet)
    {
      PUT_LITERAL (p, ",\"snippet\":");
      p = write_json_string (p, snippet != NULL ? snippet : "");
    }
  PUT_LITERAL (p, "}\n");
  g_string_set_size (out, p - out->str);
}

/* A character a terminal would take for a line break, a control or a change of direction: a
 * file name holding one must not forge a line of results, nor hide part of one. */
static gboolean
is_unsafe_unichar (gunichar c)
{
  return (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069);
}

/* Whether the eight bytes of @word are printable ASCII other than a backslash. */
static inline gboolean
plain_clean_word (guint64 word)
{
  return ((word & BYTES (0x80)) | has_less (word, 0x20) | has_byte (word, '\\') |
          has_byte (word, 0x7f)) == 0;
}

/* The length of the printable ASCII of [@p, @end) other than a backslash: what
 * write_plain_text() copies as it is, eight bytes at a time while they are all such. */
static gsize
plain_run (const char *p, const char *end)
{
  gsize n = 0;
  gsize length = end - p;

  while (n + 8 <= length && plain_clean_word (load_word (p + n)))
    n += 8;
  while (n < length && p[n] >= 0x20 && p[n] < 0x7f && p[n] != '\\')
    n++;
  return n;
}

/* The most bytes @length bytes of text take escaped by write_plain_text(): \xHH for a byte, or
 * \u{HHHH} for a character of two or three. */
#define PLAIN_ROOM(length) (4 * (length))

/* Writes @text at @p (which has room for PLAIN_ROOM (strlen (@text)) bytes) with its control
 * characters escaped (\n, \t, \r, \xHH, \u{HHHH}) and backslashes doubled, so one hit is always
 * one line and escapes read back unambiguously; returns the end of what it wrote. Bytes that are
 * not UTF-8 (a file name in another encoding) are escaped as \xHH too. */
static char *
write_plain_text (char *p, const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const char *end = text + strlen (text);

  while (text < end)
    {
      unsigned char c = *text;
      gsize run = plain_run (text, end);
      gunichar u;

      /* Printable ASCII needs no escape: copied a run at a time. */
      if (run > 0)
        {
          memcpy (p, text, run);
          p += run;
          text += run;
          continue;
        }
      u = c < 0x80 ? c : g_utf8_get_char_validated (text, -1);
      if (c == '\\')
        PUT_LITERAL (p, "\\\\");
      else if (c == '\n')
        PUT_LITERAL (p, "\\n");
      else if (c == '\t')
        PUT_LITERAL (p, "\\t");
      else if (c == '\r')
        PUT_LITERAL (p, "\\r");
      else if (c < 0x20 || c == 0x7f || u == (gunichar) -1 || u == (gunichar) -2)
        {
          PUT_LITERAL (p, "\\x");
          *p++ = hex[c >> 4];
          *p++ = hex[c & 0xf];
        }
      else if (is_unsafe_unichar (u)) /* all below 0x10000: four digits */
        {
          PUT_LITERAL (p, "\\u{");
          for (int shift = 12; shift >= 0; shift -= 4)
            *p++ = hex[(u >> shift) & 0xf];
          *p++ = '}';
        }
      else
        {
          memcpy (p, text, g_utf8_next_char (text) - text);
          p += g_utf8_next_char (text) - text;
        }
      text = u == (gunichar) -1 || u == (gunichar) -2 ? text + 1 : g_utf8_next_char (text);
    }
  return p;
}

/* The line of @hit, written straight into @out's buffer once it has room for all of it. */
static void
append_plain_line (GString *out, const CmqIndexHit *hit)
{
  const char *date = hit->date != NULL ? hit->date : "----------";
  gsize room = PLAIN_ROOM (strlen (date) + strlen (hit->title) + strlen (hit->file)) + 5;
  char *p;

  g_string_set_size (out, out->len + room);
  p = out->str + out->len - room;
  p = write_plain_text (p, date);
  PUT_LITERAL (p, "  ");
  p = write_plain_text (p, hit->title);
  PUT_LITERAL (p, "  ");
  p = write_plain_text (p, hit->file);
  *p++ = '\n';
  g_string_set_size (out, p - out->str);
}

typedef struct
{
  CmqSearchFlags flags;
  GString *out;
  guint n_hits;
  gboolean failed; /* stdout could not be written */
} Printer;

/* Writes @out to stdout once it is large, or at the end; FALSE when stdout failed (a closed
 * pipe, a full disk). */
static gboolean
flush_output (GString *out, gboolean at_end)
{
  gboolean ok = TRUE;

  if (out->len < 64 * 1024 && !at_end)
    return TRUE;
  if (out->len > 0 && fwrite (out->str, 1, out->len, stdout) != out->len)
    ok = FALSE;
  g_string_truncate (out, 0);
  if (at_end && fflush (stdout) != 0)
    ok = FALSE;
  return ok;
}

static gboolean
print_hit_cb (const CmqIndexHit *hit, gpointer user_data)
{
  Printer *printer = user_data;

  if (printer->flags & CMQ_SEARCH_FLAGS_JSON)
    append_json_line (printer->out, hit, (printer->flags & CMQ_SEARCH_FLAGS_SNIPPETS) != 0);
  else
    append_plain_line (printer->out, hit);
  printer->n_hits++;
  printer->failed = !flush_output (printer->out, FALSE);
  return !printer->failed;
}

/* Hits are printed as they are read, not gathered first: a common word lists most of a large
 * library. */
/* Notes are searched too: the index's copy of them comes from the store on every update, so a
 * rebuilt index (the cache deleted) finds them without a window. */
static gboolean
update_index (CmqIndex *index, GError **error)
{
  g_autofree char *store_path = cmq_store_get_default_path ();
  g_autoptr (GError) notes_error = NULL;

  if (!cmq_context_copy_notes (index, store_path, &notes_error))
    g_debug ("Notes not searched: %s", notes_error->message);
  return cmq_index_update (index, NULL, NULL, error);
}

/* Snippets only when asked for: each one reads and tokenizes a release's body, which costs more
 * than the search itself when a common word matches most of a large library. Of each hit, only
 * what is printed is read (CMQ_INDEX_QUERY_BRIEF). */
static gboolean
search (CmqIndex *index, CmqQuery *query, int limit, Printer *printer, GError **error)
{
  CmqIndexQueryFlags query_flags = CMQ_INDEX_QUERY_BRIEF;

  if (printer->flags & CMQ_SEARCH_FLAGS_SNIPPETS)
    query_flags |= CMQ_INDEX_QUERY_SNIPPETS;
  return cmq_index_query_foreach (index, query, CMQ_INDEX_SORT_RELEVANCE, limit, query_flags,
                                  print_hit_cb, printer, NULL, error);
}

int
cmq_search_command (const char *const *folders, const char *query_text, int limit,
                    CmqSearchFlags flags)
{
  g_autoptr (CmqIndex) index = NULL;
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_sized_new (80 * 1024);
  Printer printer = { flags, out };
  g_autofree char *status_message = NULL;
  gboolean searched;

  if (query_text == NULL || limit < 0)
    {
      g_printerr ("%s\n", _("--search needs a query, and --limit a number of hits"));
      return 2;
    }
  if ((flags & CMQ_SEARCH_FLAGS_SNIPPETS) && !(flags & CMQ_SEARCH_FLAGS_JSON))
    {
      g_printerr ("%s\n", _("--snippets goes with --json: the plain lines have no snippet"));
      return 2;
    }

  query = cmq_query_parse (query_text, CMQ_QUERY_FLAGS_NONE);
  if (cmq_query_is_too_long (query))
    {
      g_printerr ("%s\n", _("The search is too long: a phrase may have at most 16,384 bytes"));
      return 2;
    }
  /* One query: the lengths of every release are not read for it. */
  index = cmq_index_new_for_command (NULL);
  cmq_index_set_folders (index, folders);
  /* Like locate: no stat of every file when no folder changed (see the README). */
  if (((flags & CMQ_SEARCH_FLAGS_RESCAN) || !cmq_index_folders_unchanged (index)) &&
      !update_index (index, &error))
    {
      /* Translators: %s says why the search index could not be brought up to date */
      g_printerr (_("The search index could not be updated (%s); searching what it holds\n"),
                     error->message);
      g_clear_error (&error);
    }
  status_message = cmq_index_dup_status_message (index);
  if (status_message != NULL)
    g_printerr ("%s\n", status_message);

  searched = search (index, query, limit, &printer, &error);
  if (!searched && printer.n_hits == 0)
    {
      /* A damaged index was replaced by an empty one: fill it and ask again. */
      g_clear_error (&error);
      if (update_index (index, NULL))
        searched = search (index, query, limit, &printer, &error);
    }
  if (!printer.failed && !flush_output (printer.out, TRUE))
    printer.failed = TRUE;
  if (printer.failed)
    {
      /* Translators: %s says why the results could not be written (e.g. "Broken pipe") */
      g_printerr (_("Cannot write the results: %s\n"), g_strerror (errno));
      return 2;
    }
  if (!searched)
    {
      /* Translators: %s says why the search failed */
      g_printerr (_("Cannot search: %s\n"), error != NULL ? error->message : "");
      return 2;
    }
  /* Hits from an index that misses releases are not the answer: say so by the status too. */
  if (cmq_index_get_status (index) == CMQ_INDEX_STATUS_INCOMPLETE)
    return 2;
  return printer.n_hits > 0 ? 0 : 1;
}
