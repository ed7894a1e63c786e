/* cmq-importer-infopointers.c: a line under the story that sends its reader to another
 * document for more ("Pour de plus amples renseignements, voir le fiche d'information.",
 * heldout27 heritage-01; "For more information, see the backgrounder."), with nothing of the
 * story under it: the page's pointer to a link the dump lost, not the story's last paragraph.
 * The words are data (information-pointers.txt).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define INFORMATION_POINTERS_PATH "/io/github/communique/Communique/core/information-pointers.txt"

/* Such a line is this short: the request, the verb, the document's name. */
#define MAX_POINTER_WORDS 25
/* Under it, at most this many lines: a contact's prompt, names, numbers, addresses. */
#define MAX_LINES_AFTER_POINTER 8

/* The pointers of information-pointers.txt as one pattern on a key, from its start. */
static CmqRegex *
pointer_regex (void)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_autofree char *any =
          cmq_importer_data_alternation (INFORMATION_POINTERS_PATH, "information pointers");
      g_autofree char *pattern = g_strdup_printf ("^(?:%s)\\b", any);

      regex = cmq_regex_new (pattern, TRUE);
      g_once_init_leave (&initialised, 1);
    }
  return regex;
}

/* Whether line @i is such a pointer. */
static gboolean
is_pointer (GArray *lines, const LineInfo *info, guint i)
{
  const char *key = g_array_index (lines, Line, i).key;

  return key != NULL && info[i].words <= MAX_POINTER_WORDS &&
         cmq_regex_match (pointer_regex (), key);
}

guint
cmq_importer_information_pointer_start (GArray *lines, const LineInfo *info, guint first)
{
  guint n_after = 0;

  for (guint i = lines->len; i-- > first + 1 && n_after <= MAX_LINES_AFTER_POINTER;)
    {
      if (is_blank (lines, i))
        continue;
      if (is_pointer (lines, info, i))
        {
          guint above;

          /* a run of pointers, one link each ("See here: …", "See here further …: …") */
          while ((above = nonblank_above (lines, i)) < i && above > first &&
                 is_pointer (lines, info, above))
            i = above;
          return i;
        }
      /* a sentence of the story under it: it is the story's */
      if (info[i].body && info[i].sentence && info[i].words >= MIN_SENTENCE_WORDS)
        return lines->len;
      n_after++;
    }
  return lines->len;
}
