/* cmq-importer-input.c: from a file on disk to UTF-8 text the importer can trust.
 *
 * Release files come from anywhere: a scraper, a colleague, an old archive. This unit reads them
 * without blocking on a pipe or loading a huge file, recognises what is not a release at all
 * (binary data, a web page, an empty or blank file) and converts other encodings to UTF-8: UTF-16
 * and UTF-32 with a byte-order mark, UTF-8 with a few broken bytes, and the Windows code page of
 * older pages, which also covers every printable Latin-1 character. Every refusal carries a reason
 * a person understands.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-utf8.h"

/* More control characters than this share of the bytes means a binary file. */
#define MAX_CONTROL_PERCENT 5
/* A web page is recognised by its first tags, within this many bytes of the start. */
#define HTML_SNIFF_BYTES 1024
/* Files are read in chunks of this size, so a file that grows while it is read stops at the
 * limit. */
#define READ_CHUNK_BYTES (64 * 1024)

static gboolean
is_control (guchar c)
{
  return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7F;
}

static gboolean
looks_binary (const char *data, gsize length)
{
  static guint8 control_table[256];
  static gsize initialised = 0;
  gsize control = 0;

  /* A table rather than the comparisons of is_control() for every byte. */
  if (g_once_init_enter (&initialised))
    {
      for (guint c = 0; c < 256; c++)
        control_table[c] = is_control (c);
      g_once_init_leave (&initialised, 1);
    }
  /* Eight bytes at a time where none is below 0x20 or 0x7F, as in most of a text: such bytes
   * are never control characters, and the others are counted one by one. */
  for (gsize i = 0; i < length;)
    {
      const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
      const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
      guint64 word;

      if (length - i >= sizeof word)
        {
          guint64 del;

          memcpy (&word, data + i, sizeof word);
          /* any byte below 0x20, or any byte equal to 0x7F (a zero byte of word ^ 0x7F…) */
          del = word ^ (0x7F * ones);
          if (((((word - 0x20 * ones) & ~word) | ((del - ones) & ~del)) & highs) == 0)
            {
              i += sizeof word;
              continue;
            }
          for (gsize end = i + sizeof word; i < end; i++)
            control += control_table[(guchar) data[i]];
          continue;
        }
      control += control_table[(guchar) data[i++]];
    }
  return control * 100 > length * MAX_CONTROL_PERCENT;
}

/* Text that is mostly good UTF-8 with a few broken bytes (a truncated download, a bad copy) stays
 * UTF-8 with the broken bytes replaced; text with no valid multi-byte character at all is in an
 * 8-bit code page. */
static gboolean
mostly_utf8 (const char *data, gsize length)
{
  gsize multibyte = 0;
  gsize invalid = 0;
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      const char *stop = NULL;

      g_utf8_validate_len (p, end - p, &stop);
      for (const char *q = p; q < stop; q++)
        multibyte += ((guchar) *q & 0xC0) == 0xC0;
      if (stop >= end)
        break;
      invalid++;
      p = stop + 1;
    }
  return multibyte > invalid;
}

static char *
without_nul (const char *data, gsize length, gsize *out_length)
{
  char *out;
  gsize n = 0;

  /* A text file has none: copied at once. */
  if (memchr (data, '\0', length) == NULL)
    {
      out = g_malloc (length + 1);
      memcpy (out, data, length);
      out[length] = '\0';
      *out_length = length;
      return out;
    }
  out = g_malloc (length + 1);
  for (gsize i = 0; i < length; i++)
    if (data[i] != '\0')
      out[n++] = data[i];
  out[n] = '\0';
  *out_length = n;
  return out;
}

static char *
convert_unicode (const char *data, gsize length, const char *encoding, gsize unit,
                 gsize *out_length)
{
  g_autofree char *converted = NULL;

  /* A file cut short may end inside a character. */
  length -= length % unit;
  converted = g_convert (data, length, "UTF-8", encoding, NULL, out_length, NULL);
  if (converted == NULL)
    return NULL;
  return without_nul (converted, *out_length, out_length);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0x2007 && c != 0x200B &&
          c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_html (const char *text)
{
  g_autofree char *head = NULL;
  const char *start = text;

  while (g_ascii_isspace (*start))
    start++;
  if (*start != '<')
    return FALSE;
  head = g_ascii_strdown (start, strnlen (start, HTML_SNIFF_BYTES));
  return g_str_has_prefix (head, "<!doctype html") || g_str_has_prefix (head, "<?xml") ||
         strstr (head, "<html") != NULL || strstr (head, "<head") != NULL ||
         strstr (head, "<body") != NULL;
}

static gsize
longest_line (const char *text)
{
  gsize longest = 0;

  for (const char *p = text; *p != '\0';)
    {
      gsize len = strcspn (p, "\r\n");

      longest = MAX (longest, len);
      p += len;
      if (*p != '\0')
        p++;
    }
  return longest;
}

/* A byte-order mark says which Unicode encoding follows; UTF-32 first, as its little-endian mark
 * starts with that of UTF-16. NULL when there is none. */
static const char *
unicode_encoding (const char *data, gsize length)
{
  if (length >= 4 && memcmp (data, "\xFF\xFE\0\0", 4) == 0)
    return "UTF-32LE";
  if (length >= 4 && memcmp (data, "\0\0\xFE\xFF", 4) == 0)
    return "UTF-32BE";
  if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    return "UTF-16LE";
  if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    return "UTF-16BE";
  return NULL;
}

static char *
decode_unicode (const char *data, gsize length, const char *encoding, GError **error)
{
  gsize unit = g_str_has_prefix (encoding, "UTF-32") ? 4 : 2;
  gsize converted_length = 0;
  g_autofree char *converted =
      convert_unicode (data + unit, length - unit, encoding, unit, &converted_length);

  if (converted == NULL)
    {
      g_set_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_TEXT,
                   _("The file starts as %s text but is not valid %s"), encoding, encoding);
      return NULL;
    }
  if (looks_binary (converted, converted_length))
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_TEXT,
                           _("The file is not text (it looks like binary data)"));
      return NULL;
    }
  return g_steal_pointer (&converted);
}

/* Bytes with no byte-order mark: UTF-8, perhaps with a few broken bytes, or an older page's
 * Windows code page. Sets *@encoding when the text was converted. */
static char *
decode_bytes (const char *data, gsize length, const char **encoding, GError **error)
{
  g_autofree char *clean = NULL;
  gsize clean_length = 0;
  char *utf8;

  if (looks_binary (data, length))
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_TEXT,
                           _("The file is not text (it looks like binary data)"));
      return NULL;
    }
  /* A stray NUL in text (a bad copy) is dropped: it would end every C string early. */
  clean = without_nul (data, length, &clean_length);
  if (clean_length >= 3 && memcmp (clean, "\xEF\xBB\xBF", 3) == 0)
    {
      memmove (clean, clean + 3, clean_length - 2);
      clean_length -= 3;
    }
  if (cmq_utf8_validate_len (clean, clean_length))
    return g_steal_pointer (&clean);
  if (mostly_utf8 (clean, clean_length))
    {
      *encoding = "UTF-8 (invalid bytes replaced)";
      return g_utf8_make_valid (clean, clean_length);
    }
  /* Older pages were saved in the Windows code page, which prints every Latin-1 character;
   * Latin-1 itself maps the few bytes Windows-1252 leaves undefined. */
  utf8 = g_convert (clean, clean_length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  *encoding = "WINDOWS-1252";
  if (utf8 == NULL)
    {
      utf8 = g_convert (clean, clean_length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
      *encoding = "ISO-8859-1";
    }
  if (utf8 == NULL)
    g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_TEXT,
                         _("The file is not text in any encoding Communiqué knows"));
  return utf8;
}

/* What the decoded text must still pass to be a release. */
static gboolean
check_text (const char *utf8, GError **error)
{
  if (is_blank (utf8))
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_EMPTY,
                           _("The file holds only blank space"));
      return FALSE;
    }
  if (is_html (utf8))
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_HTML,
                           _("The file is a web page (HTML), not the text of a press release"));
      return FALSE;
    }
  if (longest_line (utf8) > CMQ_IMPORT_MAX_LINE_BYTES)
    {
      g_set_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_TOO_LARGE,
                   _("The file has a line too long for a press release (over %d KB)"),
                      CMQ_IMPORT_MAX_LINE_BYTES / 1024);
      return FALSE;
    }
  return TRUE;
}

char *
cmq_importer_decode (const char *data, gsize length, const char **converted_from, GError **error)
{
  g_autofree char *utf8 = NULL;
  const char *encoding = NULL;
  gsize utf8_length = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (converted_from != NULL, NULL);

  *converted_from = NULL;
  if (length == 0)
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_EMPTY,
                           _("The file is empty"));
      return NULL;
    }
  if (length > CMQ_IMPORT_MAX_FILE_BYTES)
    {
      g_set_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a press release (over %d MB)"),
                      CMQ_IMPORT_MAX_FILE_BYTES / (1024 * 1024));
      return NULL;
    }

  encoding = unicode_encoding (data, length);
  if (encoding != NULL)
    utf8 = decode_unicode (data, length, encoding, error);
  else
    utf8 = decode_bytes (data, length, &encoding, error);
  if (utf8 == NULL)
    return NULL;
  utf8_length = strlen (utf8);
  if (utf8_length >= 3 && memcmp (utf8, "\xEF\xBB\xBF", 3) == 0)
    memmove (utf8, utf8 + 3, utf8_length - 2);
  if (!check_text (utf8, error))
    return NULL;

  *converted_from = encoding;
  return g_steal_pointer (&utf8);
}

static void
set_read_error (GError **error, GError *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_GONE,
                         _("The file no longer exists (it was moved or deleted)"));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_UNREADABLE,
                         _("You are not allowed to read the file"));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS))
    g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_UNREADABLE,
                         _("The file is a link that leads back to itself"));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_REGULAR,
                         _("It is a folder, not a release file"));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (io_error));
  else
    g_set_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_UNREADABLE,
                 /* Translators: %s is the system's own description of the error */
                 _("The file cannot be read: %s"), io_error->message);
}

/* Reads the file in chunks, never past CMQ_IMPORT_MAX_FILE_BYTES: it may grow while it is read. */
static GBytes *
read_stream (GFile *file, goffset size, GCancellable *cancellable, GError **error)
{
  g_autoptr (GError) io_error = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GByteArray) contents = NULL;
  g_autofree guint8 *chunk = NULL;

  stream = g_file_read (file, cancellable, &io_error);
  if (stream == NULL)
    {
      set_read_error (error, io_error);
      return NULL;
    }
  contents = g_byte_array_sized_new (size + 1);
  chunk = g_malloc (READ_CHUNK_BYTES);
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, READ_CHUNK_BYTES, cancellable,
                                      &io_error);

      if (n < 0)
        {
          set_read_error (error, io_error);
          return NULL;
        }
      if (n == 0)
        break;
      if (contents->len + n > CMQ_IMPORT_MAX_FILE_BYTES)
        {
          g_set_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_TOO_LARGE,
                       _("The file is too large to be a press release (over %d MB)"),
                          CMQ_IMPORT_MAX_FILE_BYTES / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (contents, chunk, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

GBytes *
cmq_importer_read_file (GFile *file, gint64 *mtime, GCancellable *cancellable, GError **error)
{
  g_autoptr (GError) io_error = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE
                                                           "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                            G_FILE_QUERY_INFO_NONE, cancellable, &io_error);
  if (info == NULL)
    {
      set_read_error (error, io_error);
      return NULL;
    }
  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_SYMBOLIC_LINK)
    {
      /* Links are followed: one that is still a link leads nowhere, or in a loop. Opening it
       * tells which. */
      stream = g_file_read (file, cancellable, &io_error);
      if (stream == NULL && !g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        set_read_error (error, io_error);
      else
        g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_REGULAR,
                             _("The file is a link to a file that does not exist"));
      return NULL;
    }
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_REGULAR,
                           _("It is a folder, not a release file"));
      return NULL;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      /* Opening a named pipe would wait for a writer forever. */
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_REGULAR,
                           _("It is a pipe, socket or device, not a release file"));
      return NULL;
    }
  if (g_file_info_get_size (info) > CMQ_IMPORT_MAX_FILE_BYTES)
    {
      g_set_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a press release (over %d MB)"),
                      CMQ_IMPORT_MAX_FILE_BYTES / (1024 * 1024));
      return NULL;
    }
  if (mtime != NULL)
    *mtime = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

  return read_stream (file, g_file_info_get_size (info), cancellable, error);
}

char *
cmq_importer_display_name (const char *path)
{
  g_autofree char *utf8 = NULL;
  GString *out;

  g_return_val_if_fail (path != NULL, NULL);

  utf8 = g_filename_display_name (path);
  out = g_string_sized_new (strlen (utf8));
  for (const char *p = utf8; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else if (*p == '\t')
        g_string_append (out, "\\t");
      else if (is_control (*p))
        g_string_append_printf (out, "\\x%02x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}
