/* cmq-importer-anchoredheads.c: headlines found from what stands under them, moved out of
 * cmq-importer-headline.c: the headline-shaped line just above the page's date line (or over a
 * standfirst above it), and the page's title above labelled fields of metadata.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Line @j, just above the page's date line, or the headline over it when @j is its deck
 * ("Bank Rate maintained at 5.25% - June 2024" over "Monetary Policy Summary and minutes …",
 * then "Published on 20 June 2024": cmq_importer_is_headline_over_subtitle ()), unless a kind
 * line ("News Release Article from …") or the site's greeting ("Willkommen auf den Seiten …");
 * the deck is then a standfirst. */
static guint
over_deck (GArray *lines, const LineInfo *info, guint j)
{
  guint k = nonblank_above (lines, j);

  if (k == lines->len || !cmq_importer_is_fresh_headline (lines, info, k) ||
      cmq_importer_is_kind_from_issuer (g_array_index (lines, Line, k).text) ||
      cmq_importer_is_welcome_line (g_array_index (lines, Line, k).key) ||
      !(cmq_importer_is_headline_over_subtitle (lines, info, k, j) ||
        cmq_importer_is_clause_deck (g_array_index (lines, Line, j).text)))
    return j;
  set_role (lines, j, CMQ_LINE_STANDFIRST);
  return k;
}

/* The headline-shaped line just above the release-date line nearest above the story ("Press
 * Conference by Foreign Minister IWAYA Takeshi" / "Friday, November 22, 2024, 1:46 p.m. …"), or
 * above a standfirst, one sentence-like paragraph, just above that line (the headline, its
 * summary, then "Date: …" and the byline; @over_standfirst then set); or lines->len. The kind
 * alone over the date ("Press Release" / "April 18, 2019"; heldout13 nokia-01) is a label: the
 * headline is the one under the date. */
guint
cmq_importer_date_anchored_headline (GArray *lines, const LineInfo *info, guint first,
                                     gboolean *over_standfirst)
{
  guint seen = 0;

  *over_standfirst = FALSE;
  for (guint i = first; i-- > 0 && seen < MAX_HEAD_LINES * 2;)
    {
      guint j, k;

      if (is_blank (lines, i))
        continue;
      seen++;
      if (role_at (lines, i) != CMQ_LINE_RELEASE_DATE)
        continue;
      /* "• 29/12/2025": a list's item opens with its date, its headline under it */
      if (cmq_importer_after_bullet (g_array_index (lines, Line, i).text) != NULL)
        return lines->len;
      /* nor is an office's name over the date ("Conseil d'Etat" / "communiqué de presse du 29
       * mars 2017"): the issuer, whose release's headline stands nearer the story */
      if ((j = nonblank_above (lines, i)) == lines->len ||
          cmq_importer_is_kind_label (g_array_index (lines, Line, j).text) ||
          cmq_importer_is_institution_name (g_array_index (lines, Line, j).text))
        return lines->len;
      if (cmq_importer_is_fresh_headline (lines, info, j))
        return over_deck (lines, info, j);
      if (!info[j].body || info[j].repeated || info[j].on_site ||
          (k = nonblank_above (lines, j)) == lines->len ||
          !cmq_importer_is_fresh_headline (lines, info, k))
        return lines->len;
      *over_standfirst = TRUE;
      return k;
    }
  return lines->len;
}

/* "Speaker:", "Date:", "Auteur :": a field's label alone on its line, its value on the next one. */
static gboolean
is_field_label (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, "^\\p{Lu}\\p{L}*(?: \\p{L}+){0,2}\\s*:\\s*$");
  return cmq_regex_match (regex, text);
}

/* Labelled fields read upwards from the headline, at least this many, say the page's metadata. */
#define MIN_LABELLED_FIELDS 2

/* Above the line @headline taken for the headline, fields each of a label alone on its line and
 * its value on the next ("Speaker:" / "Ministre des Affaires étrangères, …", "Date:" /
 * "08/26/19"), then a headline-shaped line: the page's title over its metadata, which @headline
 * under them, the title of the text itself, does not replace (heldout14 romania-01). Returns
 * that line, or lines->len. */
guint
cmq_importer_title_over_labelled_fields (GArray *lines, const LineInfo *info, guint headline)
{
  guint fields = 0, i = nonblank_above (lines, headline), label;

  while (i < lines->len && !is_field_label (g_array_index (lines, Line, i).text) &&
         (label = nonblank_above (lines, i)) < lines->len &&
         is_field_label (g_array_index (lines, Line, label).text))
    {
      fields++;
      i = nonblank_above (lines, label);
    }
  if (fields < MIN_LABELLED_FIELDS || i == lines->len ||
      !cmq_importer_is_fresh_headline (lines, info, i))
    return lines->len;
  return i;
}
