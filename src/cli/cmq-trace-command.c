/* cmq-trace-command.c: `communique --trace PHRASE`, a phrase across the years, with no window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-trace-command"

#include <errno.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cmq-compare-command.h"
#include "cmq-trace-command.h"
#include "cmq-trace.h"

/* Characters of context either side of a use. */
#define CONTEXT 60

/* A use's match; for a near variant, the changed word as [-word of the phrase-]{+word used+}. */
static void
append_match (GString *out, CmqTraceOccurrence *use)
{
  g_autofree char *before = NULL;
  g_autofree char *changed = NULL;

  if (use->instead_of == NULL)
    {
      cmq_append_escaped (out, use->match);
      return;
    }
  before = g_strndup (use->match, use->changed_start);
  changed = g_strndup (use->match + use->changed_start, use->changed_end - use->changed_start);
  cmq_append_escaped (out, before);
  g_string_append (out, "[-");
  cmq_append_escaped (out, use->instead_of);
  g_string_append (out, "-]{+");
  cmq_append_escaped (out, changed);
  g_string_append (out, "+}");
  cmq_append_escaped (out, use->match + use->changed_end);
}

static void
append_plain_use (GString *out, CmqTraceOccurrence *use)
{
  glong left_chars = g_utf8_strlen (use->left, -1);

  g_string_append_printf (out, "%s  ", use->date != NULL ? use->date : "----------");
  /* The phrase in one column: the context before it is aligned on the right. */
  for (glong c = left_chars; c < CONTEXT; c++)
    g_string_append_c (out, ' ');
  cmq_append_escaped (out, use->left);
  append_match (out, use);
  cmq_append_escaped (out, use->right);
  g_string_append (out, "  ");
  cmq_append_escaped (out, use->file);
  if (use->paragraph >= 0)
    g_string_append_printf (out, ":%d", use->paragraph + 1);
  g_string_append_c (out, '\n');
}

static void
append_plain (GString *out, CmqTrace *trace)
{
  g_string_append_printf (
      out, ngettext ("“%s” is in %u release", "“%s” is in %u releases", trace->n_releases),
      trace->phrase, trace->n_releases);
  if (trace->first != NULL)
    /* Translators: the dates of the first and last release using a phrase */
    g_string_append_printf (out, _(", first used %s, last used %s"), trace->first, trace->last);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < trace->years->len; i++)
    {
      CmqTraceYear *year = &g_array_index (trace->years, CmqTraceYear, i);
      g_autofree char *label =
          year->year != 0 ? g_strdup_printf ("%u", year->year) : g_strdup (_("no date"));

      if (year->n_total == 0)
        continue; /* a year the library has nothing of (the JSON keeps it, for a chart) */

      /* Translators: a year, releases using the phrase that year, all releases of that year */
      g_string_append_printf (out, _("%-8s %6u of %6u"), label, year->n_releases, year->n_total);
      if (year->n_total > 0)
        g_string_append_printf (out, "  %5.1f%%", 100.0 * year->n_releases / year->n_total);
      g_string_append_c (out, '\n');
    }
  if (trace->uses->len > 0)
    g_string_append_c (out, '\n');
  for (guint i = 0; i < trace->uses->len; i++)
    append_plain_use (out, g_ptr_array_index (trace->uses, i));
}

/* The near variants, counted apart from the uses, each as a use is. */
static void
append_plain_variants (GString *out, CmqTrace *trace)
{
  guint n = trace->variants->len;

  g_string_append_c (out, '\n');
  /* Translators: how many uses of a phrase with one word changed (the start of a line) */
  g_string_append_printf (out, ngettext ("Near variants: %u use", "Near variants: %u uses", n), n);
  g_string_append_printf (out,
                          /* Translators: after "Near variants: 3 uses", in how many releases */
                          ngettext (" in %u release", " in %u releases", trace->n_variant_releases),
                          trace->n_variant_releases);
  if (trace->n_variant_searched < trace->n_variant_candidates)
    g_string_append_printf (
        out,
        /* Translators: after "Near variants: 3 uses in 2 releases", when only the newest
         * releases that could have one were read */
        ngettext (" (the newest %u release of %u that could have one read)",
                  " (the newest %u releases of %u that could have one read)",
                  trace->n_variant_searched),
        trace->n_variant_searched, trace->n_variant_candidates);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < trace->variants->len; i++)
    append_plain_use (out, g_ptr_array_index (trace->variants, i));
}

static void
append_json (GString *out, JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autofree char *line = NULL;

  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  g_string_append_printf (out, "%s\n", line);
  json_builder_reset (builder);
}

static void
add_member (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
append_json_use (GString *out, JsonBuilder *builder, CmqTraceOccurrence *use)
{
  json_builder_begin_object (builder);
  add_member (builder, "type", use->instead_of != NULL ? "variant" : "use");
  add_member (builder, "id", use->id);
  add_member (builder, "file", use->file);
  add_member (builder, "title", use->title);
  add_member (builder, "date", use->date);
  json_builder_set_member_name (builder, "paragraph");
  if (use->paragraph >= 0)
    json_builder_add_int_value (builder, use->paragraph + 1);
  else
    json_builder_add_null_value (builder); /* in the title */
  add_member (builder, "left", use->left);
  add_member (builder, "match", use->match);
  add_member (builder, "right", use->right);
  if (use->instead_of != NULL)
    {
      g_autofree char *changed =
          g_strndup (use->match + use->changed_start, use->changed_end - use->changed_start);

      /* The word as the release writes it, and the phrase's word it stands for. */
      add_member (builder, "changed", changed);
      add_member (builder, "instead_of", use->instead_of);
    }
  json_builder_end_object (builder);
  append_json (out, builder);
}

static void
append_all_json (GString *out, CmqTrace *trace)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_member (builder, "type", "summary");
  add_member (builder, "phrase", trace->phrase);
  json_builder_set_member_name (builder, "releases");
  json_builder_add_int_value (builder, trace->n_releases);
  add_member (builder, "first", trace->first);
  add_member (builder, "last", trace->last);
  json_builder_end_object (builder);
  append_json (out, builder);

  for (guint i = 0; i < trace->years->len; i++)
    {
      CmqTraceYear *year = &g_array_index (trace->years, CmqTraceYear, i);

      json_builder_begin_object (builder);
      add_member (builder, "type", "year");
      json_builder_set_member_name (builder, "year");
      if (year->year != 0)
        json_builder_add_int_value (builder, year->year);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "releases");
      json_builder_add_int_value (builder, year->n_releases);
      json_builder_set_member_name (builder, "total");
      json_builder_add_int_value (builder, year->n_total);
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (
          builder, year->n_total > 0 ? (double) year->n_releases / year->n_total : 0);
      json_builder_end_object (builder);
      append_json (out, builder);
    }
  for (guint i = 0; i < trace->uses->len; i++)
    append_json_use (out, builder, g_ptr_array_index (trace->uses, i));

  /* The near variants, a list of their own after the uses. */
  json_builder_begin_object (builder);
  add_member (builder, "type", "variants");
  json_builder_set_member_name (builder, "uses");
  json_builder_add_int_value (builder, trace->variants->len);
  json_builder_set_member_name (builder, "releases");
  json_builder_add_int_value (builder, trace->n_variant_releases);
  json_builder_set_member_name (builder, "candidates");
  json_builder_add_int_value (builder, trace->n_variant_candidates);
  json_builder_set_member_name (builder, "searched");
  json_builder_add_int_value (builder, trace->n_variant_searched);
  json_builder_end_object (builder);
  append_json (out, builder);
  for (guint i = 0; i < trace->variants->len; i++)
    append_json_use (out, builder, g_ptr_array_index (trace->variants, i));
}

int
cmq_trace_command (const char *const *folders, const char *phrase, CmqTraceFlags flags)
{
  gboolean json = (flags & CMQ_TRACE_FLAGS_JSON) != 0;
  g_autoptr (CmqIndex) index = NULL;
  g_autoptr (CmqTrace) trace = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);

  if (phrase == NULL || !g_utf8_validate (phrase, -1, NULL))
    {
      g_printerr ("%s\n", _("--trace needs a phrase"));
      return 2;
    }
  index = cmq_index_new_for_command (NULL);
  cmq_index_set_folders (index, folders);
  if (!cmq_index_folders_unchanged (index) && !cmq_index_update (index, NULL, NULL, &error))
    {
      g_printerr (_("The search index could not be updated (%s); searching what it holds\n"),
                     error->message);
      g_clear_error (&error);
    }
  trace = cmq_trace_phrase (index, phrase, CONTEXT, 0, NULL, &error);
  if (trace == NULL && g_error_matches (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NOT_FOUND))
    {
      g_printerr ("%s\n", _("--trace needs a phrase"));
      return 2;
    }
  if (trace != NULL && (json || (flags & CMQ_TRACE_FLAGS_VARIANTS)) &&
      !cmq_trace_find_near_variants (trace, index, CONTEXT, 0, NULL, &error))
    g_clear_pointer (&trace, cmq_trace_free);
  if (trace == NULL)
    {
      g_printerr (_("Cannot search: %s\n"), error->message);
      return 2;
    }
  if (json)
    append_all_json (out, trace);
  else
    append_plain (out, trace);
  if (!json && (flags & CMQ_TRACE_FLAGS_VARIANTS))
    append_plain_variants (out, trace);
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      g_printerr (_("Cannot write the results: %s\n"), g_strerror (errno));
      return 2;
    }
  return trace->n_releases > 0 ? 0 : 1;
}
