/* cmq-importer-kinds.c: the kind of a release (press release, statement, speech, transcript,
 * news story): the phrases of kinds.txt, and how a label line, a headline or a lead names it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-importer-private.h"

/* A label line's kind is followed by at most a number of this many words ("SG/SM/11324"). */
#define MAX_LABEL_REST_WORDS 3

/* A lead introducing a statement says so in its first bytes. */
#define MAX_LEAD_KIND_BYTES 160

#define KINDS_PATH "/io/github/communique/Communique/core/kinds.txt"

/* The kinds of kinds.txt, in the order they are tried. */
static const char *const kinds[] = { "press release", "statement", "speech", "transcript",
                                     "news story" };

/* The phrases of kinds[] by their first byte, as (kind << 16 | index in kind_words_get ()[kind]),
 * each list in the order of kind_words_get (): most lines open with a byte that opens none. */
static GArray *kind_phrases[256];

/* The phrases of kinds.txt, for each of kinds[] (cmq_importer_fold ()ed already), then those of
 * the labels that name no kind ("none"); kind_phrases[] filled. */
static GStrv *
kind_words_get (void)
{
  static gsize initialised = 0;
  static GStrv words[G_N_ELEMENTS (kinds) + 1];

  if (g_once_init_enter (&initialised))
    {
      g_autoptr (GBytes) bytes = NULL;
      g_auto (GStrv) lines = NULL;
      GStrvBuilder *builders[G_N_ELEMENTS (kinds) + 1];

      bytes = g_resource_lookup_data (cmq_core_get_resource (), KINDS_PATH, 0, NULL);
      g_assert (bytes != NULL);
      lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
      for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
        builders[i] = g_strv_builder_new ();
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_auto (GStrv) fields = g_strsplit (lines[l], "|", 2);

          if (lines[l][0] == '#' || g_strv_length (fields) != 2)
            continue;
          for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
            if (strcmp (g_strstrip (fields[0]), i < G_N_ELEMENTS (kinds) ? kinds[i] : "none") == 0)
              g_strv_builder_add (builders[i], g_strstrip (fields[1]));
        }
      for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
        {
          words[i] = g_strv_builder_end (builders[i]);
          g_strv_builder_unref (builders[i]);
        }
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        for (guint k = 0; words[i][k] != NULL; k++)
          {
            GArray **list = &kind_phrases[(guchar) words[i][k][0]];
            guint phrase = i << 16 | k;

            g_assert (k < 1 << 16);
            g_assert (strpbrk (words[i][k], CMQ_IMPORTER_NOT_IN_KIND_PHRASES) == NULL);
            if (*list == NULL)
              *list = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (*list, phrase);
          }
      g_once_init_leave (&initialised, 1);
    }
  return words;
}

/* The kind whose phrase opens @folded, the longest of those that do ("communique conjoint"
 * over "communique"), the first in kinds.txt of those as long, its bytes in @length; or NULL. */
static const char *
longest_kind_phrase (const char *folded, gsize *length)
{
  GStrv *all_words = kind_words_get ();
  const GArray *phrases = kind_phrases[(guchar) folded[0]];
  const char *kind = NULL;

  *length = 0;
  for (guint j = 0; phrases != NULL && j < phrases->len; j++)
    {
      guint i = g_array_index (phrases, guint, j) >> 16;
      const char *word = all_words[i][g_array_index (phrases, guint, j) & 0xFFFF];
      gsize n;

      /* the second byte first: most phrases of the same first letter differ there */
      if (word[1] != '\0' && word[1] != folded[1])
        continue;
      n = strlen (word);
      if (n > *length && strncmp (folded, word, n) == 0 && !g_ascii_isalnum (folded[n]))
        {
          *length = n;
          kind = kinds[i];
        }
    }
  return kind;
}

/* Whether @rest opens with one of @words. */
static gboolean
has_word_prefix (const char *rest, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (g_str_has_prefix (rest, words[i]))
      return TRUE;
  return FALSE;
}

/* A label's sender after its kind is this many words at most ("de la FNSEA:"). */
#define MAX_LABEL_SENDER_WORDS 6
/* A kind said with its sender is a word or phrase this long ("statement", not "nota"). */
#define MIN_SENDER_KIND_BYTES 8

/* Words that open a label's sender after its kind, in en fr de es it nl pt. */
static const char *const sender_words[] = { "of ",  "from ",  "de ",  "du ",  "des ", "d'",
                                            "der ", "von ",   "vom ", "del ", "dei ", "della ",
                                            "di ",  "van ",   "da ",  "do ",  "dos ", "das ",
                                            "dal ", "dalla ", NULL };

/* "Communiqué de la FNSEA:", "Press release of the Ministry:": @rest, after the kind of a label,
 * is its sender of a few words ending in a colon, with no sentence's punctuation, after a kind
 * phrase of @phrase_length bytes. */
static gboolean
is_label_sender (const char *rest, gsize phrase_length)
{
  gsize n = strlen (rest);

  /* "Nota do editor:", "News of the week:": a short word alone is a note's or a heading's */
  if (phrase_length < MIN_SENDER_KIND_BYTES)
    return FALSE;

  while (n > 0 && rest[n - 1] == ' ')
    n--;
  if (rest[0] != ' ' || n < 2 || rest[n - 1] != ':' || !has_word_prefix (rest + 1, sender_words))
    return FALSE;
  if (strcspn (rest, ".,;!?\"") < n || memchr (rest, ':', n - 1) != NULL)
    return FALSE;
  return cmq_importer_count_words (rest) <= MAX_LABEL_SENDER_WORDS;
}

const char *
cmq_importer_kind_of_start (const char *folded, gboolean whole)
{
  gsize n;
  const char *kind = longest_kind_phrase (folded, &n);
  const char *rest = folded + n;

  /* A label line: the kind, then at most a number ("Press Release SG/SM/11324"), not a headline
   * that opens with the kind and holds a date ("Transcription de la conférence de presse…, le 13
   * septembre"). */
  if (kind != NULL && whole && strcspn (rest, "abcdefghijklmnopqrstuvwxyz") < strlen (rest) &&
      (strpbrk (rest, "0123456789") == NULL ||
       cmq_importer_count_words (rest) > MAX_LABEL_REST_WORDS) &&
      !is_label_sender (rest, n))
    return NULL;
  return kind;
}

/* A label before a dash in a headline ("Q&R - Point de presse…") is this short. */
#define MAX_KIND_LABEL_BYTES 12
/* Words before a possessive in a headline naming its kind: "IAEA Director General's". */
#define MAX_POSSESSOR_BYTES 60

/* Words of a speaker before the kind in a headline ("Defence Secretary address to staff"). */
#define MAX_SPEAKER_WORDS 3

/* Words that open a statement's topic after its kind, in en fr de nl es it pt: "Electoral
 * Commission statement on the running of the polls" (heldout34 eleccomm-01). Only a statement
 * or a transcript is named so: a speech's nouns are too often others' ("intervention on prices",
 * "address on Main Street"). */
static const char *const topic_words[] = { "on ",  "regarding ",  "concerning ", "about ",
                                           "sur ", "concernant ", "zu ",         "zum ",
                                           "zur ", "over ",       "sobre ",      "su ",
                                           "sul ", "sulla ",      "sullo ",      "sulle ",
                                           "sui ", "sugli ",      NULL };

/* "Defence Secretary address to staff", "Executive Director Statement to the Board": the kind
 * after a speaker of a few words, addressed to its audience by the next word; or a statement on
 * its topic ("Electoral Commission statement on…"). */
static const char *
kind_after_speaker (const char *folded)
{
  static const char *const to[] = { "to ",     "at ",  "before ", "au ",   "aux ",
                                    "devant ", "vor ", "an ",     "ante ", NULL };
  const char *p = folded;

  for (guint words = 0; words < MAX_SPEAKER_WORDS && (p = strchr (p, ' ')) != NULL; words++)
    {
      gsize n;
      const char *kind = longest_kind_phrase (++p, &n);

      if (kind == NULL || p[n] != ' ')
        continue;
      if (has_word_prefix (p + n + 1, to))
        return kind;
      if ((strcmp (kind, "statement") == 0 || strcmp (kind, "transcript") == 0) &&
          has_word_prefix (p + n + 1, topic_words))
        return kind;
    }
  return NULL;
}

const char *
cmq_importer_kind_of_headline (const char *headline)
{
  /* "🔴 COMMUNIQUÉ DU PRÉSIDENT": a kind behind the symbols that mark the line is still one */
  g_autofree char *folded =
      cmq_importer_fold (headline + cmq_importer_leading_symbols_length (headline));
  const char *kind = cmq_importer_kind_of_start (folded, FALSE);
  const char *owner = strstr (folded, "'s ");
  const char *dash = strstr (folded, " - ");
  const char *next;

  /* "News and Press Release" taken for the headline: the page's labels, the most telling kind */
  if (kind != NULL && (next = cmq_importer_kind_of_joined_labels (headline)) != NULL)
    return next;

  /* "MFA Press Statement: Senior Parliamentary Secretary's Comments…": the issuer's label. */
  if (kind == NULL)
    kind = cmq_importer_kind_of_issuer_label (headline);

  /* "Q&R - Point de presse live (25 janvier 2024)": the kind after a short label. */
  if (kind == NULL && dash != NULL && dash - folded <= MAX_KIND_LABEL_BYTES)
    kind = cmq_importer_kind_of_start (dash + 3, FALSE);

  /* "The Secretary General's statement on…", "IAEA Director General's Introductory Statement to
   * the Board": the kind, at most one word after a possessive near the start. */
  if (kind == NULL && owner == NULL)
    return kind_after_speaker (folded);
  if (kind != NULL || owner - folded > MAX_POSSESSOR_BYTES)
    return kind;
  owner += 3;
  kind = cmq_importer_kind_of_start (owner, FALSE);
  next = strchr (owner, ' ');
  if (kind == NULL && next != NULL)
    kind = cmq_importer_kind_of_start (next + 1, FALSE);
  return kind;
}

/* Whether @kind is that of a text as it was spoken: a speech, or the transcript of what was said
 * (a press conference, an interview). */
static gboolean
is_spoken_kind (const char *kind)
{
  return g_strcmp0 (kind, "speech") == 0 || g_strcmp0 (kind, "transcript") == 0;
}

/* A label files the page where the site keeps it, among its press releases, statements or news:
 * the ILO labels every address of its Director-General "Statement" (heldout7 ilo-01, "Opening
 * address of the ILO Director-General…" under "Statement | 30 October 2023"). A headline naming
 * a speech or a transcript says what the text itself is, and a speech filed as a statement is
 * still a speech; any other kind the headline names, the label's stands. Without a headline, a
 * byline lead ("Opening address of…", the headline left as the first paragraph) says the same. */
const char *
cmq_importer_kind_of_labelled_headline (const char *label_kind, const char *headline,
                                        const char *lead)
{
  const char *named;

  if (headline != NULL)
    named = cmq_importer_kind_of_headline (headline);
  else if (label_kind != NULL && lead != NULL)
    named = cmq_importer_kind_of_lead (lead);
  else
    return label_kind;
  if (label_kind == NULL || (is_spoken_kind (named) && !is_spoken_kind (label_kind)))
    return named;
  return label_kind;
}

/* Whether @text holds a dash the sender's and the dateline's patterns below need: "-", or "–"
 * or "—" (which UTF-8 opens with 0xE2); none has another case. */
static gboolean
has_dash (const char *text)
{
  return strpbrk (text, "-\xE2") != NULL;
}

/* "Staatskanzlei - Pressemitteilung Nr.: 584/02 Magdeburg, den…" (heldout11 sachsen-anhalt-01),
 * "Press Release No. 12/2003 …": the kind and its number, perhaps after a sender and a dash, a
 * label glued to the story and not a word of it. */
static const char *
kind_of_numbered_label (const char *folded)
{
  static gsize sender_init = 0, number_init = 0;
  static CmqRegex *sender = NULL, *number = NULL;
  int after = 0;
  gsize n;

  cmq_regex_get (&sender_init, &sender, "^[^.!?:\\-–—]{2,40}\\s[-–—]\\s+");
  cmq_regex_get (&number_init, &number, "^\\s*(?:nr|no|n°|nº|num)\\.?\\s*:?\\s*\\d");
  if (has_dash (folded))
    cmq_regex_find (sender, folded, 0, NULL, &after);
  n = cmq_importer_kind_phrase_length (folded + after);
  if (n == 0 || !cmq_regex_match (number, folded + after + n))
    return NULL;
  return cmq_importer_kind_of_start (folded + after, FALSE);
}

/* "Intervención inicial de Juan Ramón de la Fuente…, secretario de Relaciones Exteriores, al
 * comparecer ante…" (heldout6 mexico-01), "Speech by the Minister for Defence at the…": a first
 * paragraph that is no sentence and opens with the kind, perhaps a word, and its speaker or
 * author: the byline of the text below, whatever its length; or a short one closed by a colon. */
static const char *
kind_of_byline_paragraph (const char *paragraph, const char *folded)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  gsize n = cmq_importer_kind_phrase_length (folded);

  if (n == 0)
    return NULL;
  /* a colon ends a label with its sender ("Communiqué de la FNSEA:", heldout35 fnsea-01), not a
   * longer byline */
  if (g_str_has_suffix (paragraph, ":"))
    return is_label_sender (folded + n, n) ? cmq_importer_kind_of_start (folded, FALSE) : NULL;
  if (cmq_importer_ends_sentence (paragraph))
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(?:\\s+[^\\s,.:;]+)?\\s+(?:(?:by|of|de|del|du|des|von|van|di|da|par)\\s|"
                 "d['\u2019]\\p{L})");
  return cmq_regex_match (regex, folded + n) ? cmq_importer_kind_of_start (folded, FALSE) : NULL;
}

/* Words of a byline that a page closes with a full stop: "Communiqué des associations de
 * gendarmerie." A story's first sentence says more. */
#define MAX_CLOSED_BYLINE_WORDS 6
/* and of one whose issuer is a name, every word capitalised. */
#define MAX_NAMED_BYLINE_WORDS 16

/* Words that join the words of a name ("Val de Marne", "Ministry of Defence"), or set its parts
 * apart ("Europe Ecologie Les Verts - Val de Marne"). */
static const char *const name_joins[] = { "of",  "and",    "&",      "for", "the", "de",
                                          "du",  "des",    "la",     "le",  "les", "et",
                                          "und", "der",    "van",    "di",  "del", "y",
                                          "-",   "\u2013", "\u2014", NULL };

/* Whether the words of @paragraph after its first issuer word ("of", "de", "d'…") are a name's:
 * capitalised, or joining words (name_joins[]); its closing full stop left aside. */
static gboolean
has_named_issuer (const char *paragraph)
{
  static const char *const issuers[] = { "by",  "of",  "de", "del", "du",  "des",
                                         "von", "van", "di", "da",  "par", NULL };
  g_auto (GStrv) words = g_strsplit (paragraph, " ", -1);
  guint i = 1;

  for (; words[0] != NULL && words[i] != NULL; i++)
    {
      if (g_strv_contains (issuers, words[i]))
        {
          i++;
          break;
        }
      /* "d'Europe": the name starts after the apostrophe */
      if (g_str_has_prefix (words[i], "d'") || g_str_has_prefix (words[i], "d\u2019"))
        {
          const char *name = g_utf8_next_char (words[i] + 1);

          memmove (words[i], name, strlen (name) + 1);
          break;
        }
    }
  if (words[0] == NULL || words[i] == NULL)
    return FALSE;
  for (; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      if (words[i + 1] == NULL && n > 0 && words[i][n - 1] == '.')
        words[i][n - 1] = '\0';
      if (!g_unichar_isupper (g_utf8_get_char (words[i])) &&
          !g_strv_contains (name_joins, words[i]))
        return FALSE;
    }
  return TRUE;
}

/* "Communiqué des associations de gendarmerie." (heldout25 aamfg-01): a byline paragraph
 * (kind_of_byline_paragraph ()) of a few words, one sentence closed by a full stop. */
static const char *
kind_of_closed_byline (const char *paragraph, const char *folded)
{
  gsize n = strlen (paragraph);
  g_autofree char *open = NULL;
  guint words;

  if (n < 2 || strchr (paragraph, '.') != paragraph + n - 1)
    return NULL;
  words = cmq_importer_count_words (paragraph);
  if (words > MAX_NAMED_BYLINE_WORDS ||
      (words > MAX_CLOSED_BYLINE_WORDS && !has_named_issuer (paragraph)))
    return NULL;
  open = g_strndup (paragraph, n - 1);
  return kind_of_byline_paragraph (open, folded);
}

const char *
cmq_importer_kind_of_closed_byline (const char *text)
{
  gsize n = strlen (text);
  g_autofree char *folded = NULL;

  /* most lines end otherwise, or hold another full stop: not folded for nothing */
  if (n < 2 || text[n - 1] != '.' || strchr (text, '.') != text + n - 1)
    return NULL;
  folded = cmq_importer_fold (text);
  return kind_of_closed_byline (text, folded);
}

/* "Roma, 1 marzo 2021 (comunicato stampa) …", "Paris, le 3 mai 2016 (communiqué de presse)":
 * the kind in brackets right after the lead's date, alone in them, whatever the language. */
static const char *
kind_in_brackets_after_year (const char *folded)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *label = NULL;

  if (strchr (folded, '(') == NULL)
    return NULL;
  cmq_importer_regex_get (&initialised, &regex, "\\d{4}\\s*\\(([^()0-9]{3,40})\\)");
  if (!g_regex_match (regex, folded, 0, &match))
    return NULL;
  label = g_strstrip (g_match_info_fetch (match, 1));
  return cmq_importer_kind_of_start (label, TRUE);
}

const char *
cmq_importer_kind_of_lead (const char *paragraph)
{
  static gsize following_init = 0, dateline_init = 0;
  static GRegex *following = NULL, *dateline = NULL;
  g_autofree char *start = g_strndup (paragraph, MAX_LEAD_KIND_BYTES);
  g_autofree char *folded = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  const char *end;
  const char *kind;
  int after;

  /* Its first words are enough, cut on a character's boundary. */
  g_utf8_validate (start, -1, &end);
  start[end - start] = '\0';
  folded = cmq_importer_fold (start);

  /* "(Paris, 7 juillet 2011) - Conférence de presse conjointe…": a dateline, then the kind, not
   * the page's section ("News"). */
  cmq_importer_regex_get (&dateline_init, &dateline, "^\\(?[^()]{2,40}\\d{4}\\)?\\s*[-–—]\\s*");
  if (has_dash (folded) && g_regex_match (dateline, folded, 0, &match) &&
      g_match_info_fetch_pos (match, 0, NULL, &after))
    {
      kind = cmq_importer_kind_of_start (folded + after, FALSE);
      if (kind != NULL && strcmp (kind, "news story") != 0)
        return kind;
    }
  kind = kind_of_numbered_label (folded);
  if (kind == NULL)
    kind = kind_in_brackets_after_year (folded);
  if (kind == NULL)
    kind = kind_of_byline_paragraph (paragraph, folded);
  if (kind == NULL)
    kind = kind_of_closed_byline (paragraph, folded);
  if (kind != NULL)
    return kind;

  /* "The following statement was issued today by…", "La déclaration suivante a été…", "Le
   * Secrétaire Général…, a fait aujourd'hui la déclaration suivante :" in the first words. */
  cmq_importer_regex_get (&following_init, &following,
                          "(?:^|\\s)(?:the following (?:joint |press )?statement|"
                          "(?:la|cette) declaration (?:conjointe )?suivante)\\b");
  /* (both words, which no caseless letter but their own matches, before the regex's scan) */
  return (strstr (folded, "following") != NULL || strstr (folded, "declaration") != NULL) &&
                 g_regex_match (following, folded, 0, NULL)
             ? "statement"
             : NULL;
}

/* Endings of a noun's plural in the lexicon's languages: "releases", "statements",
 * "pressemeddelelser", "pressemeldinger", "pressemitteilungen", "pressmeddelanden". */
static const char *const plural_endings[] = { "s", "es", "r", "er", "en", "n", NULL };

/* Whether the @n bytes of @word are the plural of the @m bytes of @singular: an ending added, or
 * the Italian final vowel turned to "i" ("comunicato", "comunicati"). */
static gboolean
is_plural_word (const char *word, gsize n, const char *singular, gsize m)
{
  if (n == m && m > 1 && strncmp (word, singular, m - 1) == 0 && word[m - 1] == 'i' &&
      strchr ("oe", singular[m - 1]) != NULL)
    return TRUE;
  if (n <= m || strncmp (word, singular, m) != 0)
    return FALSE;
  for (guint i = 0; plural_endings[i] != NULL; i++)
    if (strlen (plural_endings[i]) == n - m && strncmp (word + m, plural_endings[i], n - m) == 0)
      return TRUE;
  return FALSE;
}

/* The bytes of @folded that are @phrase with one word or more in the plural ("communiques de
 * presse", "press releases"), or 0. */
static gsize
plural_phrase_length (const char *folded, const char *phrase)
{
  const char *p = folded;
  const char *q = phrase;
  gboolean plural = FALSE;

  while (*q != '\0')
    {
      gsize n = strcspn (p, " ,.:;!?");
      gsize m = strcspn (q, " ");

      if (n == m && strncmp (p, q, m) == 0)
        ;
      else if (is_plural_word (p, n, q, m))
        plural = TRUE;
      else
        return 0;
      p += n;
      q += m;
      if (*q == ' ' && *p++ != ' ')
        return 0;
      if (*q == ' ')
        q++;
    }
  return plural && !g_ascii_isalnum (*p) ? (gsize) (p - folded) : 0;
}

const char *
cmq_importer_kind_of_plural_start (const char *folded, gsize *length)
{
  GStrv *all_words = kind_words_get ();
  /* A phrase's first word, as it is or in the plural, starts with its first byte. */
  const GArray *phrases = kind_phrases[(guchar) folded[0]];
  const char *kind = NULL;

  *length = 0;
  for (guint j = 0; phrases != NULL && j < phrases->len; j++)
    {
      guint i = g_array_index (phrases, guint, j) >> 16;
      gsize n =
          plural_phrase_length (folded, all_words[i][g_array_index (phrases, guint, j) & 0xFFFF]);

      if (n > *length)
        {
          *length = n;
          kind = kinds[i];
        }
    }
  return kind;
}

/* Bytes of the kind words that open @folded, or 0. */
gsize
cmq_importer_kind_phrase_length (const char *folded)
{
  gsize n;

  longest_kind_phrase (folded, &n);
  return n;
}

/* Whether @folded is a label that names no kind ("media advisory", "avis aux medias": kinds.txt's
 * "none"), alone but for a number after it ("Media Advisory 17-045"). */
static gboolean
is_kindless_label (const char *folded)
{
  GStrv labels = kind_words_get ()[G_N_ELEMENTS (kinds)];

  for (guint k = 0; labels[k] != NULL; k++)
    {
      gsize n = strlen (labels[k]);

      if (labels[k][0] == folded[0] && strncmp (folded, labels[k], n) == 0 &&
          !g_ascii_isalnum (folded[n]) &&
          strcspn (folded + n, "abcdefghijklmnopqrstuvwxyz") == strlen (folded + n))
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_importer_is_kindless_label (const char *text)
{
  g_autofree char *folded = cmq_importer_fold (text);

  return is_kindless_label (g_strstrip (folded));
}

/* "Press Release", "Comunicado de Prensa", "Press Release SG/SM/11324", "Media Advisory": the
 * kind alone, or a label that names none, over the headline, not a byline ("Remarks by …") over
 * a speaker's details. */
gboolean
cmq_importer_is_kind_label (const char *text)
{
  g_autofree char *folded = cmq_importer_fold (text);

  return cmq_importer_kind_of_start (folded, TRUE) != NULL ||
         cmq_importer_kind_of_marked_label (folded) != NULL ||
         is_kindless_label (g_strstrip (folded));
}

const char *
cmq_importer_split_kind_label (const char *text, gsize *label_bytes, const char **rest)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  if (colon == NULL)
    return NULL;
  label = g_strstrip (g_strndup (text, colon - text));
  folded = cmq_importer_fold (label);
  if (cmq_importer_kind_of_start (folded, TRUE) == NULL)
    return NULL;
  if (label_bytes != NULL)
    *label_bytes = colon - text;
  if (rest != NULL)
    {
      for (colon++; *colon == ' '; colon++)
        ;
      *rest = colon;
    }
  /* as cmq_importer_kind_of_headline () reads it: the lexicon's first kind the label opens with */
  return cmq_importer_kind_of_start (folded, FALSE);
}

/* "(Communiqué)", "[RÉACTION PRESSE]", "• Dichiarazione e osservazioni" (an item of the page's
 * list of facts): a kind label alone, between brackets or after a list's bullet. */
const char *
cmq_importer_kind_of_marked_label (const char *folded)
{
  static const char *const pairs[][2] = {
    { "(", ")" }, { "[", "]" }, { "\u2022", "" }, { "\u00b7", "" }, { "*", "" }
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gsize open = strlen (pairs[i][0]);
      gsize close = strlen (pairs[i][1]);
      gsize n = strlen (folded);
      g_autofree char *inside = NULL;

      if (n <= open + close || strncmp (folded, pairs[i][0], open) != 0 ||
          !g_str_has_suffix (folded, pairs[i][1]))
        continue;
      inside = g_strstrip (g_strndup (folded + open, n - open - close));
      return cmq_importer_kind_of_start (inside, TRUE);
    }
  return NULL;
}

/* The kind of a standfirst that is a byline (kind_of_byline_paragraph ()), or NULL. */
const char *
cmq_importer_kind_of_standfirst (const char *text)
{
  g_autofree char *folded = cmq_importer_fold (text);

  return kind_of_byline_paragraph (text, folded);
}

/* "– Israël-Gaza – Déclaration de M. Laurent Fabius, ministre des Affaires étrangères" (web
 * france-06): a topic between dashes, then a byline (kind_of_byline_paragraph ()): the byline's
 * kind; or NULL. */
const char *
cmq_importer_kind_of_topic_byline (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  int after;

  if (!has_dash (text))
    return NULL;
  cmq_importer_regex_get (&initialised, &regex, "^\\s*[-–—]\\s*[^–—]{2,60}?\\s[-–—]\\s+");
  if (!g_regex_match (regex, text, 0, &match) || !g_match_info_fetch_pos (match, 0, NULL, &after))
    return NULL;
  return cmq_importer_kind_of_standfirst (text + after);
}

/* The issuer's name after "from" has at most this many words. */
#define MAX_ISSUER_WORDS 10

gboolean
cmq_importer_is_kind_from_issuer (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = cmq_importer_fold (text);
  gsize kind = cmq_importer_kind_phrase_length (folded);
  const char *last = strrchr (text, ' ');

  if (kind == 0 || last == NULL || cmq_importer_ends_sentence (text) ||
      !g_unichar_isupper (g_utf8_get_char (last + 1)))
    return FALSE;
  /* the kind, perhaps the page's type ("Article"), "from" or "issued by", the issuer's words */
  cmq_regex_get (&initialised, &regex,
                 "^(?:\\s+\\S+)?\\s+(?:from|de la part d[eu]|von|vom|van|da parte d[ie]|issued by|"
                 "publies? par|emis par|herausgegeben von|emitid[oa]s? por)"
                 "\\s+(?:\\S+\\s*){1," G_STRINGIFY (MAX_ISSUER_WORDS) "}$");
  return cmq_regex_match (regex, folded + kind);
}
