/* cmq-cite-export.c: citations as CSL-JSON and RIS, for reference managers.
 *
 * CSL-JSON is the input of citeproc (Zotero, pandoc): an array of items valid against the CSL data
 * schema (tests/fixtures/csl-data.json). A press release or statement is a `report` with its
 * kind as `genre`, a news story an `article`; the organisation is both author and publisher, as
 * APA cites it. A date worked out rather than read is marked `circa`, and said in `custom`. RIS
 * is the tagged format EndNote introduced and every reference manager reads.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-cite-export"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cmq-cite-export.h"
#include "cmq-citation-private.h"

gboolean
cmq_cite_export_format_from_name (const char *name, CmqCiteExportFormat *format)
{
  static const struct
  {
    const char *name;
    CmqCiteExportFormat format;
  } names[] = {
    { "csl-json", CMQ_CITE_EXPORT_CSL_JSON },
    { "bibtex", CMQ_CITE_EXPORT_BIBTEX },
    { "ris", CMQ_CITE_EXPORT_RIS },
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      {
        *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

char *
cmq_cite_export (GPtrArray *citations, CmqCiteExportFormat format, GDateTime *accessed)
{
  switch (format)
    {
    case CMQ_CITE_EXPORT_BIBTEX:
      return cmq_cite_export_bibtex (citations, accessed);
    case CMQ_CITE_EXPORT_RIS:
      return cmq_cite_export_ris (citations, accessed);
    case CMQ_CITE_EXPORT_CSL_JSON:
    default:
      return cmq_cite_export_csl_json (citations, accessed);
    }
}

static gboolean
is_news (const CmqCitation *c)
{
  return c->kind != NULL && (g_ascii_strcasecmp (c->kind, "news story") == 0 ||
                             g_ascii_strcasecmp (c->kind, "article") == 0 ||
                             g_ascii_strcasecmp (c->kind, "news") == 0);
}

/* The release's id, and the paragraph for a passage; a number added when the set already has
 * it (the same release twice, two passages of one paragraph), so that every item differs. */
static char *
item_id (const CmqCitation *c, GHashTable *used)
{
  g_autofree char *base =
      c->paragraph > 0 ? g_strdup_printf ("%s-p%u", c->id, c->paragraph) : g_strdup (c->id);
  char *id = g_strdup (base);

  for (guint n = 2; g_hash_table_contains (used, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (used, g_strdup (id));
  return id;
}

static void
add_string (JsonBuilder *builder, const char *member, const char *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_date_parts (JsonBuilder *builder, const char *member, guint year, guint month, guint day,
                gboolean circa)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "date-parts");
  json_builder_begin_array (builder);
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, year);
  if (month != 0)
    json_builder_add_int_value (builder, month);
  if (month != 0 && day != 0)
    json_builder_add_int_value (builder, day);
  json_builder_end_array (builder);
  json_builder_end_array (builder);
  if (circa)
    {
      json_builder_set_member_name (builder, "circa");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);
}

static void
add_custom (JsonBuilder *builder, const CmqCitation *c)
{
  json_builder_set_member_name (builder, "custom");
  json_builder_begin_object (builder);
  add_string (builder, "communique-id", c->id);
  if (c->year != 0 && c->certainty != CMQ_CITE_DATE_STATED)
    add_string (builder, "date-inferred",
                c->certainty == CMQ_CITE_DATE_YEAR_INFERRED ? "year" : "date");
  if (c->year == 0 && c->month != 0)
    {
      g_autofree char *partial = g_strdup_printf ("--%02u-%02u", c->month, c->day);

      add_string (builder, "partial-date", partial);
    }
  if (c->paragraph > 0)
    {
      json_builder_set_member_name (builder, "paragraph");
      json_builder_add_int_value (builder, c->paragraph);
    }
  add_string (builder, "quote", c->quote);
  json_builder_end_object (builder);
}

static void
add_csl_item (JsonBuilder *builder, const CmqCitation *c, GDateTime *accessed, GHashTable *used)
{
  g_autofree char *id = item_id (c, used);
  g_autofree char *genre = c->kind != NULL ? g_strdup (c->kind) : NULL;

  if (genre != NULL)
    genre[0] = g_ascii_toupper (genre[0]);
  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "type", is_news (c) ? "article" : "report");
  add_string (builder, "title", c->title);
  if (c->organisation != NULL)
    {
      json_builder_set_member_name (builder, "author");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_string (builder, "literal", c->organisation);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      add_string (builder, "publisher", c->organisation);
    }
  add_string (builder, "genre", genre);
  if (c->year != 0)
    add_date_parts (builder, "issued", c->year, c->month, c->day,
                    c->certainty != CMQ_CITE_DATE_STATED);
  add_string (builder, "URL", c->url);
  if (c->url != NULL && accessed != NULL)
    add_date_parts (builder, "accessed", g_date_time_get_year (accessed),
                    g_date_time_get_month (accessed), g_date_time_get_day_of_month (accessed),
                    FALSE);
  add_string (builder, "language", c->language);
  if (c->paragraph > 0)
    {
      g_autofree char *locator = g_strdup_printf ("%u", c->paragraph);

      add_string (builder, "locator", locator);
    }
  add_custom (builder, c);
  json_builder_end_object (builder);
}

char *
cmq_cite_export_csl_json (GPtrArray *citations, GDateTime *accessed)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (citations != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < citations->len; i++)
    add_csl_item (builder, g_ptr_array_index (citations, i), accessed, used);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, NULL);
  return g_strconcat (data, "\n", NULL);
}

/* RIS */

static const char *
ris_type (const CmqCitation *c)
{
  static const char *const press[] = { "press release", "news release", "statement",
                                       "joint statement", "declaration" };

  if (is_news (c))
    return "NEWS";
  for (guint i = 0; c->kind != NULL && i < G_N_ELEMENTS (press); i++)
    if (g_ascii_strcasecmp (c->kind, press[i]) == 0)
      return "PRESS";
  return "GEN";
}

/* One tagged line; a value is on one line, so line breaks become spaces. */
static void
ris_line (GString *out, const char *tag, const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, "%s  - ", tag);
  for (const char *p = value; *p; p++)
    g_string_append_c (out, *p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p);
  g_string_append (out, "\r\n");
}

static void
ris_item (GString *out, const CmqCitation *c, GDateTime *accessed, GHashTable *used)
{
  g_autofree char *id = item_id (c, used);
  g_autofree char *kind = c->kind != NULL ? g_strdup (c->kind) : NULL;
  g_autofree char *year = c->year != 0 ? g_strdup_printf ("%04u", c->year) : NULL;
  g_autofree char *date = NULL;
  g_autofree char *access = NULL;
  g_autofree char *paragraph = NULL;

  if (kind != NULL)
    kind[0] = g_ascii_toupper (kind[0]);
  if (c->month != 0)
    date = g_strdup_printf ("%s/%02u/%02u/", year != NULL ? year : "", c->month, c->day);
  else if (year != NULL)
    date = g_strdup_printf ("%s///", year);
  if (c->url != NULL && accessed != NULL)
    access = g_date_time_format (accessed, "%Y/%m/%d/");
  if (c->paragraph > 0)
    paragraph = g_strdup_printf ("para. %u", c->paragraph);

  ris_line (out, "TY", ris_type (c));
  ris_line (out, "ID", id);
  ris_line (out, "TI", c->title);
  ris_line (out, "AU", c->organisation);
  ris_line (out, "PB", c->organisation);
  ris_line (out, "PY", year);
  ris_line (out, "DA", date);
  ris_line (out, "M3", kind);
  ris_line (out, "UR", c->url);
  ris_line (out, "Y2", access);
  ris_line (out, "LA", c->language);
  ris_line (out, "SE", paragraph);
  if (c->year != 0 && c->certainty == CMQ_CITE_DATE_YEAR_INFERRED)
    ris_line (out, "N1", "The year of the date was inferred, not stated");
  else if (c->year != 0 && c->certainty == CMQ_CITE_DATE_INFERRED)
    ris_line (out, "N1", "The date was inferred, not stated");
  ris_line (out, "N1", c->quote);
  ris_line (out, "ER", "");
}

char *
cmq_cite_export_ris (GPtrArray *citations, GDateTime *accessed)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (citations != NULL, NULL);

  for (guint i = 0; i < citations->len; i++)
    {
      if (i > 0)
        g_string_append (out, "\r\n");
      ris_item (out, g_ptr_array_index (citations, i), accessed, used);
    }
  return g_string_free (out, FALSE);
}
