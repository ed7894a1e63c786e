/* cmq-html-page.c: the escaping and the head every page of the reader's view shares.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-html"

#include <string.h>

#include "cmq-html-page.h"
#include "cmq-html.h"
#include "cmq-web-resources.h"

void
cmq_html_escape_into (GString *out, const char *text, gssize len)
{
  const char *end = text + (len < 0 ? (gssize) strlen (text) : len);

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* A style sheet of the resources, read once and kept: the pages carry them inline. */
static const char *
style_sheet (guint which)
{
  static GBytes *sheets[2];
  static const char *const paths[] = { "/io/github/communique/Communique/web/reader.css",
                                       "/io/github/communique/Communique/web/compare.css" };

  g_assert (which < G_N_ELEMENTS (sheets));
  if (g_once_init_enter (&sheets[which]))
    {
      GBytes *data = g_resource_lookup_data (cmq_web_get_resource (), paths[which],
                                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      g_assert (data != NULL);
      g_once_init_leave (&sheets[which], data);
    }
  return g_bytes_get_data (sheets[which], NULL);
}

static void
append_attribute (GString *out, const char *name, const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  g_string_append_printf (out, " %s=\"", name);
  cmq_html_escape_into (out, value, -1);
  g_string_append_c (out, '"');
}

void
cmq_html_append_head (GString *out, const char *language, const char *page_class, const char *title,
                      CmqHtmlSheets sheets)
{
  g_return_if_fail (out != NULL && title != NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html");
  append_attribute (out, "lang", language);
  append_attribute (out, "class", page_class);
  g_string_append (out,
                   ">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"" CMQ_HTML_CSP "\">\n"
                   "<meta name=\"color-scheme\" content=\"light dark\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
  cmq_html_escape_into (out, title, -1);
  g_string_append (out, "</title>\n<style>\n");
  if (sheets & CMQ_HTML_SHEET_READER)
    g_string_append (out, style_sheet (0));
  if (sheets & CMQ_HTML_SHEET_COMPARE)
    g_string_append (out, style_sheet (1));
  g_string_append (out, "</style>\n</head>\n");
}
