/* cmq-importer-captions.c: a photo's caption, its credit and the label a picture leaves on its
 * line, wherever they stand in a dump: they are never the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* "… adresse le Conseil d'administration. ©Nicolo Gnecchi/PNUD", "… Achim Steiner. Foto: David
 * Fisher/Oxford Martin School" (heldout8 undp-01, undp-03): a credit without brackets after the
 * caption's last sentence, to the end of the line, with no sentence of its own. */
static gboolean
ends_with_bare_credit (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* Most lines have neither the colon nor the sign the credit needs: no regex for them. */
  if (strchr (text, ':') == NULL && strstr (text, "©") == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "[.!?]\\s+(?:(?:photos?|fotos?|credits?|cr[ée]dits?|pictures?)\\s*:|©)"
                 "[^.!?:©]{1,80}$");
  return cmq_regex_match (regex, text);
}

/* "Image", "Photo", "Video": the label a page's picture leaves alone on its line; the line under
 * it is the picture's caption (heldout8 icc-01). The label is one word (@words, of its key):
 * the other lines need no regex. */
static gboolean
is_media_label (const char *text, guint words)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (words != 1)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:image|photo|picture|foto|video|illustration)s?\\s*$");
  return cmq_regex_match (regex, text);
}

/* "Foto: ©FAO/Jane Doe", "Photo credit: J. Smith": a picture's credit alone on its line, a label
 * and a name; the line right under it, with no blank line between, is that picture's caption. */
gboolean
cmq_importer_is_credit_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:photos?|fotos?|pictures?|images?|bild|credits?|cr[ée]dits?)"
                 "(?:\\s+(?:credits?|cr[ée]dits?|by))?\\s*(?::|©)[^!?:]{1,60}$");
  return cmq_regex_match (regex, text);
}

/* A caption naming its picture's type has at most this many words: "Headshot of Nigel
 * Sheinwald", "Photo of the Minister of Defence". */
#define MAX_PICTURE_OF_WORDS 6

/* "Headshot of Nigel Sheinwald" between the page's head and the story (heldout16
 * chathamhouse-01): a picture's type, the word for "of" and a capital, a few words with no stop,
 * in the languages the importer reads. */
static gboolean
is_picture_of (const char *text, guint words)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (words < 3 || words > MAX_PICTURE_OF_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:head ?shot|photo(?:graph)?|picture|image|foto(?:grafia)?|bild|"
                 "zdj[eę]cie)s?\\s+(?:of|de|du|des|di|del|della|von|vom|van|do|da)\\s+"
                 "(?:the\\s+)?\\p{Lu}");
  return cmq_regex_match (regex, text);
}

/* A photo's caption ends with its credit: "… Board of Governors. (Photo: D. Calma/IAEA)", or
 * comes under a picture's label (@after_label), or names its picture's type and subject. */
static gboolean
is_caption (const char *text, guint words, gboolean after_label)
{
  gsize len = strlen (text);

  return words <= MAX_CAPTION_WORDS && len > 0 &&
         ((text[len - 1] == ')' && cmq_importer_is_credit (text)) || ends_with_bare_credit (text) ||
          (after_label && !is_media_label (text, words)) || is_picture_of (text, words) ||
          cmq_importer_is_labelled_caption (text));
}

/* Whether line @i stands right under a picture's label or its credit line; under a credit, a
 * caption is short, opens with a capital and ends without a stop, and the credit does not cut a
 * paragraph (the line over it is blank or ends a sentence): a sentence, or the end of one cut
 * by the credit, is the story's and stays. */
static gboolean
follows_media_label (GArray *lines, const LineInfo *info, guint i)
{
  const char *above = g_array_index (lines, Line, i - 1).text;
  const char *text = g_array_index (lines, Line, i).text;

  if (is_media_label (above, info[i - 1].words))
    return TRUE;
  if (info[i].body || info[i].words > MAX_HEADLINE_WORDS || !cmq_importer_is_credit_line (above) ||
      cmq_importer_is_credit_line (text) || !g_unichar_isupper (g_utf8_get_char (text)) ||
      cmq_importer_ends_sentence (text))
    return FALSE;
  return i < 2 || is_blank (lines, i - 2) ||
         cmq_importer_ends_sentence (g_array_index (lines, Line, i - 2).text);
}

gboolean
cmq_importer_is_caption_line (GArray *lines, const LineInfo *info, guint i)
{
  return is_caption (g_array_index (lines, Line, i).text, info[i].words,
                     i > 0 && follows_media_label (lines, info, i)) ||
         cmq_importer_is_bare_caption_copy (lines, info, i);
}
