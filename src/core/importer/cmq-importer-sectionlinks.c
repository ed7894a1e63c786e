/* cmq-importer-sectionlinks.c: a news site's link to more items of a section, alone on its line
 * under the story's last sentence ("Meer uit Binnenland", heldout27 anp-01; "More from Europe",
 * "Plus de Sport", "Mehr aus der Region"), the section's teasers under it: the page's, not the
 * story's, whatever the teasers look like (an agency's items open with their own wire
 * datelines). The links' words are data (section-links.txt).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define SECTION_LINKS_PATH "/io/github/communique/Communique/core/section-links.txt"

/* The link's words and a section's name of at most three words: "Meer uit Binnenland". */
#define MAX_SECTION_LINK_WORDS 6

/* The links of section-links.txt as one pattern: from the line's start, a link's words, then a
 * section's name of a few words opening with a capital, no mark of a sentence or a figure. */
static CmqRegex *
section_link_regex (void)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_autofree char *any = cmq_importer_data_alternation (SECTION_LINKS_PATH, "section links");
      g_autofree char *pattern =
          g_strdup_printf ("^\\s*(?:%s)(?-i:\\p{Lu})[^.,;:!?\\d]{0,40}$", any);

      regex = cmq_regex_new (pattern, TRUE);
      g_once_init_leave (&initialised, 1);
    }
  return regex;
}

guint
cmq_importer_section_link_start (GArray *lines, const LineInfo *info, guint first)
{
  guint above = first;

  for (guint i = first + 1; i < lines->len; i++)
    {
      if (is_blank (lines, i))
        continue;
      /* under a sentence of the story, with the section's items under it */
      if (info[i].words >= 2 && info[i].words <= MAX_SECTION_LINK_WORDS && !info[i].sentence &&
          above > first && info[above].sentence && info[above].body &&
          nonblank_below (lines, i) < lines->len &&
          cmq_regex_match (section_link_regex (), g_array_index (lines, Line, i).text))
        return i;
      above = i;
    }
  return lines->len;
}
