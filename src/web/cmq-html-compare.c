/* cmq-html-compare.c: two releases aligned, as a self-contained, script-free HTML page.
 *
 * As cmq-html.c: the text of both releases is untrusted, every field goes through escape_into()
 * (cmq_html_escape_into(), with a line break shown), the page carries the same
 * Content-Security-Policy (no script, nothing remote) and the only
 * markup is the one written here. Moves are linked with in-page anchors; unchanged paragraphs are
 * folded in <details>, which opens without a script.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-html-compare"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-html-compare.h"
#include "cmq-html-page.h"
#include "cmq-html.h"

/* The text escaped; a line break, where a split or merged paragraph breaks, is shown. */
static void
escape_into (GString *out, const char *text)
{
  const char *line = text;

  for (const char *nl; (nl = strchr (line, '\n')) != NULL; line = nl + 1)
    {
      cmq_html_escape_into (out, line, nl - line);
      g_string_append (out, "<span class=\"break\">¶</span><br>");
    }
  cmq_html_escape_into (out, line, -1);
}

static void
append_side (GString *out, const char *which, CmqRelease *release)
{
  g_autofree char *date = cmq_release_format_date (release);
  const char *source = cmq_release_get_source (release);
  g_autofree char *name = g_path_get_basename (cmq_release_get_file (release));

  g_string_append (out, "<section class=\"side\">\n<p class=\"which\">");
  escape_into (out, which);
  g_string_append (out, "</p>\n<h1>");
  escape_into (out, cmq_release_get_title (release));
  g_string_append (out, "</h1>\n<p class=\"date\">");
  if (date != NULL)
    {
      g_string_append (out, "<time");
      if (cmq_release_get_date (release) != NULL)
        {
          g_string_append (out, " datetime=\"");
          escape_into (out, cmq_release_get_date (release));
          g_string_append_c (out, '"');
        }
      g_string_append_c (out, '>');
      escape_into (out, date);
      g_string_append (out, "</time>");
    }
  else
    escape_into (out, _("No date in the text"));
  /* The file's name tells the two versions apart; its whole path is in the tooltip. */
  g_string_append (out, "</p>\n<p class=\"source\" title=\"");
  escape_into (out, cmq_release_get_file (release));
  g_string_append (out, "\">");
  if (source != NULL)
    {
      escape_into (out, source);
      g_string_append (out, " · ");
    }
  escape_into (out, name);
  g_string_append (out, "</p>\n</section>\n");
}

static void
append_spans (GString *out, GPtrArray *spans)
{
  g_string_append (out, "<p>");
  for (guint i = 0; i < spans->len; i++)
    {
      CmqDiffSpan *span = g_ptr_array_index (spans, i);
      const char *tag = span->op == CMQ_DIFF_DELETE   ? "del"
                        : span->op == CMQ_DIFF_INSERT ? "ins"
                                                      : NULL;

      if (tag != NULL)
        g_string_append_printf (out, "<%s>", tag);
      escape_into (out, span->text);
      if (tag != NULL)
        g_string_append_printf (out, "</%s>", tag);
    }
  g_string_append (out, "</p>\n");
}

/* The label of a change, in a <mark> for the reader view's stepping, and where it is. */
static char *
label_of (const CmqCompareItem *item)
{
  switch (item->kind)
    {
    case CMQ_COMPARE_REWORDED:
      /* Translators: a paragraph of the compare view whose words changed; %u is its number */
      return g_strdup_printf (_("Reworded, paragraph %u"), item->b_first + 1);
    case CMQ_COMPARE_ADDED:
      /* Translators: a paragraph new in the second release; %u is its number there */
      return g_strdup_printf (_("Added, paragraph %u"), item->b_first + 1);
    case CMQ_COMPARE_REMOVED:
      /* Translators: a paragraph of the first release missing from the second; %u is its number
       * in the first */
      return g_strdup_printf (_("Removed, paragraph %u of the first"), item->a_first + 1);
    case CMQ_COMPARE_SPLIT:
      return g_strdup_printf (
          /* Translators: one paragraph became several; %u is how many */
          ngettext ("Split in %u paragraph", "Split in %u paragraphs", item->b_count),
          item->b_count);
    case CMQ_COMPARE_MERGED:
      return g_strdup_printf (
          /* Translators: several paragraphs became one; %u is how many */
          ngettext ("Merged from %u paragraph", "Merged from %u paragraphs", item->a_count),
          item->a_count);
    case CMQ_COMPARE_MOVED:
      /* Translators: a paragraph found elsewhere; the first %u is where it is now, the second
       * where it was in the first release */
      return g_strdup_printf (_("Moved to paragraph %u, from paragraph %u"), item->b_first + 1,
                                 item->a_first + 1);
    default:
      g_assert_not_reached ();
    }
}

static void
append_change (GString *out, const CmqCompareItem *item, guint index, guint change)
{
  g_autofree char *label = label_of (item);

  g_string_append_printf (out, "<section class=\"change %s\" id=\"%s-%u\">\n<p class=\"kind\">",
                          cmq_compare_kind_to_string (item->kind),
                          item->kind == CMQ_COMPARE_MOVED ? "moved" : "change", index);
  g_string_append_printf (out, "<mark data-change=\"%u\">", change);
  escape_into (out, label);
  g_string_append (out, "</mark>");
  if (item->kind == CMQ_COMPARE_MOVED && item->link >= 0)
    {
      g_string_append_printf (out, " <a href=\"#away-%d\">", item->link);
      escape_into (out, _("where it was"));
      g_string_append (out, "</a>");
    }
  g_string_append (out, "</p>\n");
  append_spans (out, item->spans);
  g_string_append (out, "</section>\n");
}

static void
append_moved_away (GString *out, CmqComparison *cmp, const CmqCompareItem *item, guint index)
{
  const CmqCompareItem *moved = cmq_comparison_get_item (cmp, item->link);
  g_autofree char *text = NULL;

  /* Translators: where a moved paragraph stood; the first %u is its number in the first
   * release, the second its number in the second */
  text = g_strdup_printf (_("Paragraph %u moved: now paragraph %u"), item->a_first + 1,
                             moved->b_first + 1);
  g_string_append_printf (out, "<p class=\"moved-away\" id=\"away-%u\"><a href=\"#moved-%d\">",
                          index, item->link);
  escape_into (out, text);
  g_string_append (out, "</a></p>\n");
}

/* A run of unchanged paragraphs from item @from on; returns the item after it. */
static guint
append_unchanged (GString *out, CmqComparison *cmp, guint from)
{
  guint n = cmq_comparison_get_n_items (cmp), end = from;
  g_autofree char *label = NULL;

  while (end < n && cmq_comparison_get_item (cmp, end)->kind == CMQ_COMPARE_UNCHANGED)
    end++;
  /* Translators: the label of a folded run of paragraphs the two releases share */
  label = g_strdup_printf (
      ngettext ("%u unchanged paragraph", "%u unchanged paragraphs", end - from), end - from);
  g_string_append (out, "<details class=\"unchanged\">\n<summary>");
  escape_into (out, label);
  g_string_append (out, "</summary>\n");
  for (guint k = from; k < end; k++)
    append_spans (out, cmq_comparison_get_item (cmp, k)->spans);
  g_string_append (out, "</details>\n");
  return end;
}

static void
append_head (GString *out, CmqRelease *a, CmqRelease *b, const char *page_class)
{
  g_autofree char *title =
      g_strconcat (cmq_release_get_title (a), " ↔ ", cmq_release_get_title (b), NULL);

  cmq_html_append_head (out, cmq_release_get_language (b), page_class, title,
                        CMQ_HTML_SHEET_READER | CMQ_HTML_SHEET_COMPARE);
}

char *
cmq_html_render_comparison (CmqRelease *a, CmqRelease *b, CmqComparison *cmp,
                            const char *page_class)
{
  GString *out;
  g_autofree char *summary = NULL;
  guint change = 0;

  g_return_val_if_fail (CMQ_IS_RELEASE (a) && CMQ_IS_RELEASE (b), NULL);
  g_return_val_if_fail (cmp != NULL, NULL);

  out = g_string_sized_new (16384);
  append_head (out, a, b, page_class);
  g_string_append (out, "<body>\n<article class=\"compare\">\n<header>\n<div class=\"sides\">\n");
  append_side (out, _("First release"), a);
  append_side (out, _("Second release"), b);
  summary = cmq_comparison_summary (cmp);
  g_string_append (out, "</div>\n<p class=\"summary\">");
  escape_into (out, summary);
  g_string_append (out, "</p>\n</header>\n");

  for (guint k = 0; k < cmq_comparison_get_n_items (cmp);)
    {
      const CmqCompareItem *item = cmq_comparison_get_item (cmp, k);

      if (item->kind == CMQ_COMPARE_UNCHANGED)
        k = append_unchanged (out, cmp, k);
      else
        {
          if (item->kind == CMQ_COMPARE_MOVED_AWAY)
            append_moved_away (out, cmp, item, k);
          else
            append_change (out, item, k, ++change);
          k++;
        }
    }
  g_string_append (out, "</article>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
