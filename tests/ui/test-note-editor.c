/* test-note-editor.c: the note editor under Xvfb, with the focus in it, while another program
 * (a sync tool) replaces library.ini: the other text appears in the editor at once, the cursor
 * stays where the person was typing, and the next keystroke keeps both texts; and 200 such
 * replacements at random moments while words are typed lose none of either.
 *
 * The editor is shown on its own in a window with a real store on a temporary file: what is
 * tested is the editor and the store, whatever window holds them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "cmq-note-editor.h"
#include "test-watchdog.h"
#include "ui-util.h"

static char *home;

typedef struct
{
  CmqStore *store;
  const char *id;
  const char *part;
} NoteWait;

static gboolean
note_has_cb (gpointer data)
{
  NoteWait *wait = data;

  return strstr (cmq_store_get_note (wait->store, wait->id), wait->part) != NULL;
}

static gboolean
has_focus_cb (gpointer data)
{
  return gtk_widget_has_focus (GTK_WIDGET (data));
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static int
cursor_offset (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter cursor;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&cursor);
}

/* As typing does: one interactive insertion per character, at the cursor. */
static void
type (GtkTextView *view, const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
  ui_spin (20);
}

/* Another program replaces the file (a temporary file renamed over it) with @note for @id. */
static void
replace_file (const char *path, const char *id, const char *note, const char *modified)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *tmp = g_strconcat (path, ".sync-tmp", NULL);
  gsize length;

  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error));
  g_key_file_set_string (key_file, id, "note", note);
  g_key_file_set_string (key_file, id, "modified", modified);
  data = g_key_file_to_data (key_file, &length, NULL);
  g_assert_true (g_file_set_contents (tmp, data, length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (tmp, path), ==, 0);
}

static char *
note_on_disk (const char *path, const char *id)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  char *note;

  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error));
  note = g_key_file_get_string (key_file, id, "note", &error);
  g_assert_no_error (error);
  return note;
}

typedef struct
{
  char *path;
  CmqStore *store;
  CmqRelease *release;
  GtkWindow *window;
  GtkTextView *view;
} Editing;

static void
editing_start (Editing *editing, const char *name)
{
  const char *paragraphs[] = { "NATO Allies met in Vilnius.", NULL };
  CmqReleaseInfo info = { .file = "vilnius.txt", .title = "Vilnius", .paragraphs = paragraphs };
  g_autofree char *dir = g_build_filename (home, name, NULL);
  g_autoptr (GError) error = NULL;
  CmqNoteEditor *editor = CMQ_NOTE_EDITOR (cmq_note_editor_new ());

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  editing->path = g_build_filename (dir, "library.ini", NULL);
  editing->store = cmq_store_new (editing->path);
  g_assert_true (cmq_store_load (editing->store, &error));
  editing->release = cmq_release_new (&info);
  cmq_note_editor_set_store (editor, editing->store);
  cmq_note_editor_set_release (editor, editing->release);
  editing->view = cmq_note_editor_get_text_view (editor);

  editing->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (editing->window, 500, 300);
  gtk_window_set_child (editing->window, GTK_WIDGET (editor));
  gtk_window_present (editing->window);
  gtk_widget_grab_focus (GTK_WIDGET (editing->view));
  /* The defect needs the focus in the editor: make sure it is there. */
  ui_wait_until (has_focus_cb, editing->view);
}

static void
editing_finish (Editing *editing)
{
  gtk_window_destroy (editing->window);
  g_clear_object (&editing->release);
  g_clear_object (&editing->store);
  g_free (editing->path);
}

/* The case: typed and saved, then a sync tool replaces the file with the note extended
 * and a newer modified. */
static void
test_extended_elsewhere (void)
{
  Editing editing = { 0 };
  const char *id;
  g_autofree char *shown = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr (GError) error = NULL;

  editing_start (&editing, "extended");
  id = cmq_release_get_id (editing.release);
  type (editing.view, "The summit opened in Vilnius");
  g_assert_true (cmq_store_flush (editing.store, &error));
  g_assert_no_error (error);

  replace_file (editing.path, id, "The summit opened in Vilnius. Read the communiqué.",
                "2099-01-01T00:00:00Z");
  ui_wait_until (note_has_cb, &(NoteWait){ editing.store, id, "Read the communiqué." });

  /* Shown at once, the cursor where the person was typing, the focus still there. */
  shown = buffer_text (editing.view);
  g_assert_cmpstr (shown, ==, "The summit opened in Vilnius. Read the communiqué.");
  g_assert_cmpint (cursor_offset (editing.view), ==, strlen ("The summit opened in Vilnius"));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (editing.view)));

  /* The next keystroke keeps both. */
  type (editing.view, " today");
  g_assert_true (cmq_store_flush (editing.store, &error));
  g_assert_no_error (error);
  on_disk = note_on_disk (editing.path, id);
  g_assert_cmpstr (on_disk, ==, "The summit opened in Vilnius today. Read the communiqué.");
  editing_finish (&editing);
}

/* A sync tool brings an edit made on an older copy (before the last words were saved): the store
 * keeps both, and the editor shows both without moving the cursor. */
static void
test_edited_older_copy (void)
{
  Editing editing = { 0 };
  const char *id;
  g_autofree char *shown = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr (GError) error = NULL;

  editing_start (&editing, "older");
  id = cmq_release_get_id (editing.release);
  type (editing.view, "Summit");
  g_assert_true (cmq_store_flush (editing.store, &error));
  type (editing.view, " in Vilnius");
  g_assert_true (cmq_store_flush (editing.store, &error));
  g_assert_no_error (error);

  replace_file (editing.path, id, "Summit: see the declaration.", "2099-01-01T00:00:00Z");
  ui_wait_until (note_has_cb, &(NoteWait){ editing.store, id, "see the declaration" });
  shown = buffer_text (editing.view);
  g_assert_nonnull (strstr (shown, "Summit in Vilnius"));
  g_assert_nonnull (strstr (shown, "see the declaration"));
  /* Still after "Vilnius", wherever that is now. */
  {
    g_autofree char *before_cursor = g_utf8_substring (shown, 0, cursor_offset (editing.view));

    g_assert_true (g_str_has_suffix (before_cursor, "Summit in Vilnius"));
  }

  type (editing.view, ".");
  g_assert_true (cmq_store_flush (editing.store, &error));
  on_disk = note_on_disk (editing.path, id);
  g_assert_nonnull (strstr (on_disk, "Summit in Vilnius."));
  g_assert_nonnull (strstr (on_disk, "see the declaration"));
  editing_finish (&editing);
}

/* The fault injection through the editor: another writer replaces the file 200 times at random
 * moments, each time adding a word to the note, while words are typed into the focused editor at
 * its cursor. At the end every word of both is in the editor, the store and the file. */

#define SYNC_ROUNDS 200

typedef struct
{
  char *path;
  const char *id;
  int rounds_done; /* atomic */
} OtherWriter;

static gpointer
other_writer_thread (gpointer user_data)
{
  OtherWriter *writer = user_data;
  g_autoptr (GRand) rand = g_rand_new_with_seed (43);
  g_autofree char *tmp = g_strconcat (writer->path, ".sync-tmp", NULL);

  for (guint round = 0; round < SYNC_ROUNDS;)
    {
      g_autoptr (GKeyFile) key_file = g_key_file_new ();
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *old = NULL;
      g_autofree char *note = NULL;
      g_autofree char *modified = g_date_time_format_iso8601 (now);
      g_autofree char *data = NULL;
      gsize length;

      g_usleep (g_rand_int_range (rand, 0, 25000));
      if (!g_key_file_load_from_file (key_file, writer->path, G_KEY_FILE_NONE, NULL))
        continue; /* caught between the store's writes: again */
      old = g_key_file_get_string (key_file, writer->id, "note", NULL);
      note = g_strdup_printf ("%s o%u", old != NULL ? old : "", round);
      g_key_file_set_string (key_file, writer->id, "note", note);
      g_key_file_set_string (key_file, writer->id, "modified", modified);
      data = g_key_file_to_data (key_file, &length, NULL);
      g_assert_true (g_file_set_contents (tmp, data, length, NULL));
      g_assert_cmpint (g_rename (tmp, writer->path), ==, 0);
      g_atomic_int_inc (&writer->rounds_done);
      round++;
    }
  return NULL;
}

static void
assert_all_words (const char *text, char prefix, guint n)
{
  g_autofree char *padded = g_strconcat (" ", text, " ", NULL);

  g_strdelimit (padded, "\n", ' ');
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *word = g_strdup_printf (" %c%u ", prefix, i);

      if (strstr (padded, word) == NULL)
        g_error ("“%s” is lost from: %s", word, text);
    }
}

static void
test_fault_injection (void)
{
  Editing editing = { 0 };
  g_autoptr (GRand) rand = g_rand_new_with_seed (8);
  g_autoptr (GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *on_disk = NULL;
  OtherWriter writer = { 0 };
  GThread *thread;
  guint typed = 0;

  editing_start (&editing, "fault-injection");
  type (editing.view, "start");
  g_assert_true (cmq_store_flush (editing.store, &error));
  writer.path = editing.path;
  writer.id = cmq_release_get_id (editing.release);

  thread = g_thread_new ("other-writer", other_writer_thread, &writer);
  while (g_atomic_int_get (&writer.rounds_done) < SYNC_ROUNDS)
    {
      g_autofree char *word = g_strdup_printf (" w%u", typed++);

      type (editing.view, word);
      ui_spin (g_rand_int_range (rand, 1, 30));
    }
  g_thread_join (thread);
  ui_spin (300);
  g_assert_true (cmq_store_flush (editing.store, &error));
  g_assert_no_error (error);

  shown = buffer_text (editing.view);
  on_disk = note_on_disk (editing.path, writer.id);
  g_assert_cmpstr (shown, ==, cmq_store_get_note (editing.store, writer.id));
  g_assert_cmpstr (on_disk, ==, shown);
  assert_all_words (shown, 'w', typed);
  assert_all_words (shown, 'o', SYNC_ROUNDS);
  g_test_message ("%u words typed, %u replacements of the file", typed, SYNC_ROUNDS);
  editing_finish (&editing);
}

int
main (int argc, char **argv)
{
  int status;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/note-editor/extended-elsewhere", test_extended_elsewhere);
  g_test_add_func ("/note-editor/edited-older-copy", test_edited_older_copy);
  g_test_add_func ("/note-editor/fault-injection", test_fault_injection);

  status = g_test_run ();
  return status;
}
