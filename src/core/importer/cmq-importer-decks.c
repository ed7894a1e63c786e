/* cmq-importer-decks.c: a headline over its deck, the line under it that tells more of the same
 * ("Bank Rate maintained at 5.25% - June 2024" over "Monetary Policy Summary and minutes of the
 * Monetary Policy Committee meeting", heldout11 boe-02), when the two share no word.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Whether @text has more letters in lower case than capitals: it is not written in capitals
 * ("NATO MULTIMEDIA ACCOUNT"). */
static gboolean
is_mostly_lower_case (const char *text)
{
  guint lower = 0, upper = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      lower += g_unichar_islower (c);
      upper += g_unichar_isupper (c);
    }
  return lower > upper;
}

/* The words, as keys, by which a site speaks to its reader ("Subscribe to our newsletter", "Your
 * password has been updated", "Abonnez-vous à notre lettre"), in the languages the importer
 * reads: a headline speaks of its subject, never to the reader. */
static const char *const reader_words[] = {
  "you",   "your",  "our",    "vous",  "votre", "vos",     "notre",   "dein",
  "deine", "unser", "unsere", "usted", "tu",    "nuestro", "nuestra", "vostro",
  "tuo",   "uw",    "jouw",   "onze",  "voce",  "nosso",   "nossa",   NULL,
};

/* Whether the key @key has one of reader_words. */
static gboolean
speaks_to_reader (const char *key)
{
  for (const char *p = key; *p != '\0';)
    {
      gsize len = strcspn (p, " ");

      for (guint i = 0; reader_words[i] != NULL; i++)
        if (strlen (reader_words[i]) == len && strncmp (reader_words[i], p, len) == 0)
          return TRUE;
      p += len + (p[len] == ' ');
    }
  return FALSE;
}

/* A line whose words are interface words for this share at least ("Skip to content Go to main
 * navigation Go to language selector") is the page's furniture, however long. */
#define MIN_INTERFACE_PERCENT 33

/* Whether the words of @key, a line's key, are interface words for MIN_INTERFACE_PERCENT. */
static gboolean
is_mostly_interface (const char *key)
{
  guint words = 0, interface = 0;
  char word[32];

  for (const char *p = key; *p != '\0';)
    {
      gsize len = strcspn (p, " ");

      if (len > 0 && len < sizeof word)
        {
          memcpy (word, p, len);
          word[len] = '\0';
          interface += cmq_importer_interface_kind (word, 1) != 0;
        }
      words += len > 0;
      p += len + (p[len] == ' ');
    }
  return words > 0 && interface * 100 >= words * MIN_INTERFACE_PERCENT;
}

/* "Archivi categoria: Presidenza della Repubblica": a label, a colon and a site's name, the title
 * of a page of links. */
static gboolean
is_label_and_site_name (const char *text)
{
  const char *colon = strrchr (text, ':');
  g_autofree char *key = NULL;

  if (colon == NULL)
    return FALSE;
  colon += strspn (colon + 1, " ") + 1;
  key = cmq_importer_key (colon);
  return *key != '\0' && cmq_importer_is_site_name (colon, key);
}

/* The word that opens a site's greeting to its reader, as keys, in the languages the importer
 * reads. */
static const char *const welcomes[] = {
  "welcome",    "willkommen",  "bienvenue", "benvenuti",  "benvenuto",
  "bienvenido", "bienvenidos", "welkom",    "bem vindo",  "bem vindos",
  "witamy",     "valkommen",   "velkommen", "tervetuloa", NULL,
};

gboolean
cmq_importer_is_welcome_line (const char *key)
{
  for (guint i = 0; welcomes[i] != NULL; i++)
    {
      gsize len = strlen (welcomes[i]);

      if (strncmp (key, welcomes[i], len) == 0 && (key[len] == ' ' || key[len] == '\0'))
        return TRUE;
    }
  return FALSE;
}

/* A word in lower case of this many letters at least is no small word a title leaves in lower
 * case ("and", "with", "für"): a sentence's. */
#define MIN_SENTENCE_WORD_LETTERS 5

/* Whether @text has a word of MIN_SENTENCE_WORD_LETTERS letters or more that starts in lower
 * case ("maintained", "rafforza"): it is written as a sentence, not in Title Case ("Media
 * Advisory 17-045"). */
static gboolean
has_lower_case_word (const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      guint letters = 0;
      gboolean lower = g_unichar_islower (g_utf8_get_char (p));

      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        {
          letters++;
          p = g_utf8_next_char (p);
        }
      if (lower && letters >= MIN_SENTENCE_WORD_LETTERS)
        return TRUE;
      if (letters == 0)
        p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* Whether @text ends a sentence with a full stop after a word in lower case ("Jens Stoltenberg,
 * Secretary General of NATO, at the meeting.", "Click this message to close."), at its end or
 * before more: a caption's or a notice's, where "Mr." or "U.S." end no sentence. */
static gboolean
ends_a_sentence (const char *text)
{
  for (const char *stop = strchr (text, '.'); stop != NULL; stop = strchr (stop + 1, '.'))
    {
      const char *p = stop;
      guint lower = 0;

      while (p > text && g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (p))))
        {
          p = g_utf8_prev_char (p);
          lower++;
        }
      if (lower >= 2 &&
          (p == text || !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p)))) &&
          (stop[1] == '\0' || stop[1] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "Il nuovo Direttore Generale della FAO rafforza l’impegno …": a line written as a sentence,
 * its words in lower case but for the first and the names' (a verb among them), not a heading in
 * Title Case nor a line in capitals, with no question or exclamation ("Didn't receive a code?
 * Send a new code"), not mostly interface words, not a place and its date
 * ("Paris, le 7 janvier 2015"), and not a site's name ("Ministère de l'Europe et des Affaires
 * étrangères", or after a label: "Archivi categoria: Presidenza della Repubblica") nor its
 * greeting ("Willkommen auf den Seiten …"): what a release's headline is, where a site's name, a
 * section's label or a page's furniture ("Ministry of Foreign Affairs", "LATEST NEWS", "Skip to
 * content …") or a line speaking to the reader ("Subscribe to our newsletter") is not. */
static gboolean
is_sentence_case_line (const char *text, const char *key, const LineInfo *info)
{
  return !info->heading && !info->label && strpbrk (text, "?!") == NULL &&
         !cmq_importer_is_title_case (text) && is_mostly_lower_case (text) &&
         g_unichar_isupper (g_utf8_get_char (text)) && has_lower_case_word (text) &&
         !is_mostly_interface (key) && !speaks_to_reader (key) &&
         !cmq_importer_is_place_date (text) && !cmq_importer_is_site_name (text, key) &&
         !is_label_and_site_name (text) && !cmq_importer_is_welcome_line (key) &&
         !ends_a_sentence (text) && !cmq_importer_is_near_known_chrome (key, info->words);
}

/* A deck says more of the headline in a line or two; a line of more words is a paragraph. */
#define MAX_DECK_WORDS 40

/* "On Friday (27 April 2001), the Secretary General thanked …", "Le dimanche 8 août 2004, …": the
 * line under a headline that states a day's date, or that is a paragraph, is the story's lead,
 * whose date is the release's, not a deck that a standfirst's place would drop with its date. */
static gboolean
is_story_lead (const Line *line, const LineInfo *info)
{
  CmqDateGuess guess;

  if (info->words > MAX_DECK_WORDS)
    return TRUE;
  return strpbrk (line->text, "0123456789") != NULL &&
         cmq_date_find_full (line->text, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
         guess.day != 0 && guess.month != 0;
}

gboolean
cmq_importer_is_sentence_over_deck (GArray *lines, const LineInfo *info, guint i, guint deck)
{
  const Line *line = &g_array_index (lines, Line, i);

  for (guint j = i + 1; j < deck; j++)
    if (*g_array_index (lines, Line, j).text != '\0')
      return FALSE;
  return i < deck && !is_story_lead (&g_array_index (lines, Line, deck), &info[deck]) &&
         is_sentence_case_line (line->text, line->key, &info[i]);
}

/* A deck that is a subordinate clause has this many words at least. */
#define MIN_CLAUSE_DECK_WORDS 5

/* "As Syria reports first case of COVID-19 and Yemen marks five years of war" (heldout19 stc-02):
 * a clause opened by a subordinating conjunction, with no comma, colon or stop after which a main
 * clause would follow: it hangs on the line above it, the headline, and is none by itself. */
gboolean
cmq_importer_is_clause_deck (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strpbrk (text, ",:;.?!") != NULL || cmq_importer_count_words (text) < MIN_CLAUSE_DECK_WORDS)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:as|while|although|though|whereas|because|alors que|tandis que|bien que|"
                 "parce que|wahrend|obwohl|weil|mientras|aunque|porque|mentre|sebbene|enquanto|"
                 "embora|terwijl|omdat|hoewel)\\s");
  return cmq_regex_match (regex, folded);
}
