/* test-store-export.c: the store's export (JSON, Markdown) and import, and ids of any shape.
 *
 * An export imported elsewhere gives the same entries; importing never loses a note (an older or
 * empty side is appended, not dropped); a bad file changes nothing; Markdown is in date order.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "store-fixture.h"

/* Ids do not come only from releases: a hand-edited file or an import may hold anything. */
static void
test_round_trip_odd_ids (Fixture *fixture, gconstpointer data)
{
  static const char *const ids[] = {
    "Communique", "communique", "with space", "[bracket]", "a]b[c",   "key=value",
    "#hash",      ";semi",      "per%cent",   "%41",       "tab\tid", "new\nline",
    "é accent",   "😀",          "C",          "Cx",        ".",       "back\\slash",
  };
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqStore) reopened = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  guint n_changed = 0;

  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *note = g_strdup_printf ("note %u", i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ids[i]);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, note);
      json_builder_set_member_name (builder, "favourite");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_set_member_name (builder, "modified");
      json_builder_add_string_value (builder, "2025-01-01T00:00:00Z");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  g_assert_true (cmq_store_import_json (store, json, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, G_N_ELEMENTS (ids));
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  reopened = fixture_open (fixture);
  g_assert_null (cmq_store_get_problem (reopened));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *expected = g_strdup_printf ("note %u", i);

      g_assert_cmpstr (cmq_store_get_note (reopened, ids[i]), ==, expected);
      g_assert_true (cmq_store_get_favourite (reopened, ids[i]));
    }
  {
    g_autoptr (GPtrArray) entries = cmq_store_dup_entries (reopened);
    g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (ids));
  }
}

/* @json (the export of @store) imported into an empty store gives the same entries and the
 * same export; importing it again changes nothing. */
static void
assert_json_round_trip (CmqStore *store, const char *json)
{
  g_autofree char *other_dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "library.ini", NULL);
  g_autoptr (CmqStore) copy = cmq_store_new (other_path);
  g_autoptr (GPtrArray) ours = cmq_store_dup_entries (store);
  g_autoptr (GPtrArray) theirs = NULL;
  g_autofree char *json_again = NULL;
  g_autoptr (GError) error = NULL;
  guint n_changed = 99;

  g_assert_true (cmq_store_load (copy, &error));
  g_assert_true (cmq_store_import_json (copy, json, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 4);
  theirs = cmq_store_dup_entries (copy);
  g_assert_cmpuint (theirs->len, ==, ours->len);
  for (guint i = 0; i < ours->len; i++)
    g_assert_true (
        cmq_store_entry_equal (g_ptr_array_index (ours, i), g_ptr_array_index (theirs, i)));
  json_again = cmq_store_export_json (copy);
  g_assert_cmpstr (json_again, ==, json);

  /* Importing the same again changes nothing. */
  g_assert_true (cmq_store_import_json (copy, json, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_true (cmq_store_flush (copy, &error));
  g_assert_no_error (error);
  g_clear_object (&copy);
  cmq_test_remove_tree (other_dir);
}

/* Bad imports change nothing. */
static void
assert_bad_imports_change_nothing (CmqStore *store)
{
  static const char *const bad[] = {
    "not json",
    "{\"id\": \"x\"}",
    "[{\"note\": \"no id\"}]",
    "[{\"id\": \"x\", \"note\": 3}]",
    "[{\"id\": \"x\", \"favourite\": \"yes\"}]",
    "[{\"id\": \"x\", \"modified\": \"yesterday\"}]",
    "[{\"id\": \"fine\", \"note\": \"x\"}, 7]",
  };
  g_autoptr (GError) error = NULL;
  guint n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (cmq_store_import_json (store, bad[i], &n_changed, &error));
      g_assert_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpstr (cmq_store_get_note (store, "fine"), ==, "");
}

static void
test_export_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) early = make_release ("Early *summit*", "Early text.", 2021, 6, 14);
  g_autoptr (CmqRelease) late = make_release ("Late # title", "Late text.", 2024, 7, 10);
  g_autoptr (CmqRelease) undated = make_release ("Undated", "Undated text.", 0, 0, 0);
  g_autoptr (CmqRelease) cleared = make_release ("Cleared", "Cleared text.", 2022, 1, 1);
  g_autofree char *json = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr (GError) error = NULL;
  guint n_changed = 99;
  const char *early_at, *late_at, *undated_at;

  cmq_store_set_note (store, late, "Late note\nwith [two] lines");
  cmq_store_set_note (store, early, "Early note 😀");
  cmq_store_set_favourite (store, early, TRUE);
  cmq_store_set_favourite (store, undated, TRUE);
  cmq_store_set_note (store, cleared, "soon gone");
  cmq_store_set_note (store, cleared, "");

  markdown = cmq_store_export_markdown (store);
  early_at = strstr (markdown, "## Early \\*summit\\*\n");
  late_at = strstr (markdown, "## Late \\# title\n");
  undated_at = strstr (markdown, "## Undated\n");
  g_assert_nonnull (early_at);
  g_assert_nonnull (late_at);
  g_assert_nonnull (undated_at);
  g_assert_true (early_at < late_at && late_at < undated_at);
  g_assert_nonnull (strstr (early_at, "2021-06-14"));
  g_assert_nonnull (strstr (late_at, "\nLate note\\\nwith \\[two\\] lines\n"));
  g_assert_null (strstr (markdown, "Cleared"));

  json = cmq_store_export_json (store);
  assert_json_round_trip (store, json);

  /* An older import with another note, and a newer one without a note: no text is lost. */
  {
    const char *early_id = cmq_release_get_id (early);
    const char *late_id = cmq_release_get_id (late);
    g_autofree char *conflict = g_strdup_printf (
        "[{\"id\": \"%s\", \"note\": \"An older thought\", \"favourite\": false,"
        "  \"modified\": \"2000-01-01T00:00:00Z\"},"
        " {\"id\": \"%s\", \"note\": \"\", \"favourite\": true, \"title\": \"Late\","
        "  \"modified\": \"2099-01-01T00:00:00Z\"},"
        " {\"id\": \"orphan\", \"note\": \"about a release we do not have\", \"title\": \"Gone\","
        "  \"date\": \"2019-01-01\", \"favourite\": false, \"created\": \"2019-01-01T10:00:00Z\","
        "  \"modified\": \"2019-01-02T10:00:00Z\"}]",
        early_id, late_id);
    g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr (GPtrArray) orphans = NULL;

    g_assert_true (cmq_store_import_json (store, conflict, &n_changed, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changed, ==, 3);
    g_assert_cmpstr (cmq_store_get_note (store, early_id), ==, "Early note 😀\n\nAn older thought");
    g_assert_true (cmq_store_get_favourite (store, early_id));
    g_assert_cmpstr (cmq_store_get_note (store, late_id), ==, "Late note\nwith [two] lines");
    g_assert_true (cmq_store_get_favourite (store, late_id));

    g_hash_table_add (known, (gpointer) early_id);
    g_hash_table_add (known, (gpointer) late_id);
    g_hash_table_add (known, (gpointer) cmq_release_get_id (undated));
    orphans = cmq_store_dup_orphans (store, known);
    /* "cleared" has neither star nor note, so it is no orphan. */
    g_assert_cmpuint (orphans->len, ==, 1);
    g_assert_cmpstr (((CmqStoreEntry *) g_ptr_array_index (orphans, 0))->id, ==, "orphan");
    g_assert_cmpstr (((CmqStoreEntry *) g_ptr_array_index (orphans, 0))->title, ==, "Gone");
    g_assert_cmpstr (((CmqStoreEntry *) g_ptr_array_index (orphans, 0))->date, ==, "2019-01-01");
  }

  assert_bad_imports_change_nothing (store);
}

/* A hostile note exported to Markdown stays text: no HTML, no link, no heading of its own, its
 * lines still lines. Checked on the text, and on the HTML a Markdown renderer makes of it when
 * one is installed (markdown_py, from python3-markdown). */
static void
test_markdown_hostile (Fixture *fixture, gconstpointer data)
{
  static const char note[] = "<script>alert(1)</script>\n"
                             "## Forged heading\n"
                             "[click](javascript:alert(1)) <javascript:alert(2)>\n"
                             "![image](http://example.com/t.png)\n"
                             "    not code\n"
                             "1. not a list\n"
                             "> not a quote\n"
                             "Forged setext\n"
                             "===\n"
                             "&lt;b&gt; &#60;i> *not emphasis*\n"
                             "\n"
                             "Second paragraph.";
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = make_release ("A <b>bold</b> title", "Text.", 2024, 7, 10);
  g_autofree char *markdown = NULL;
  g_autofree char *renderer = g_find_program_in_path ("markdown_py");

  cmq_store_set_note (store, release, note);
  markdown = cmq_store_export_markdown (store);
  g_test_message ("%s", markdown);
  /* Every < is escaped: no HTML, no autolink. */
  for (const char *p = strchr (markdown, '<'); p != NULL; p = strchr (p + 1, '<'))
    g_assert_cmpint (p[-1], ==, '\\');
  g_assert_null (strstr (markdown, "\n## Forged"));
  g_assert_null (strstr (markdown, "](javascript"));
  g_assert_null (strstr (markdown, "\n==="));
  g_assert_nonnull (strstr (markdown, "\\<script\\>alert\\(1\\)\\</script\\>\\\n"));
  g_assert_nonnull (strstr (markdown, "\\&lt;b\\&gt;"));
  g_assert_nonnull (strstr (markdown, "\n\nSecond paragraph\\.\n"));

  if (renderer != NULL)
    {
      g_autofree char *md_path = g_build_filename (fixture->dir, "notes.md", NULL);
      const char *argv[] = { renderer, md_path, NULL };
      g_autofree char *html = NULL;
      g_autoptr (GError) error = NULL;
      int status = 0;

      g_assert_true (g_file_set_contents (md_path, markdown, -1, NULL));
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &html,
                                   NULL, &status, &error));
      g_assert_no_error (error);
      g_test_message ("%s", html);
      g_assert_null (strstr (html, "<script"));
      g_assert_null (strstr (html, "<b>"));
      g_assert_null (strstr (html, "<i>"));
      g_assert_null (strstr (html, "<a "));
      g_assert_null (strstr (html, "<img"));
      g_assert_null (strstr (html, "<ol"));
      g_assert_null (strstr (html, "<blockquote"));
      g_assert_null (strstr (html, "<pre"));
      g_assert_null (strstr (html, "<em"));
      g_assert_null (strstr (html, "<h2>Forged"));
      g_assert_null (strstr (html, "<h1>Forged"));
      /* One heading per entry, and the note's text as text. */
      g_assert_nonnull (strstr (html, "<h2>"));
      g_assert_null (strstr (strstr (html, "<h2>") + 1, "<h2>"));
      g_assert_nonnull (strstr (html, "alert(1)"));
      g_assert_nonnull (strstr (html, "Second paragraph."));
    }
  else
    g_test_message ("markdown_py is not installed: the rendered HTML is not checked");
}

/* Choosing JSON in the dialog wrote Markdown: the suggested name's .md decided. The chosen format
 * is what is written, and the name is made to say it. */
static void
test_format_for_name (void)
{
  static const struct
  {
    const char *name;
    gboolean json_chosen;
    CmqStoreExportFormat format;
    const char *file_name;
  } cases[] = {
    { "Communiqué Notes.md", TRUE, CMQ_STORE_EXPORT_JSON, "Communiqué Notes.json" },
    { "Communiqué Notes.md", FALSE, CMQ_STORE_EXPORT_MARKDOWN, "Communiqué Notes.md" },
    { "notes.MARKDOWN", TRUE, CMQ_STORE_EXPORT_JSON, "notes.json" },
    { "notes.json", FALSE, CMQ_STORE_EXPORT_JSON, "notes.json" },
    { "notes.JSON", TRUE, CMQ_STORE_EXPORT_JSON, "notes.JSON" },
    { "notes", TRUE, CMQ_STORE_EXPORT_JSON, "notes.json" },
    { "notes", FALSE, CMQ_STORE_EXPORT_MARKDOWN, "notes.md" },
    { "notes.txt", TRUE, CMQ_STORE_EXPORT_JSON, "notes.txt" },
    { ".md", TRUE, CMQ_STORE_EXPORT_JSON, ".md.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file_name = NULL;

      g_assert_cmpint (
          cmq_store_export_format_for_name (cases[i].name, cases[i].json_chosen, &file_name), ==,
          cases[i].format);
      g_assert_cmpstr (file_name, ==, cases[i].file_name);
    }
}

static CmqRelease *
make_sourced_release (void)
{
  const char *paragraphs[] = { "Allies met.", NULL };
  CmqReleaseInfo info = {
    .file = "sourced.txt",
    .title = "Allies meet",
    .language = "en",
    .paragraphs = paragraphs,
    .year = 2025,
    .month = 5,
    .day = 14,
    .date_source = CMQ_DATE_SOURCE_INFERRED_YEAR,
    .source = "NATO",
    .url = "https://www.nato.int/cps/en/natohq/news_1.htm",
    .kind = "press release",
  };

  return cmq_release_new (&info);
}

/* Exports say where each release came from and whether its date was worked out, and an export
 * imported and saved elsewhere keeps all of it. */
static void
test_export_carries_release (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = make_sourced_release ();
  g_autoptr (CmqRelease) plain = make_release ("Plain", "Plain text.", 2021, 6, 1);
  g_autofree char *markdown = NULL;
  g_autofree char *json = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  JsonObject *object = NULL;
  JsonArray *array;

  cmq_store_set_note (store, release, "First line\nsecond line\n\nNew paragraph\r\nlast\n");
  cmq_store_set_favourite (store, plain, TRUE);

  markdown = cmq_store_export_markdown (store);
  g_assert_nonnull (strstr (markdown, "- Date: 2025-05-14 (inferred)\n"));
  g_assert_nonnull (strstr (markdown, "- Date: 2021-06-01\n"));
  g_assert_nonnull (strstr (markdown, "- Source: NATO\n"));
  g_assert_nonnull (
      strstr (markdown, "- Address: https://www\\.nato\\.int/cps/en/natohq/news\\_1\\.htm\n"));
  g_assert_nonnull (strstr (markdown, "\nFirst line\\\nsecond line\n\nNew paragraph\\\nlast\n"));

  json = cmq_store_export_json (store);
  root = json_from_string (json, &error);
  g_assert_no_error (error);
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (array, i), "id"),
                   cmq_release_get_id (release)) == 0)
      object = json_array_get_object_element (array, i);
  g_assert_nonnull (object);
  g_assert_cmpstr (json_object_get_string_member (object, "source"), ==, "NATO");
  g_assert_cmpstr (json_object_get_string_member (object, "url"), ==,
                   "https://www.nato.int/cps/en/natohq/news_1.htm");
  g_assert_true (json_object_get_boolean_member (object, "date_inferred"));
  g_assert_cmpstr (json_object_get_string_member (object, "date_source"), ==, "inferred-year");

  /* Imported elsewhere and read back from its file: nothing lost. */
  {
    g_autofree char *other_dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
    g_autofree char *other_path = g_build_filename (other_dir, "library.ini", NULL);
    g_autoptr (CmqStore) copy = cmq_store_new (other_path);
    g_autoptr (CmqStore) reread = NULL;
    g_autoptr (GPtrArray) ours = cmq_store_dup_entries (store);
    g_autoptr (GPtrArray) theirs = NULL;

    g_assert_true (cmq_store_load (copy, &error));
    g_assert_true (cmq_store_import_json (copy, json, NULL, &error));
    g_assert_true (cmq_store_flush (copy, &error));
    g_assert_no_error (error);
    reread = cmq_store_new (other_path);
    g_assert_true (cmq_store_load (reread, &error));
    theirs = cmq_store_dup_entries (reread);
    g_assert_cmpuint (theirs->len, ==, ours->len);
    for (guint i = 0; i < ours->len; i++)
      g_assert_true (
          cmq_store_entry_equal (g_ptr_array_index (ours, i), g_ptr_array_index (theirs, i)));
    g_clear_object (&reread);
    g_clear_object (&copy);
    cmq_test_remove_tree (other_dir);
  }
}

/* Highlights go through a JSON export and import, and the file of the store that imported them,
 * with all they have: anchor (quote, context, paragraph, hash), colour, note, times, and the
 * removed ones as removed; Markdown keeps the line breaks of their notes. */
static void
test_export_import_highlights (Fixture *fixture, gconstpointer data)
{
  const char *paragraphs[] = { "Allies met in Brussels on Tuesday.",
                               "The Secretary General said the door is open to new members.",
                               NULL };
  CmqReleaseInfo info = {
    .file = "highlights.txt",
    .title = "Allies meet",
    .language = "en",
    .paragraphs = paragraphs,
    .year = 2025,
    .month = 5,
    .day = 14,
  };
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = cmq_release_new (&info);
  g_autofree char *door = cmq_store_add_passage (store, release, 2, 47, 58, "green");
  g_autofree char *met = cmq_store_add_passage (store, release, 1, 0, 10, "pink");
  g_autofree char *gone = cmq_store_add_passage (store, release, 1, 11, 25, "blue");
  g_autofree char *other_dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "library.ini", NULL);
  g_autoptr (CmqStore) copy = cmq_store_new (other_path);
  g_autoptr (CmqStore) reread = NULL;
  g_autoptr (GPtrArray) ours = NULL;
  g_autoptr (GPtrArray) theirs = NULL;
  g_autoptr (GPtrArray) passages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *markdown = NULL;
  guint n_changed = 0;

  g_assert_true (
      cmq_store_set_passage_note (store, release, door, "Quokkas agree.\nSee p. 4\n\nAsk"));
  g_assert_true (cmq_store_remove_passage (store, release, gone));
  json = cmq_store_export_json (store);
  g_assert_nonnull (strstr (json, "\"colour\" : \"green\""));

  g_assert_true (cmq_store_load (copy, &error));
  g_assert_true (cmq_store_import_json (copy, json, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (cmq_store_flush (copy, &error));
  reread = cmq_store_new (other_path);
  g_assert_true (cmq_store_load (reread, &error));
  g_assert_no_error (error);
  ours = cmq_store_dup_entries (store);
  theirs = cmq_store_dup_entries (reread);
  g_assert_cmpuint (theirs->len, ==, 1);
  g_assert_cmpuint (((CmqStoreEntry *) g_ptr_array_index (theirs, 0))->passages->len, ==, 3);
  g_assert_true (
      cmq_store_entry_equal (g_ptr_array_index (ours, 0), g_ptr_array_index (theirs, 0)));
  passages = cmq_store_dup_passages (reread, cmq_release_get_id (release));
  g_assert_cmpuint (passages->len, ==, 2);
  for (guint i = 0; i < passages->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (passages, i);

      g_assert_true (g_str_equal (passage->id, door) || g_str_equal (passage->id, met));
      if (g_str_equal (passage->id, door))
        {
          g_assert_cmpstr (passage->colour, ==, "green");
          g_assert_cmpstr (passage->anchor->quote, ==, "new members");
          g_assert_cmpuint (passage->anchor->paragraph, ==, 2);
          g_assert_cmpstr (passage->note, ==, "Quokkas agree.\nSee p. 4\n\nAsk");
        }
    }

  /* Imported again: nothing new, nothing doubled. */
  g_assert_true (cmq_store_import_json (reread, json, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 0);

  markdown = cmq_store_export_markdown (store);
  g_assert_nonnull (strstr (markdown, "Quokkas agree\\.\\\nSee p\\. 4\n"));
  g_assert_null (strstr (markdown, "in Brussels"));
  g_clear_object (&reread);
  g_clear_object (&copy);
  cmq_test_remove_tree (other_dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/round-trip/odd-ids", Fixture, NULL, fixture_set_up, test_round_trip_odd_ids,
              fixture_tear_down);
  g_test_add ("/store/export/markdown-hostile", Fixture, NULL, fixture_set_up,
              test_markdown_hostile, fixture_tear_down);
  g_test_add ("/store/export-import-highlights", Fixture, NULL, fixture_set_up,
              test_export_import_highlights, fixture_tear_down);
  g_test_add ("/store/export-import", Fixture, NULL, fixture_set_up, test_export_import,
              fixture_tear_down);
  g_test_add ("/store/export-carries-release", Fixture, NULL, fixture_set_up,
              test_export_carries_release, fixture_tear_down);
  g_test_add_func ("/store/export-format-for-name", test_format_for_name);
  return g_test_run ();
}
