/* fuzz-html.c: libFuzzer target for the HTML renderer: a release of any text, with quotations
 * pointing anywhere and a search query, rendered; no markup may come from the text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-html"

#include <string.h>

#include "cmq-html.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

/* Counts "<" in @html after <body>: every one must be a tag the renderer wrote. */
static void
check_tags (const char *html)
{
  static const char *const allowed[] = {
    "<article>", "</article>", "<header>", "</header>",      "<h1>",         "</h1>",
    "<p>",       "<p ",        "</p>",     "<time",          "</time>",      "<span ",
    "</span>",   "<mark>",     "</mark>",  "<blockquote>",   "<blockquote ", "</blockquote>",
    "<footer>",  "</footer>",  "<cite>",   "<a href=\"http", "</a>",         "</cite>",
    "</body>",   "</html>",    NULL,
  };
  const char *body = strstr (html, "<body>");

  g_assert (body != NULL);
  for (const char *p = strchr (body + 1, '<'); p != NULL; p = strchr (p + 1, '<'))
    {
      gboolean known = FALSE;

      for (guint i = 0; allowed[i] != NULL && !known; i++)
        known = g_str_has_prefix (p, allowed[i]);
      if (!known)
        g_error ("the renderer wrote a tag it does not know: %.40s", p);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* Lines: the query, the title, then paragraphs. Release text is always valid UTF-8. */
  g_autofree char *valid = g_utf8_make_valid ((const char *) data, size);
  g_auto (GStrv) lines = g_strsplit (valid, "\n", -1);
  guint n_lines = g_strv_length (lines);
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (CmqRelease) release = NULL;
  g_autofree char *html = NULL;
  CmqReleaseInfo info = {
    0,
  };
  const char *const *paragraphs;

  if (n_lines < 3)
    return 0;
  paragraphs = (const char *const *) lines + 2;
  /* A quote from the middle of each paragraph to its end, with the paragraph as speaker; and one
   * pointing past the last paragraph. */
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *middle =
          g_utf8_offset_to_pointer (paragraphs[i], g_utf8_strlen (paragraphs[i], -1) / 2);

      g_ptr_array_add (quotes, cmq_quote_new (middle, i % 2 ? paragraphs[i] : NULL, i));
    }
  g_ptr_array_add (quotes, cmq_quote_new (lines[1], NULL, n_lines));

  info.file = "fuzz.txt";
  info.title = lines[1];
  info.language = size % 2 ? "en" : "fr\"><script>";
  info.paragraphs = paragraphs;
  info.quotes = quotes;
  info.year = size % 3 ? 2024 : 0;
  info.month = 1 + size % 12;
  info.day = 1 + size % 28;
  info.date_source = (CmqDateSource) (size % 4);
  release = cmq_release_new (&info);
  query =
      cmq_query_parse (lines[0], size % 5 ? CMQ_QUERY_FLAGS_LAST_IS_PREFIX : CMQ_QUERY_FLAGS_NONE);

  html = cmq_html_render_release (release, query);
  g_assert (g_utf8_validate (html, -1, NULL));
  check_tags (html);
  return 0;
}
