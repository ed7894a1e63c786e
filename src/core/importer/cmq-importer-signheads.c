/* cmq-importer-signheads.c: a headline that opens with a sign, not a letter: an amount ("£16M
 * Boost for University of Ulster Research", heldout37 ulster-01; "$3 Million Grant for …", "€5
 * millions pour …") or a label between brackets ("[Communiqué] La FF Handball apporte des
 * précisions …", heldout37 ffhb-01; "[Press release] …"). The headline's shape
 * (cmq-importer-headline.c) wants a letter, a figure or a quote mark first, so such a line, right
 * above the story with no headline found, was dropped as chrome and the title made of the lead.
 * It is taken as the headline when it is shaped like one; a label must name a kind
 * ("[Communiqué]"), which the release is then given.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-roles-private.h"
#include "cmq-importer-signheads.h"

/* A label between brackets is this long at most, brackets included ("[Communiqué de presse]"). */
#define MAX_LABEL_BYTES 32
/* The headline, past its sign, has this many words at least. */
#define MIN_SIGN_HEADLINE_WORDS 3

/* The length of the label between brackets that opens @text and names a kind ("[Communiqué]",
 * "[Press release]"), and the space after it, when a capital follows; 0 when there is none.
 * Another word in brackets ("[Note] …", "[Updated] …") may be the page's: the line is left to the
 * headline's own rules (test-importer-found13b.c). Sets *@kind to the label's kind. */
static gsize
kind_label_length (const char *text, const char **kind)
{
  const char *close = text[0] == '[' ? strchr (text, ']') : NULL;
  const char *after;
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  if (close == NULL || close - text > MAX_LABEL_BYTES || close == text + 1 || close[1] != ' ')
    return 0;
  after = close + 2;
  if (!g_unichar_isupper (g_utf8_get_char (after)))
    return 0;
  label = g_strndup (text, close + 1 - text);
  folded = cmq_importer_fold (label);
  *kind = cmq_importer_kind_of_marked_label (g_strstrip (folded));
  return *kind != NULL ? (gsize) (after - text) : 0;
}

/* Whether @text opens with a currency sign and a figure ("£16M", "$3", "€5"). */
static gboolean
opens_with_amount (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL &&
         g_ascii_isdigit (*g_utf8_next_char (text));
}

/* Whether @text ends as a headline may: not as a sentence, a label or a clause cut short. */
static gboolean
ends_like_headline (const char *text)
{
  char last = text[strlen (text) - 1];

  return last != '.' && last != ':' && last != ',' && last != ';';
}

guint
cmq_importer_sign_opened_headline (GArray *lines, const LineInfo *info, guint first,
                                   CmqDumpParts *parts)
{
  guint i = nonblank_above (lines, first);
  const char *text;
  gsize label = 0;
  const char *kind = NULL;

  if (i >= lines->len || info[i].body)
    return lines->len;
  text = g_array_index (lines, Line, i).text;
  /* the precheck: a sign first */
  if (*text != '[' && *text != '$' && (guchar) *text < 0x80)
    return lines->len;
  if (!opens_with_amount (text) && (label = kind_label_length (text, &kind)) == 0)
    return lines->len;
  if (info[i].known || info[i].interface || info[i].repeated || info[i].on_site ||
      info[i].sentence || info[i].words < MIN_SIGN_HEADLINE_WORDS + (label > 0) ||
      info[i].words > MAX_HEADLINE_WORDS || !ends_like_headline (text))
    return lines->len;
  if (kind != NULL && parts->kind == NULL)
    parts->kind = kind;
  set_role (lines, i, CMQ_LINE_HEADLINE);
  return i;
}
