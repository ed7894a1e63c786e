/* cmq-release-json.c: the machine-readable form of a release (communique --inspect).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-release-json"

#include "cmq-importer.h"
#include "cmq-release-json.h"

static void
add_string_or_null (JsonBuilder *builder, const char *value)
{
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* "subheadings": the indices of the paragraphs that are in-story subheadings. */
static void
add_subheadings (JsonBuilder *builder, CmqRelease *release)
{
  guint n = 0;
  const guint *subheadings = cmq_release_get_subheadings (release, &n);

  json_builder_set_member_name (builder, "subheadings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_int_value (builder, subheadings[i]);
  json_builder_end_array (builder);
}

static void
add_quotes (JsonBuilder *builder, GPtrArray *quotes)
{
  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < quotes->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (quotes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, quote->text);
      json_builder_set_member_name (builder, "speaker");
      if (quote->speaker != NULL)
        json_builder_add_string_value (builder, quote->speaker);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "paragraph");
      json_builder_add_int_value (builder, quote->paragraph);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
cmq_release_to_json (CmqRelease *release)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autofree char *file = NULL;
  const char *const *paragraphs;

  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  /* A file name may hold bytes that are not UTF-8, which JSON cannot carry. */
  if (cmq_release_get_file (release) != NULL)
    {
      file = cmq_importer_display_name (cmq_release_get_file (release));
      json_builder_add_string_value (builder, file);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, cmq_release_get_id (release));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, cmq_release_get_title (release));
  json_builder_set_member_name (builder, "date");
  if (cmq_release_get_date (release) != NULL)
    json_builder_add_string_value (builder, cmq_release_get_date (release));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "date_source");
  json_builder_add_string_value (builder,
                                 cmq_date_source_to_string (cmq_release_get_date_source (release)));
  json_builder_set_member_name (builder, "partial_date");
  if (cmq_release_get_partial_date (release) != NULL)
    json_builder_add_string_value (builder, cmq_release_get_partial_date (release));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "date_evidence");
  add_string_or_null (builder, cmq_release_get_date_evidence (release));
  json_builder_set_member_name (builder, "date_note");
  add_string_or_null (builder, cmq_release_get_date_note (release));
  json_builder_set_member_name (builder, "headline_found");
  json_builder_add_boolean_value (builder, cmq_release_get_headline_found (release));
  json_builder_set_member_name (builder, "source");
  add_string_or_null (builder, cmq_release_get_source (release));
  json_builder_set_member_name (builder, "url");
  add_string_or_null (builder, cmq_release_get_url (release));
  json_builder_set_member_name (builder, "kind");
  add_string_or_null (builder, cmq_release_get_kind (release));
  json_builder_set_member_name (builder, "language");
  if (cmq_release_get_language (release) != NULL)
    json_builder_add_string_value (builder, cmq_release_get_language (release));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "paragraphs");
  json_builder_begin_array (builder);
  paragraphs = cmq_release_get_paragraphs (release);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    json_builder_add_string_value (builder, paragraphs[i]);
  json_builder_end_array (builder);

  add_subheadings (builder, release);
  add_quotes (builder, cmq_release_get_quotes (release));

  json_builder_set_member_name (builder, "chrome_lines");
  json_builder_add_int_value (builder, cmq_release_get_chrome_lines (release));
  json_builder_set_member_name (builder, "converted_from");
  if (cmq_release_get_converted_from (release) != NULL)
    json_builder_add_string_value (builder, cmq_release_get_converted_from (release));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

char *
cmq_release_to_json_line (CmqRelease *release)
{
  g_autoptr (JsonNode) node = cmq_release_to_json (release);

  return json_to_string (node, FALSE);
}
