/* cmq-importer-headfurniture.c: lines of a page's head that are shaped like a headline and are
 * never one: a notice that the text was published elsewhere first ("Originally published"), a
 * picture's file name left as its text ("2-2016 Gun1", "IMG_2034"), and a postal code and its
 * place, perhaps with a wire's tag ("53937 Schleiden (ots)", "75008 Paris"): the place a
 * release was sent from, or an address.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* @regex, compiled from @pattern the first time, with case: a capital tells these shapes. */
static CmqRegex *
cased_regex_get (gsize *initialised, CmqRegex **regex, const char *pattern)
{
  if (g_once_init_enter (initialised))
    {
      *regex = cmq_regex_new (pattern, FALSE);
      g_once_init_leave (initialised, 1);
    }
  return *regex;
}

#define REPUBLICATION_NOTICES_PATH "/io/github/communique/Communique/core/republication-notices.txt"

/* A notice is this short: "Originally published on 12 August 2003 by the Disasters Emergency
 * Committee"; a longer line opening with the words is a sentence. */
#define MAX_NOTICE_WORDS 14

/* What may follow a notice's words: a date, or a word that opens its date, place or publisher
 * ("on", "in", "by", "le", "dans", "par", "am", "von", …); "First published novel wins" is a
 * headline. */
#define NOTICE_FOLLOWERS                                                                           \
  "on|in|at|by|as|from|le|la|les|dans|par|sur|en|au|aux|chez|am|im|von|bei|auf|unter|el|"          \
  "por|il|su|da|nel|sul|op|door|bij"

/* "Originally published", "First published on …", "Publié initialement dans …": the notice of a
 * site reposting a text (republication-notices.txt), read on the line's @key. */
static gboolean
is_republication_notice (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_auto (GStrv) lines =
          cmq_importer_data_lines (REPUBLICATION_NOTICES_PATH, "republication notices");
      g_autofree char *any = g_strjoinv (")|(?:", lines);
      g_autofree char *pattern = g_strdup_printf (
          "^(?:(?:%s))(?:$| (?:%s)\\b| \\d)", lines[0] != NULL ? any : "(?!)", NOTICE_FOLLOWERS);

      regex = cmq_regex_new (pattern, TRUE);
      g_once_init_leave (&initialised, 1);
    }
  return cmq_importer_count_words (key) <= MAX_NOTICE_WORDS && cmq_regex_match (regex, key);
}

/* A picture's file name is this many words at most. */
#define MAX_FILE_NAME_WORDS 3

/* "2-2016 Gun1", "IMG_2034", "DSC01234", "photo-3.jpg": a picture's file name where its text
 * should be. Every word is figures (with dashes or underscores), a word glued to figures with a
 * small letter in it ("Gun1", "IMG_2034": a camera's or a person's name for a file), or holds an
 * underscore; one at least is a name glued to figures or holds an underscore, so that "2016
 * G20" or "COP 21" are not file names. A name with a picture's extension is one too. */
static gboolean
is_image_file_name (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  static gsize initialised_ext = 0;
  static CmqRegex *extension = NULL;
  g_auto (GStrv) words = NULL;
  gboolean named = FALSE;
  guint n = 0;

  cmq_regex_get (&initialised_ext, &extension, /* caseless */
                 "^\\S+\\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic|svg)$");
  if (cmq_regex_match (extension, text))
    return TRUE;
  cased_regex_get (&initialised, &regex,
                   "^(?:[a-z]*_[\\w-]*|\\p{Lu}?\\p{Ll}+\\d+|\\p{Lu}{2,4}_?\\d{3,})$");
  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (++n > MAX_FILE_NAME_WORDS)
        return FALSE;
      if (cmq_regex_match (regex, words[i]))
        named = TRUE;
      else if (strspn (words[i], "0123456789-_") != strlen (words[i]))
        return FALSE;
    }
  return named;
}

/* "53937 Schleiden (ots)", "D-53937 Schleiden", "69002 Lyon", "1000 Bruxelles (Belga)": a postal
 * code (four or five figures, a country's letter before it) and a place of one to three words,
 * then perhaps a wire's or agency's tag in parentheses: where the release was sent from, never
 * its headline. Four figures that could be a year ("2016 Olympics") need the tag. */
static gboolean
is_postal_place (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int start = -1, end = -1, tag = -1;

  cased_regex_get (
      &initialised, &regex,
      "^(?:[A-Z]{1,2}-)?(\\d{4,5})\\s+\\p{Lu}[\\p{L}.'’-]*"
      "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|am|an|der|im|in|bei|ob|sur|sous|les|la|le|de|du|en|lès))"
      "{0,3}(\\s*\\((?i:ots|dpa|afp|ap|apa|sda|ats|ansa|kna|epd|ddp|belga|anp|efe|pts|lusa)\\))?$");
  if (!cmq_regex_find (regex, text, 1, &start, &end) ||
      !cmq_regex_find (regex, text, 2, &tag, NULL))
    return FALSE;
  if (tag >= 0)
    return TRUE;
  return end - start == 5 ||
         !(g_str_has_prefix (text + start, "19") || g_str_has_prefix (text + start, "20"));
}

gboolean
cmq_importer_is_head_furniture (const char *text, const char *key)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return *text != '\0' && ((key != NULL && is_republication_notice (key)) ||
                           is_image_file_name (text) || is_postal_place (text));
}
