/* test-cite.c: citations of releases and passages, in each style and language, and exports.
 *
 * The forms are checked in full for a release that says everything (publisher, address, kind,
 * accents, a date) and for ones that say less (no publisher, a worked-out date, no date), as text
 * and as escaped HTML. The exports of the samples, the fixtures and those releases are written
 * out and checked by check-cite-exports.py: CSL-JSON against the CSL data schema, BibTeX parsed
 * back to the same titles, accents and dates, RIS read back.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cmq-cite-export.h"
#include "cmq-cite-library.h"
#include "cmq-citation.h"
#include "cmq-importer.h"
#include "remove-tree.h"

static const char *const paragraphs[] = {
  "Les ministres des Affaires étrangères de l\u2019OTAN se sont réunis à Bruxelles.",
  "\u00ab Nous soutenons l\u2019Ukraine \u00bb, a déclaré le Secrétaire général.",
  NULL,
};

/* A release that says everything a citation can use. */
static CmqRelease *
full_release (void)
{
  CmqReleaseInfo info = {
    .file = "declaration.txt",
    .title = "Déclaration des ministres : « l\u2019Ukraine » & <la> sécurité",
    .language = "fr",
    .paragraphs = paragraphs,
    .year = 2021,
    .month = 6,
    .day = 1,
    .date_source = CMQ_DATE_SOURCE_STATED,
    .source = "NATO",
    .url = "https://www.nato.int/cps/fr/natohq/news_184000.htm?a=1&b=2",
    .kind = "press release",
  };

  return cmq_release_new (&info);
}

static CmqRelease *
release_with (const char *title, const char *source, const char *url, const char *kind, guint year,
              guint month, guint day, CmqDateSource date_source)
{
  CmqReleaseInfo info = {
    .file = "release.txt",
    .title = title,
    .language = "en",
    .paragraphs = paragraphs,
    .year = year,
    .month = month,
    .day = day,
    .date_source = date_source,
    .source = source,
    .url = url,
    .kind = kind,
  };

  return cmq_release_new (&info);
}

static GDateTime *
accessed_day (void)
{
  return g_date_time_new_utc (2026, 12, 2, 10, 0, 0);
}

static void
assert_reference (CmqCitation *citation, CmqCiteStyle style, CmqCiteLanguage language,
                  const char *expected)
{
  g_autoptr (GDateTime) accessed = accessed_day ();
  g_autofree char *text =
      cmq_citation_format_reference (citation, style, language, CMQ_CITE_MARKUP_TEXT, accessed);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_reference_forms (void)
{
  g_autoptr (CmqRelease) release = full_release ();
  g_autoptr (CmqCitation) citation = cmq_citation_new (release);
  const char *title = "Déclaration des ministres : « l\u2019Ukraine » & <la> sécurité";
  g_autofree char *apa =
      g_strdup_printf ("NATO. (2021, June 1). %s [Press release]. "
                       "https://www.nato.int/cps/fr/natohq/news_184000.htm?a=1&b=2",
                       title);
  g_autofree char *iso = g_strdup_printf (
      "NATO, 2021. %s [en ligne]. Communiqué de presse, 1er juin 2021. Disponible à "
      "l\u2019adresse\u00a0: https://www.nato.int/cps/fr/natohq/news_184000.htm?a=1&b=2 "
      "(consulté le 2 décembre 2026).",
      title);
  g_autofree char *chicago =
      g_strdup_printf ("NATO, \u201c%s,\u201d press release, June 1, 2021, para. 2, "
                       "https://www.nato.int/cps/fr/natohq/news_184000.htm?a=1&b=2.",
                       title);
  g_autofree char *note_fr = g_strdup_printf (
      "NATO, \u00ab\u00a0%s\u00a0\u00bb, communiqué de presse, 1er juin 2021, par. 2, "
      "https://www.nato.int/cps/fr/natohq/news_184000.htm?a=1&b=2 (consulté le 2 décembre 2026).",
      title);

  assert_reference (citation, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_EN, apa);
  assert_reference (citation, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_FR, iso);
  cmq_citation_set_passage (citation, 2, NULL);
  assert_reference (citation, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_EN, chicago);
  assert_reference (citation, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_FR, note_fr);
}

static void
test_quote (void)
{
  g_autoptr (CmqRelease) release = full_release ();
  g_autoptr (CmqCitation) citation = cmq_citation_new (release);
  g_autoptr (GDateTime) accessed = accessed_day ();
  g_autofree char *en = NULL;
  g_autofree char *fr = NULL;
  g_autofree char *note = NULL;

  cmq_citation_set_passage (citation, 2, "\u00ab Nous soutenons\n  l\u2019Ukraine \u00bb, a");
  en = cmq_citation_format_quote (citation, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_EN,
                                  CMQ_CITE_MARKUP_TEXT, accessed);
  /* The quote's own marks become inner ones; a hard line break inside it is a space. */
  g_assert_true (g_str_has_prefix (
      en, "\u201c\u2018 Nous soutenons l\u2019Ukraine \u2019, a\u201d (NATO, 2021, para. 2)\n\n"
          "NATO. (2021, June 1)."));
  fr = cmq_citation_format_quote (citation, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_FR,
                                  CMQ_CITE_MARKUP_TEXT, accessed);
  g_assert_true (g_str_has_prefix (fr, "\u00ab\u00a0\u201c Nous soutenons l\u2019Ukraine \u201d, "
                                       "a\u00a0\u00bb (NATO, 2021, par. 2)\n\nNATO, 2021. "));
  note = cmq_citation_format_quote (citation, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_EN,
                                    CMQ_CITE_MARKUP_TEXT, accessed);
  g_assert_true (g_str_has_prefix (note, "\u201c\u2018 Nous soutenons"));
  g_assert_nonnull (strstr (note, "\u201d\n\nNATO, \u201cD\u00e9claration"));
  g_assert_true (g_str_has_suffix (note, ", para. 2, "
                                         "https://www.nato.int/cps/fr/natohq/"
                                         "news_184000.htm?a=1&b=2."));
}

static void
test_html_escaped (void)
{
  g_autoptr (CmqRelease) release = full_release ();
  g_autoptr (CmqCitation) citation = cmq_citation_new (release);
  g_autoptr (GDateTime) accessed = accessed_day ();
  g_autofree char *html = NULL;
  g_autofree char *hostile = NULL;
  g_autoptr (CmqRelease) bad = NULL;
  g_autoptr (CmqCitation) bad_citation = NULL;

  cmq_citation_set_passage (citation, 1, "<script>alert(1)</script> & \"x\"");
  html = cmq_citation_format_quote (citation, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_EN,
                                    CMQ_CITE_MARKUP_HTML, accessed);
  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
  g_assert_nonnull (strstr (html, "<i>Déclaration des ministres : « l\u2019Ukraine » &amp; "
                                  "&lt;la&gt; sécurité</i>"));
  g_assert_nonnull (strstr (html, "<a href=\"https://www.nato.int/cps/fr/natohq/"
                                  "news_184000.htm?a=1&amp;b=2\">"));
  g_assert_true (g_str_has_prefix (html, "<p>"));
  g_assert_true (g_str_has_suffix (html, "</p>"));

  /* Only web addresses become links. */
  bad = release_with ("T", "X", "javascript:alert(1)", NULL, 2020, 1, 2, CMQ_DATE_SOURCE_STATED);
  bad_citation = cmq_citation_new (bad);
  hostile = cmq_citation_format_reference (bad_citation, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_EN,
                                           CMQ_CITE_MARKUP_HTML, accessed);
  g_assert_null (strstr (hostile, "<a "));
  g_assert_nonnull (strstr (hostile, "javascript:alert(1)"));
}

typedef struct
{
  guint year, month, day;
  CmqDateSource source;
  const char *note_en;
  const char *author_date_en;
  const char *fr;
  const char *year_en;
} DateCase;

static void
test_dates (void)
{
  static const DateCase cases[] = {
    { 2021, 6, 1, CMQ_DATE_SOURCE_STATED, "June 1, 2021", "2021, June 1", "1er juin 2021", "2021" },
    { 2025, 5, 14, CMQ_DATE_SOURCE_INFERRED_YEAR, "May 14, [2025]", "[2025], May 14",
      "14 mai [2025]", "[2025]" },
    { 2020, 12, 31, CMQ_DATE_SOURCE_RELATIVE, "[December 31, 2020]", "[2020, December 31]",
      "[31 décembre 2020]", "[2020]" },
    { 0, 8, 15, CMQ_DATE_SOURCE_NONE, "August 15, n.d.", "n.d., August 15", "15 août s.\u00a0d.",
      "n.d." },
    { 0, 0, 0, CMQ_DATE_SOURCE_NONE, NULL, NULL, NULL, "n.d." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DateCase *c = &cases[i];
      g_autoptr (CmqRelease) release =
          release_with ("Title", "NATO", NULL, NULL, c->year, c->month, c->day, c->source);
      g_autoptr (CmqCitation) citation = cmq_citation_new (release);
      g_autofree char *note_en =
          cmq_citation_format_date (citation, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_EN);
      g_autofree char *author_date_en =
          cmq_citation_format_date (citation, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_EN);
      g_autofree char *fr =
          cmq_citation_format_date (citation, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_FR);
      g_autofree char *in_text = NULL;
      g_autofree char *expected_in_text = g_strdup_printf ("(NATO, %s, para. 1)", c->year_en);

      g_test_message ("date case %u", i);
      g_assert_cmpstr (note_en, ==, c->note_en);
      g_assert_cmpstr (author_date_en, ==, c->author_date_en);
      g_assert_cmpstr (fr, ==, c->fr);
      cmq_citation_set_passage (citation, 1, NULL);
      in_text = cmq_citation_format_quote (citation, CMQ_CITE_STYLE_AUTHOR_DATE,
                                           CMQ_CITE_LANGUAGE_EN, CMQ_CITE_MARKUP_TEXT, NULL);
      g_assert_true (g_str_has_prefix (in_text, expected_in_text));
    }
}

/* Nothing is made up: without a publisher the title leads; nato.int is NATO's own site. */
static void
test_what_is_not_known (void)
{
  g_autoptr (CmqRelease) plain =
      release_with ("Allies meet", NULL, NULL, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autoptr (CmqRelease) on_nato = release_with ("Allies meet", NULL, "https://www.nato.int/x",
                                                 NULL, 2021, 6, 1, CMQ_DATE_SOURCE_STATED);
  g_autoptr (CmqRelease) elsewhere = release_with ("Allies meet", NULL, "https://nato.int.example/",
                                                   NULL, 2021, 6, 1, CMQ_DATE_SOURCE_STATED);
  g_autoptr (CmqCitation) c_plain = cmq_citation_new (plain);
  g_autoptr (CmqCitation) c_nato = cmq_citation_new (on_nato);
  g_autoptr (CmqCitation) c_elsewhere = cmq_citation_new (elsewhere);
  g_autoptr (GDateTime) accessed = accessed_day ();

  g_assert_null (c_plain->organisation);
  g_assert_null (c_plain->kind);
  assert_reference (c_plain, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_EN,
                    "Allies meet. (n.d.).");
  /* Chicago gives the day of access only where there is no date, and only with an address. */
  assert_reference (c_plain, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_EN,
                    "\u201cAllies meet,\u201d n.d.");
  assert_reference (c_plain, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_FR,
                    "\u00ab\u00a0Allies meet\u00a0\u00bb, s.\u00a0d.");
  g_assert_cmpstr (c_nato->organisation, ==, "NATO");
  g_assert_null (c_elsewhere->organisation);
  g_assert_cmpstr (cmq_citation_organisation_from_url ("https://NATO.INT/a"), ==, "NATO");
  g_assert_cmpstr (cmq_citation_organisation_from_url ("https://shape.nato.int/a"), ==, "NATO");
  g_assert_null (cmq_citation_organisation_from_url ("https://evilnato.int/"));
  g_assert_null (cmq_citation_organisation_from_url ("not a url"));
}

static void
test_bibtex_escape (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "50% & R_D #1 {x} $5", "50\\% \\& R\\_D \\#1 \\{x\\} \\$5" },
    { "a~b^c\\d", "a{\\textasciitilde}b{\\textasciicircum}c{\\textbackslash}d" },
    { "Déclaration à Noël", "D{\\'e}claration {\\`a} No{\\\"e}l" },
    { "ça façon naïve", "{\\c{c}}a fa{\\c{c}}on na{\\\"\\i}ve" },
    { "œuvre Æsop Straße Łódź", "{\\oe}uvre {\\AE}sop Stra{\\ss}e {\\L}{\\'o}d{\\'z}" },
    { "Türkiye – “NATO” — ok", "T{\\\"u}rkiye -- ``NATO'' --- ok" },
    { "« Oui »", "{\\guillemotleft} Oui {\\guillemotright}" },
    { "«\u00a0Oui\u00a0»", "{\\guillemotleft}~Oui~{\\guillemotright}" },
    { "Київ", "Київ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cmq_cite_bibtex_escape (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
add_release_files (GPtrArray *releases, const char *dir_path)
{
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      CmqRelease *release;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      release = cmq_importer_import_file (importer, file, NULL, NULL);
      if (release != NULL)
        g_ptr_array_add (releases, release);
    }
}

static void
add_expected (JsonBuilder *builder, const CmqCitation *c)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, c->title);
  json_builder_set_member_name (builder, "organisation");
  json_builder_add_string_value (builder, c->organisation);
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, c->url);
  json_builder_set_member_name (builder, "date");
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, c->year);
  json_builder_add_int_value (builder, c->month);
  json_builder_add_int_value (builder, c->day);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "inferred");
  json_builder_add_boolean_value (builder, c->certainty != CMQ_CITE_DATE_STATED);
  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_int_value (builder, c->paragraph);
  json_builder_end_object (builder);
}

static void
write_file (const char *dir, const char *name, const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static GPtrArray *
all_citations (void)
{
  g_autoptr (GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *citations = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_citation_free);
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  g_autofree char *real = g_test_build_filename (G_TEST_DIST, "fixtures", "real", NULL);
  g_autofree char *web = g_test_build_filename (G_TEST_DIST, "fixtures", "web", NULL);

  add_release_files (releases, samples);
  add_release_files (releases, seeds);
  add_release_files (releases, real);
  add_release_files (releases, web);
  g_assert_cmpuint (releases->len, >=, 70);
  g_ptr_array_add (releases, full_release ());
  g_ptr_array_add (releases, release_with ("Statement on {braces} & 100% \\ of it", "OSCE",
                                           "https://www.osce.org/a?x={1}", "statement", 2025, 5, 14,
                                           CMQ_DATE_SOURCE_INFERRED_YEAR));
  g_ptr_array_add (releases, release_with ("Allies meet", NULL, NULL, "news story", 0, 8, 15,
                                           CMQ_DATE_SOURCE_NONE));
  for (guint i = 0; i < releases->len; i++)
    {
      CmqCitation *c = cmq_citation_new (g_ptr_array_index (releases, i));

      g_ptr_array_add (citations, c);
      /* Every third also as a passage: its paragraph is the locator. */
      if (i % 3 == 0)
        {
          c = cmq_citation_copy (c);
          cmq_citation_set_passage (c, 1, "quoted «words» & more");
          g_ptr_array_add (citations, c);
        }
    }
  return citations;
}

static void
test_exports_read_back (void)
{
  g_autoptr (GPtrArray) citations = all_citations ();
  g_autoptr (GDateTime) accessed = accessed_day ();
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *csl = cmq_cite_export_csl_json (citations, accessed);
  g_autofree char *bibtex = cmq_cite_export_bibtex (citations, accessed);
  g_autofree char *ris = cmq_cite_export_ris (citations, accessed);
  g_autofree char *script =
      g_test_build_filename (G_TEST_DIST, "core", "check-cite-exports.py", NULL);
  g_autofree char *schema =
      g_test_build_filename (G_TEST_DIST, "fixtures", "csl", "csl-data.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  json_builder_begin_array (builder);
  for (guint i = 0; i < citations->len; i++)
    add_expected (builder, g_ptr_array_index (citations, i));
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  expected = json_to_string (root, TRUE);

  dir = g_dir_make_tmp ("test-cite-XXXXXX", &error);
  g_assert_no_error (error);
  write_file (dir, "expected.json", expected);
  write_file (dir, "out.json", csl);
  write_file (dir, "out.bib", bibtex);
  write_file (dir, "out.ris", ris);
  {
    const char *argv[] = { "python3", script, schema, dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                  &error);
  }
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (const char *const *name =
           (const char *const[]){ "expected.json", "out.json", "out.bib", "out.ris", NULL };
       *name != NULL; name++)
    {
      g_autofree char *path = g_build_filename (dir, *name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Export Citations: the favourites and the highlighted passages of the store, from the index. */
static void
test_kept (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-cite-kept-XXXXXX", NULL);
  g_autofree char *index_path = g_build_filename (dir, "index.sqlite", NULL);
  g_autofree char *store_path = g_build_filename (dir, "library.ini", NULL);
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  const char *const folders[] = { seeds, NULL };
  g_autoptr (CmqIndex) index = cmq_index_new (index_path);
  g_autoptr (CmqStore) store = cmq_store_new (store_path);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (GPtrArray) citations = NULL;
  g_autoptr (CmqRelease) first = NULL;
  g_autoptr (CmqRelease) second = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *passage = NULL;
  g_autofree char *csl = NULL;
  const char *paragraph;
  guint missing = 99;

  cmq_index_set_folders (index, folders);
  g_assert_true (cmq_index_update (index, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cmq_store_load (store, &error));
  query = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  hits =
      cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, 10, CMQ_INDEX_QUERY_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 5);
  first = cmq_index_load_release (index, ((CmqIndexHit *) g_ptr_array_index (hits, 0))->id, NULL);
  second = cmq_index_load_release (index, ((CmqIndexHit *) g_ptr_array_index (hits, 1))->id, NULL);
  g_assert_nonnull (first);
  g_assert_nonnull (second);

  cmq_store_set_favourite (store, first, TRUE);
  paragraph = cmq_release_get_paragraphs (second)[1];
  passage =
      cmq_store_add_passage (store, second, 2, 0, strchr (paragraph + 10, ' ') - paragraph, "blue");
  g_assert_nonnull (passage);
  g_assert_true (cmq_store_import_json (
      store, "[{\"id\": \"gone\", \"favourite\": true, \"title\": \"Gone\"}]", NULL, &error));

  citations =
      cmq_cite_kept (store, index, CMQ_CITE_KEPT_FAVOURITES | CMQ_CITE_KEPT_HIGHLIGHTS, &missing);
  g_assert_cmpuint (missing, ==, 1);
  g_assert_cmpuint (citations->len, ==, 2);
  for (guint i = 0; i < citations->len; i++)
    {
      CmqCitation *c = g_ptr_array_index (citations, i);

      if (c->paragraph == 0)
        g_assert_cmpstr (c->title, ==, cmq_release_get_title (first));
      else
        {
          g_assert_cmpstr (c->title, ==, cmq_release_get_title (second));
          g_assert_cmpuint (c->paragraph, ==, 2);
          g_assert_true (g_str_has_prefix (paragraph, c->quote));
        }
    }
  csl = cmq_cite_export_csl_json (citations, NULL);
  g_assert_nonnull (strstr (csl, "\"locator\" : \"2\""));
  g_clear_pointer (&citations, g_ptr_array_unref);
  citations = cmq_cite_kept (store, index, CMQ_CITE_KEPT_HIGHLIGHTS, NULL);
  g_assert_cmpuint (citations->len, ==, 1);

  g_clear_object (&index);
  g_clear_object (&store);
  cmq_test_remove_tree (dir);
}

static void
test_format_for_name (void)
{
  static const struct
  {
    const char *name;
    CmqCiteExportFormat chosen;
    const char *file_name;
  } cases[] = {
    { "Citations.json", CMQ_CITE_EXPORT_BIBTEX, "Citations.bib" },
    { "Citations.json", CMQ_CITE_EXPORT_CSL_JSON, "Citations.json" },
    { "refs", CMQ_CITE_EXPORT_RIS, "refs.ris" },
    { "refs.BIB", CMQ_CITE_EXPORT_BIBTEX, "refs.BIB" },
    { "refs.ris", CMQ_CITE_EXPORT_CSL_JSON, "refs.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file_name = NULL;

      g_assert_cmpint (cmq_cite_export_format_for_name (cases[i].name, cases[i].chosen, &file_name),
                       ==, cases[i].chosen);
      g_assert_cmpstr (file_name, ==, cases[i].file_name);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cite/reference-forms", test_reference_forms);
  g_test_add_func ("/cite/quote", test_quote);
  g_test_add_func ("/cite/html-escaped", test_html_escaped);
  g_test_add_func ("/cite/dates", test_dates);
  g_test_add_func ("/cite/what-is-not-known", test_what_is_not_known);
  g_test_add_func ("/cite/bibtex-escape", test_bibtex_escape);
  g_test_add_func ("/cite/exports-read-back", test_exports_read_back);
  g_test_add_func ("/cite/kept", test_kept);
  g_test_add_func ("/cite/format-for-name", test_format_for_name);

  return g_test_run ();
}
