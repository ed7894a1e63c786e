/* cmq-store-io.c: the store's file format, backups and moving a bad file aside.
 *
 * The file is a GKeyFile: a [Communique] group with the format version, then one group per release
 * id. g_key_file_set_string() escapes what a note may hold (newlines, tabs, backslashes, leading
 * spaces); ids that are not plain group names are percent-encoded. Nothing here ever writes over
 * the file itself: that is the save in cmq-store-save.c, and a file that does not parse is renamed,
 * never rewritten.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#define _GNU_SOURCE /* renameat2 */
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmq-store-private.h"

#define HEADER_GROUP "Communique"

CmqStoreEntry *
cmq_store_entry_new (const char *id)
{
  CmqStoreEntry *entry = g_new0 (CmqStoreEntry, 1);

  entry->id = g_strdup (id);
  entry->note = g_strdup ("");
  return entry;
}

CmqStoreEntry *
cmq_store_entry_copy (const CmqStoreEntry *entry)
{
  CmqStoreEntry *copy = g_new0 (CmqStoreEntry, 1);

  copy->id = g_strdup (entry->id);
  copy->title = g_strdup (entry->title);
  copy->date = g_strdup (entry->date);
  copy->favourite = entry->favourite;
  copy->note = g_strdup (entry->note);
  copy->created = entry->created ? g_date_time_ref (entry->created) : NULL;
  copy->modified = entry->modified ? g_date_time_ref (entry->modified) : NULL;
  return copy;
}

void
cmq_store_entry_free (CmqStoreEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->date);
  g_free (entry->note);
  g_clear_pointer (&entry->created, g_date_time_unref);
  g_clear_pointer (&entry->modified, g_date_time_unref);
  g_free (entry);
}

static gboolean
date_time_equal (GDateTime *a, GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

gboolean
cmq_store_entry_equal (const CmqStoreEntry *a, const CmqStoreEntry *b)
{
  return g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->date, b->date) == 0 && !a->favourite == !b->favourite &&
         g_strcmp0 (a->note, b->note) == 0 && date_time_equal (a->created, b->created) &&
         date_time_equal (a->modified, b->modified);
}

GHashTable *
cmq_store_entries_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                (GDestroyNotify) cmq_store_entry_free);
}

static gboolean
is_plain_id_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.' || c == '~';
}

/* Release ids are hashes, but the file may hold anything a person or an import put there. A group
 * name cannot hold '[', ']' or control characters, and "Communique" is the header: such ids are
 * percent-encoded. Plain ids never hold '%', so decoding is unambiguous. */
char *
cmq_store_group_from_id (const char *id)
{
  gboolean plain = *id != '\0' && strcmp (id, HEADER_GROUP) != 0;
  GString *group;

  for (const char *p = id; plain && *p; p++)
    plain = is_plain_id_char (*p);
  if (plain)
    return g_strdup (id);

  group = g_string_new (NULL);
  for (const char *p = id; *p; p++)
    {
      if (is_plain_id_char (*p) && !(p == id && *p == 'C'))
        g_string_append_c (group, *p);
      else
        g_string_append_printf (group, "%%%02X", (guchar) *p);
    }
  if (group->len == 0)
    g_string_append (group, "%");
  return g_string_free (group, FALSE);
}

char *
cmq_store_id_from_group (const char *group)
{
  g_autofree char *id = NULL;

  if (strchr (group, '%') == NULL)
    return g_strdup (group);
  if (strcmp (group, "%") == 0)
    return g_strdup ("");
  id = g_uri_unescape_string (group, NULL);
  /* A hand-edited name that does not decode stays as it is rather than being dropped. */
  if (id == NULL || !g_utf8_validate (id, -1, NULL))
    return g_strdup (group);
  return g_steal_pointer (&id);
}

static GDateTime *
get_date_time (GKeyFile *key_file, const char *group, const char *key)
{
  g_autofree char *text = g_key_file_get_string (key_file, group, key, NULL);

  if (text == NULL)
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

static CmqStoreEntry *
parse_entry (GKeyFile *key_file, const char *group)
{
  g_autofree char *id = cmq_store_id_from_group (group);
  g_autoptr (CmqStoreEntry) entry = cmq_store_entry_new (id);
  g_autofree char *note = g_key_file_get_string (key_file, group, "note", NULL);
  g_autofree char *favourite = g_key_file_get_value (key_file, group, "favourite", NULL);

  /* Fields are read one by one, leniently: a bad date must not cost the note. */
  if (note != NULL)
    {
      g_free (entry->note);
      entry->note = g_steal_pointer (&note);
    }
  entry->favourite =
      favourite != NULL &&
      (g_ascii_strcasecmp (g_strstrip (favourite), "true") == 0 || strcmp (favourite, "1") == 0);
  entry->title = g_key_file_get_string (key_file, group, "title", NULL);
  entry->date = g_key_file_get_string (key_file, group, "date", NULL);
  entry->modified = get_date_time (key_file, group, "modified");
  entry->created = get_date_time (key_file, group, "created");
  if (entry->modified == NULL)
    entry->modified = g_date_time_new_from_unix_utc (0);
  if (entry->created == NULL)
    entry->created = g_date_time_ref (entry->modified);
  return g_steal_pointer (&entry);
}

GHashTable *
cmq_store_parse (const char *data, gsize length, GError **error)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GHashTable) entries = cmq_store_entries_new ();
  g_autoptr (GError) local_error = NULL;
  g_auto (GStrv) groups = NULL;
  int version;

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_CORRUPT,
                   _("The file is not valid UTF-8 text"));
      return NULL;
    }
  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_CORRUPT, "%s", local_error->message);
      return NULL;
    }
  /* An empty or headless file is not ours, or was cut short: treat it as damaged so the store
   * starts from a backup rather than from nothing. */
  version = g_key_file_get_integer (key_file, HEADER_GROUP, "version", &local_error);
  if (local_error != NULL || version < 1)
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_CORRUPT,
                   _("The file has no valid format version"));
      return NULL;
    }
  if (version > CMQ_STORE_FORMAT_VERSION)
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_NEWER,
                   _("The file was written by a newer version of Communiqué (format %d)"),
                      version);
      return NULL;
    }

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      CmqStoreEntry *entry;

      if (strcmp (groups[i], HEADER_GROUP) == 0)
        continue;
      entry = parse_entry (key_file, groups[i]);
      g_hash_table_replace (entries, entry->id, entry);
    }
  return g_steal_pointer (&entries);
}

static int
compare_ids_cb (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char *
cmq_store_serialize (GHashTable *entries, gsize *length)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autofree const char **ids = NULL;
  guint n_ids;

  g_key_file_set_integer (key_file, HEADER_GROUP, "version", CMQ_STORE_FORMAT_VERSION);

  /* Sorted, so the file is stable and a sync tool sees small differences. */
  ids = (const char **) g_hash_table_get_keys_as_array (entries, &n_ids);
  qsort (ids, n_ids, sizeof (char *), compare_ids_cb);
  for (guint i = 0; i < n_ids; i++)
    {
      CmqStoreEntry *entry = g_hash_table_lookup (entries, ids[i]);
      g_autofree char *group = cmq_store_group_from_id (entry->id);
      g_autofree char *created = g_date_time_format_iso8601 (entry->created);
      g_autofree char *modified = g_date_time_format_iso8601 (entry->modified);

      g_key_file_set_boolean (key_file, group, "favourite", entry->favourite);
      g_key_file_set_string (key_file, group, "note", entry->note);
      g_key_file_set_string (key_file, group, "created", created);
      g_key_file_set_string (key_file, group, "modified", modified);
      if (entry->title != NULL)
        g_key_file_set_string (key_file, group, "title", entry->title);
      if (entry->date != NULL)
        g_key_file_set_string (key_file, group, "date", entry->date);
    }
  return g_key_file_to_data (key_file, length, NULL);
}

static gboolean
set_errno_error (GError **error, int saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/* Opened without blocking and checked before a byte is read: a FIFO in the file's place would
 * hang the start, a link to /dev/zero would fill memory. */
static gboolean
read_fd (int fd, char **contents, gsize *length, GError **error)
{
  g_autoptr (GByteArray) data = g_byte_array_new ();
  struct stat st;

  if (fstat (fd, &st) != 0)
    return set_errno_error (error, errno);
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("It is not a regular file"));
      return FALSE;
    }
  if (st.st_size > CMQ_STORE_MAX_FILE_BYTES)
    return set_errno_error (error, EFBIG);
  for (;;)
    {
      guint8 buffer[65536];
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_errno_error (error, errno);
      if (n == 0)
        break;
      /* It grew while it was read. */
      if (data->len + (gsize) n > CMQ_STORE_MAX_FILE_BYTES)
        return set_errno_error (error, EFBIG);
      g_byte_array_append (data, buffer, n);
    }
  *length = data->len;
  g_byte_array_append (data, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&data), FALSE);
  return TRUE;
}

gboolean
cmq_store_read_file (const char *path, char **contents, gsize *length, GError **error)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  gboolean ok;

  if (fd < 0)
    return set_errno_error (error, errno);
  ok = read_fd (fd, contents, length, error);
  close (fd);
  return ok;
}

static gboolean
write_all (int fd, const char *data, gsize length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return TRUE;
}

/* Puts the new file in place: swapped with the old one in one step where the file system can
 * (renameat2's RENAME_EXCHANGE), otherwise renamed over it. After a swap the temporary name holds
 * what the file held at that very moment, which is returned: what another program wrote since
 * the caller last read the file, if anything, is then never lost. */
static gboolean
replace_file (const char *tmp, const char *target, char **replaced, gsize *replaced_length)
{
  if (renameat2 (AT_FDCWD, tmp, AT_FDCWD, target, RENAME_EXCHANGE) == 0)
    {
      g_autoptr (GError) error = NULL;

      if (!cmq_store_read_file (tmp, replaced, replaced_length, &error))
        g_debug ("Cannot read back the file replaced by a save: %s", error->message);
      g_unlink (tmp);
      return TRUE;
    }
  return rename (tmp, target) == 0;
}

gboolean
cmq_store_write_file (const char *target, const char *data, gsize length, char **replaced,
                      gsize *replaced_length, GError **error)
{
  g_autofree char *tmp = g_strconcat (target, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  int saved_errno;

  *replaced = NULL;
  *replaced_length = 0;
  if (fd < 0)
    return set_errno_error (error, errno);
  /* Durable before it replaces the file: a crash leaves the old file or the new one. */
  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno != 0 ? errno : EIO;
      close (fd);
      g_unlink (tmp);
      return set_errno_error (error, saved_errno);
    }
  if (close (fd) != 0 || !replace_file (tmp, target, replaced, replaced_length))
    {
      saved_errno = errno;
      g_unlink (tmp);
      return set_errno_error (error, saved_errno);
    }
  return TRUE;
}

char *
cmq_store_checksum (const char *data, gsize length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

/* Renames @from to @to only when @to does not exist: link() fails rather than replaces, so an
 * earlier aside file is never clobbered. Where hard links are not supported, check then rename. */
static gboolean
rename_no_replace (const char *from, const char *to, int *saved_errno)
{
  if (link (from, to) == 0)
    {
      if (g_unlink (from) != 0)
        {
          *saved_errno = errno;
          g_unlink (to);
          return FALSE;
        }
      return TRUE;
    }
  *saved_errno = errno;
  if (*saved_errno == EEXIST)
    return FALSE;
  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      *saved_errno = EEXIST;
      return FALSE;
    }
  if (g_rename (from, to) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  return TRUE;
}

char *
cmq_store_move_aside (CmqStore *self, GError **error)
{
  g_autoptr (GDateTime) now = cmq_store_now (self);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  int saved_errno = 0;

  for (guint attempt = 0; attempt < 1000; attempt++)
    {
      g_autofree char *aside =
          attempt == 0 ? g_strdup_printf ("%s.corrupt-%s", self->path, stamp)
                       : g_strdup_printf ("%s.corrupt-%s-%u", self->path, stamp, attempt);

      if (rename_no_replace (self->path, aside, &saved_errno))
        return g_steal_pointer (&aside);
      if (saved_errno != EEXIST)
        break;
    }
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not move the damaged file “%s” aside: %s"), self->path,
                  g_strerror (saved_errno));
  return NULL;
}

static gboolean
is_backup_name (const char *name, const char *prefix)
{
  gsize prefix_len = strlen (prefix);

  if (strncmp (name, prefix, prefix_len) != 0 || strlen (name) != prefix_len + 8)
    return FALSE;
  for (const char *p = name + prefix_len; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static int
compare_newest_first_cb (gconstpointer a, gconstpointer b)
{
  return -strcmp (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
cmq_store_list_backups (CmqStore *self)
{
  g_autofree char *dir_path = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *prefix = g_strconcat (base, ".backup-", NULL);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return backups;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_backup_name (name, prefix))
      g_ptr_array_add (backups, g_build_filename (dir_path, name, NULL));
  /* YYYYMMDD names sort by date. */
  g_ptr_array_sort (backups, compare_newest_first_cb);
  return backups;
}

GHashTable *
cmq_store_load_newest_backup (CmqStore *self, char **backup_used)
{
  g_autoptr (GPtrArray) backups = cmq_store_list_backups (self);

  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr (GError) error = NULL;
      GHashTable *entries;

      if (!cmq_store_read_file (path, &contents, &length, &error))
        {
          g_debug ("Skipping backup %s: %s", path, error->message);
          continue;
        }
      entries = cmq_store_parse (contents, length, &error);
      if (entries == NULL)
        {
          g_debug ("Skipping backup %s: %s", path, error->message);
          continue;
        }
      if (backup_used != NULL)
        *backup_used = g_strdup (path);
      return entries;
    }
  return NULL;
}

gboolean
cmq_store_backup_if_new_day (CmqStore *self, GError **error)
{
  g_autoptr (GDateTime) now = cmq_store_now (self);
  g_autofree char *day = g_date_time_format (now, "%Y%m%d");
  g_autofree char *backup = g_strdup_printf ("%s.backup-%s", self->path, day);
  g_autofree char *previous = NULL;
  gsize length;
  g_autoptr (GPtrArray) backups = NULL;

  /* The day's backup keeps the file as it was before the day's first save. */
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!cmq_store_read_file (self->path, &previous, &length, error))
    return FALSE;
  if (!g_file_set_contents_full (backup, previous, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600,
                                 error))
    return FALSE;

  backups = cmq_store_list_backups (self);
  for (guint i = CMQ_STORE_N_BACKUPS; i < backups->len; i++)
    {
      const char *old = g_ptr_array_index (backups, i);

      if (g_unlink (old) != 0)
        g_message ("Could not remove the old backup %s: %s", old, g_strerror (errno));
    }
  return TRUE;
}
