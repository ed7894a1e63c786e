/* cmq-importer-listdescriptions.c: the description a site writes under the heading of its list
 * of releases ("Latest press releases from Cancer Research UK, as well as …", heldout21 cruk-01;
 * "Les derniers communiqués de presse du ministère", "Aktuelle Pressemitteilungen der Stadt"):
 * the latest or recent releases of a kind, in the plural, and whose they are. It tells what the
 * page lists, not what a release says, so the story starts at the next paragraph (if there is
 * one: the only paragraph is never dropped). A section's description that says what its texts
 * are ("Press releases are short texts …") is cmq-importer-notices.c's. Under such a description,
 * the release is the list's first item, a headline and its summary, and the story ends where the
 * next item's headline starts, when every line under it is an item so made: a headline, then one
 * short paragraph (a release's own subheadings head longer sections).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-listdescriptions.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A list's description is this short: one sentence naming the kind and its senders. */
#define MAX_DESCRIPTION_WORDS 30
/* It is among this many lines above the first item's summary (the item's headline between). */
#define MAX_LINES_ABOVE 4
/* An item's summary is one paragraph this short at most, */
#define MAX_SUMMARY_WORDS 50
/* and there are this many items at least under the release. */
#define MIN_NEXT_ITEMS 2

/* The words, as keys, that open a list's description before the kind in the plural. */
static const char *const openers[] = {
  "latest ",        "the latest ",   "recent ",      "our latest ", "all ",        "les derniers ",
  "les dernieres ", "derniers ",     "dernieres ",   "tous les ",   "toutes les ", "aktuelle ",
  "die aktuellen ", "die neuesten ", "neueste ",     "gli ultimi ", "ultimi ",     "le ultime ",
  "ultime ",        "los ultimos ",  "las ultimas ", "ultimos ",    "ultimas ",    "de laatste ",
  "laatste ",       "recente ",      "najnowsze ",   "os ultimos ", "as ultimas ", NULL,
};

/* The words, as keys, that say whose the releases are, after the kind. */
static const char *const owners[] = {
  "from", "of",    "by",  "de",    "du",  "des", "d",  "von", "der", "vom", "des", "di",
  "del",  "della", "dei", "degli", "van", "uit", "da", "do",  "dos", "das", NULL,
};

/* A sender's name in a description is this short. */
#define MAX_SENDER_WORDS 8

/* Whether @key is a list's description: an opener, a kind in the plural, then its owner; @before
 * set (when not NULL) to the number of words before the owner's word. */
static gboolean
list_description_owner (const char *key, guint *before)
{
  const char *rest = NULL;
  gsize n;

  for (guint i = 0; openers[i] != NULL && rest == NULL; i++)
    if (g_str_has_prefix (key, openers[i]))
      rest = key + strlen (openers[i]);
  if (rest == NULL || *rest == '\0' || cmq_importer_kind_of_plural_start (rest, &n) == NULL ||
      n == 0 || rest[n] != ' ')
    return FALSE;
  rest += n + 1;
  for (guint i = 0; owners[i] != NULL; i++)
    if (g_str_has_prefix (rest, owners[i]) && rest[strlen (owners[i])] == ' ')
      {
        if (before != NULL)
          {
            g_autofree char *head = g_strndup (key, rest - key);

            *before = cmq_importer_count_words (g_strchomp (head));
          }
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_list_description (const char *key)
{
  return list_description_owner (key, NULL);
}

char *
cmq_importer_list_description_sender (const char *text, const char *key)
{
  static const char *const joins[] = { ",",     ";",   ".",   " and ", " as well as ", " et ",
                                       " und ", " e ", " y ", " en ",  " i ",          NULL };
  guint before = 0;
  const char *p = text;
  const char *end;
  g_autofree char *name = NULL;
  g_auto (GStrv) words = NULL;

  if (key == NULL || cmq_importer_count_words (key) > MAX_DESCRIPTION_WORDS ||
      !list_description_owner (key, &before))
    return NULL;
  /* past the opener, the kind and the owner's word, one word of the text for each of the key */
  for (guint w = 0; w <= before && p != NULL; w++)
    {
      p = strchr (p, ' ');
      if (p != NULL)
        p++;
    }
  if (p == NULL || !g_unichar_isupper (g_utf8_get_char (p)))
    return NULL;
  end = p + strlen (p);
  for (guint i = 0; joins[i] != NULL; i++)
    {
      const char *join = strstr (p, joins[i]);

      if (join != NULL && join < end)
        end = join;
    }
  name = g_strndup (p, end - p);
  g_strstrip (name);
  words = g_strsplit (name, " ", -1);
  if (*name == '\0' || g_strv_length (words) > MAX_SENDER_WORDS ||
      strpbrk (name, "0123456789!?:@/") != NULL)
    return NULL;
  return g_steal_pointer (&name);
}

guint
cmq_importer_skip_list_description (GArray *lines, const LineInfo *info, guint first)
{
  const Line *line;
  guint next;

  if (first >= lines->len || info[first].words > MAX_DESCRIPTION_WORDS ||
      role_at (lines, first) != CMQ_LINE_STORY)
    return first;
  line = &g_array_index (lines, Line, first);
  if (line->key == NULL || !is_list_description (line->key))
    return first;
  /* the first item's text: a paragraph, or a summary as long as one without its full stop; not
   * the item's headline */
  for (next = first + 1; next < lines->len; next++)
    if (role_at (lines, next) == CMQ_LINE_STORY &&
        (info[next].body || info[next].words >= MIN_BODY_WORDS))
      break;
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_LEADING_CHROME);
  return next;
}

/* Line @i could be a list item's headline: a short line opening with a capital, not a sentence
 * nor a label. */
static gboolean
is_item_headline (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return role_at (lines, i) == CMQ_LINE_STORY && !info[i].sentence && !info[i].label &&
         !info[i].known && !info[i].interface && info[i].words >= MIN_HEADLINE_WORDS &&
         info[i].words <= MAX_HEADLINE_WORDS && g_unichar_isupper (g_utf8_get_char (text));
}

/* Line @i could be an item's summary: one sentence-like paragraph of the story, short, perhaps
 * without its full stop ("… in 25 years' time"). */
static gboolean
is_item_summary (GArray *lines, const LineInfo *info, guint i)
{
  return role_at (lines, i) == CMQ_LINE_STORY &&
         (info[i].body || info[i].sentence || info[i].words >= MIN_BODY_WORDS) &&
         info[i].words <= MAX_SUMMARY_WORDS;
}

/* Whether a list's description, made leading chrome, is among the lines above @first. */
static gboolean
described_above (GArray *lines, const LineInfo *info, guint first)
{
  guint i = first;

  for (guint n = 0; n < MAX_LINES_ABOVE && (i = nonblank_above (lines, i)) < lines->len; n++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_LEADING_CHROME && line->key != NULL &&
          info[i].words <= MAX_DESCRIPTION_WORDS && is_list_description (line->key))
        return TRUE;
    }
  return FALSE;
}

guint
cmq_importer_list_items_start (GArray *lines, const LineInfo *info, guint first)
{
  guint next, i, n_items = 0;

  if (first >= lines->len || !is_item_summary (lines, info, first) ||
      !described_above (lines, info, first))
    return lines->len;
  next = nonblank_below (lines, first);
  /* every line to the end: a headline, then its summary */
  for (i = next; i < lines->len; i = nonblank_below (lines, i))
    {
      guint summary;

      if (!is_item_headline (lines, info, i))
        return lines->len;
      summary = nonblank_below (lines, i);
      if (summary >= lines->len || !is_item_summary (lines, info, summary))
        return lines->len;
      n_items++;
      i = summary;
    }
  if (n_items < MIN_NEXT_ITEMS)
    return lines->len;
  /* here, not by the cut alone: the release's summary may lack its full stop, and the cut keeps
   * the story to its last sentence-like paragraph */
  for (i = next; i < lines->len; i++)
    if (!is_blank (lines, i))
      set_role (lines, i, CMQ_LINE_TRAILING_CHROME);
  return next;
}
