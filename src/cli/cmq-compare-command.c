/* cmq-compare-command.c: `communique --compare A B`, two releases aligned, with no window.
 *
 * A and B are release files (learnt together first, as --inspect does, so the same chrome is
 * found in both) or ids of releases of the library's index. The alignment is cmq-compare.c's, the
 * same the compare view shows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-compare-command"

#include <glib/gi18n.h>
#include <errno.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cmq-compare-command.h"
#include "cmq-compare.h"
#include "cmq-importer.h"
#include "cmq-index.h"

void
cmq_append_escaped (GString *out, const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\t')
        g_string_append_c (out, c);
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
               (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/* Release files, learnt together; NULL for an argument that is not a readable file. */
static void
import_files (const char *const *names, CmqRelease **releases)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  GBytes *contents[2] = { NULL, NULL };
  gint64 mtimes[2] = { 0, 0 };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (names[i]);

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
        continue;
      contents[i] = cmq_importer_read_file (file, &mtimes[i], NULL, NULL);
      if (contents[i] != NULL)
        cmq_importer_learn (importer, g_bytes_get_data (contents[i], NULL),
                            g_bytes_get_size (contents[i]));
    }
  for (guint i = 0; i < 2; i++)
    {
      if (contents[i] == NULL)
        continue;
      releases[i] =
          cmq_importer_import_text (importer, g_bytes_get_data (contents[i], NULL),
                                    g_bytes_get_size (contents[i]), names[i], mtimes[i], NULL);
      g_bytes_unref (contents[i]);
    }
}

/* The arguments that are not files, as ids of the library's releases. */
static void
load_ids (const char *const *folders, const char *const *names, CmqRelease **releases)
{
  g_autoptr (CmqIndex) index = NULL;

  if (releases[0] != NULL && releases[1] != NULL)
    return;
  index = cmq_index_new_for_command (NULL);
  cmq_index_set_folders (index, folders);
  if (!cmq_index_folders_unchanged (index))
    cmq_index_update (index, NULL, NULL, NULL);
  for (guint i = 0; i < 2; i++)
    if (releases[i] == NULL)
      releases[i] = cmq_index_load_release (index, names[i], NULL);
}

static void
append_heading (GString *out, const char *label, CmqRelease *release)
{
  const char *date = cmq_release_get_date (release);
  const char *source = cmq_release_get_source (release);

  g_string_append_printf (out, "%s ", label);
  cmq_append_escaped (out, cmq_release_get_title (release));
  g_string_append_printf (out, "  %s", date != NULL ? date : "----------");
  if (source != NULL)
    {
      g_string_append (out, "  ");
      cmq_append_escaped (out, source);
    }
  g_string_append (out, "  ");
  cmq_append_escaped (out, cmq_release_get_file (release));
  g_string_append_c (out, '\n');
}

/* "4" or "4-6": paragraphs counted from 1. */
static void
append_range (GString *out, const char *side, guint first, guint count)
{
  if (count == 1)
    g_string_append_printf (out, " %s %u", side, first + 1);
  else if (count > 1)
    g_string_append_printf (out, " %s %u-%u", side, first + 1, first + count);
}

static void
append_item (GString *out, CmqComparison *cmp, const CmqCompareItem *item)
{
  g_string_append_printf (out, "\n@@ %s", cmq_compare_kind_to_string (item->kind));
  append_range (out, "A", item->a_first, item->a_count);
  append_range (out, "B", item->b_first, item->b_count);
  if (item->kind == CMQ_COMPARE_MOVED_AWAY)
    {
      const CmqCompareItem *moved = cmq_comparison_get_item (cmp, item->link);

      append_range (out, "A", moved->a_first, moved->a_count);
      append_range (out, "→ B", moved->b_first, moved->b_count);
      g_string_append (out, " @@\n");
      return;
    }
  g_string_append (out, " @@\n");
  for (guint i = 0; i < item->spans->len; i++)
    {
      CmqDiffSpan *span = g_ptr_array_index (item->spans, i);

      g_string_append (out, span->op == CMQ_DIFF_DELETE   ? "[-"
                            : span->op == CMQ_DIFF_INSERT ? "{+"
                                                          : "");
      cmq_append_escaped (out, span->text);
      g_string_append (out, span->op == CMQ_DIFF_DELETE   ? "-]"
                            : span->op == CMQ_DIFF_INSERT ? "+}"
                                                          : "");
    }
  g_string_append_c (out, '\n');
}

static JsonNode *
paragraph_numbers (guint first, guint count)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = first; i < first + count; i++)
    json_builder_add_int_value (builder, i + 1);
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static char *
item_to_json (const CmqCompareItem *item)
{
  static const char *const ops[] = { "equal", "delete", "insert" };
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, cmq_compare_kind_to_string (item->kind));
  json_builder_set_member_name (builder, "a");
  json_builder_add_value (builder, paragraph_numbers (item->a_first, item->a_count));
  json_builder_set_member_name (builder, "b");
  json_builder_add_value (builder, paragraph_numbers (item->b_first, item->b_count));
  json_builder_set_member_name (builder, "similarity");
  json_builder_add_double_value (builder, item->similarity);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < item->spans->len; i++)
    {
      CmqDiffSpan *span = g_ptr_array_index (item->spans, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "op");
      json_builder_add_string_value (builder, ops[span->op]);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, span->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
print_comparison (GString *out, CmqRelease **releases, CmqComparison *cmp, gboolean json)
{
  if (!json)
    {
      g_autofree char *summary = cmq_comparison_summary (cmp);

      append_heading (out, "A", releases[0]);
      append_heading (out, "B", releases[1]);
      g_string_append_printf (out, "%s\n", summary);
    }
  for (guint k = 0; k < cmq_comparison_get_n_items (cmp); k++)
    {
      const CmqCompareItem *item = cmq_comparison_get_item (cmp, k);

      if (!json)
        append_item (out, cmp, item);
      else if (item->kind != CMQ_COMPARE_MOVED_AWAY)
        {
          g_autofree char *line = item_to_json (item);

          g_string_append_printf (out, "%s\n", line);
        }
    }
}

int
cmq_compare_command (const char *const *folders, const char *a, const char *b, gboolean json)
{
  const char *const names[] = { a, b };
  CmqRelease *releases[2] = { NULL, NULL };
  g_autoptr (CmqComparison) cmp = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  int status;

  if (a == NULL || b == NULL)
    {
      g_printerr ("%s\n", _("--compare needs two releases: files, or ids as --search --json "
                            "prints them"));
      return 2;
    }
  import_files (names, releases);
  load_ids (folders, names, releases);
  for (guint i = 0; i < 2; i++)
    if (releases[i] == NULL)
      {
        g_autofree char *display = cmq_importer_display_name (names[i]);

        /* Translators: %s is what was given on the command line as a release to compare */
        g_printerr (_("%s is neither a release file nor the id of a release of the library\n"),
                       display);
        g_clear_object (&releases[0]);
        g_clear_object (&releases[1]);
        return 2;
      }

  cmp = cmq_comparison_new (cmq_release_get_paragraphs (releases[0]),
                            cmq_release_get_paragraphs (releases[1]));
  print_comparison (out, releases, cmp, json);
  status =
      cmq_comparison_count (cmp, CMQ_COMPARE_UNCHANGED) == cmq_comparison_get_n_items (cmp) ? 0 : 1;
  g_object_unref (releases[0]);
  g_object_unref (releases[1]);
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      /* Translators: %s says why the results could not be written (e.g. "Broken pipe") */
      g_printerr (_("Cannot write the results: %s\n"), g_strerror (errno));
      return 2;
    }
  return status;
}
