/* cmq-importer-listruns.c: the next item of a list that the story announces with a colon and
 * whose items are the story's paragraphs ("The new investments include:", then "- More than
 * double The Emirates FA Cup prize fund … This will benefit all participating clubs …", then
 * "- Increasing our investment in grassroots participation activities by nearly £6m per year",
 * heldout24 huntsfa-01): short and without a full stop, it is the list's last item, not the
 * page's chrome; a story paragraph is never dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The bullet that opens @text followed by a space ("- ", "• ", "– "), or 0. */
static gunichar
item_bullet (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  if (c != '-' && c != '*' && c != 0x2022 && c != 0x2013 && c != 0x25AA && c != 0x25CF &&
      c != 0x25E6 && c != 0x00B7)
    return 0;
  return g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (text))) ? c : 0;
}

/* Whether @text holds a whole sentence before its end: a word of this many letters at least,
 * in lower case, its full stop, a space and a capital ("… from the 2018/19 season. This will …";
 * not "U.S. Army", "Mr. Smith"). */
#define MIN_STOPPED_WORD_CHARS 4

static gboolean
holds_sentence (const char *text)
{
  for (const char *stop = strstr (text, ". "); stop != NULL; stop = strstr (stop + 1, ". "))
    {
      const char *p = stop;
      guint n = 0;

      while (p > text && g_ascii_islower (p[-1]))
        {
          p--;
          n++;
        }
      if (n >= MIN_STOPPED_WORD_CHARS && (p == text || p[-1] == ' ') &&
          g_unichar_isupper (g_utf8_get_char (stop + 2)))
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_importer_continues_story_list (GArray *lines, const LineInfo *info, guint i)
{
  gunichar bullet = item_bullet (g_array_index (lines, Line, i).text);
  gboolean story_item = FALSE;

  if (bullet == 0 || info[i].known || info[i].repeated || info[i].interface || info[i].on_site)
    return FALSE;
  for (guint k = i; k-- > 0;)
    {
      const Line *line = &g_array_index (lines, Line, k);
      gsize len = strlen (line->text);

      if (is_blank (lines, k))
        continue;
      if (item_bullet (line->text) == bullet)
        {
          /* an item above that is a paragraph of the story, or holds a sentence of it, makes the
           * list the story's */
          story_item = story_item || ((info[k].body || holds_sentence (line->text)) &&
                                      line->role == CMQ_LINE_STORY);
          continue;
        }
      return story_item && len > 0 && line->text[len - 1] == ':' && line->role == CMQ_LINE_STORY &&
             !info[k].interface && !info[k].known;
    }
  return FALSE;
}
