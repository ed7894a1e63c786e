/* cmq-importer-language.c: the language of a release, from its most common short words.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The languages told apart, in the order that wins a tie (English, then French). */
static const char *const codes[] = { "en", "fr", "de", "es", "it", "nl",
                                     "pt", "pl", "sv", "da", "no", "cs" };
#define N_LANGUAGES G_N_ELEMENTS (codes)

/* The common short words of each language, as keys (lower case, accents removed). A word may
 * belong to several: each counts for all of them, and the language with most words wins. Words
 * that are also common English words ("a", "I", "is", "we", "to", "in") are left out of the
 * other languages: English text would count for them. Swedish, Danish and Norwegian (Bokmål)
 * share most of theirs ("det", "som", "med", "har"); each has a few of its own: Swedish "och",
 * "att", "inte", "är" (key "ar"); Danish "af", "blev", "hvad"; Norwegian "av"
 * (also Swedish), "etter", "ble", "hva". Their words are function words from the top of each
 * language's frequency list in the Leipzig Corpora Collection
 * (https://wortschatz.uni-leipzig.de/en/download); words that are also English ("på" is "pa",
 * "vi", "mod") or French ("mot") are left out, as are keys with "ø" or "æ". Czech's are those of
 * the top of its list there that Polish text does not use as often ("v", "ve", "pro", "podle",
 * "který" (key "ktery"), not "o", "po", "za", "tak", "ale", "jako", "byl", which Polish shares,
 * nor "je", French too), so that a Czech release is not called Portuguese ("na", "o") nor a
 * Polish one Czech. The Scandinavian article "en", "om" and "vil" ("vill") count for the three of
 * them, as "en" and "om" do for Dutch, so that a one-sentence Norwegian story is not called Dutch
 * (heldout14 norway-01: "og", "en", "vil", "om" against Dutch "en", "om"); a tie between them is
 * broken by spelling (scandinavian_spelling ()). */
static const char *const *const words_of[N_LANGUAGES] = {
  (const char *const[]){ "the", "and",   "of",   "to",   "in",  "is",   "that", "with",
                         "for", "on",    "was",  "said", "has", "have", "will", "are",
                         "its", "their", "this", "by",   "at",  "from", NULL },
  (const char *const[]){ "le",   "la",   "les", "des",   "du",   "de",  "et", "est", "une",
                         "pour", "dans", "que", "qui",   "avec", "sur", "au", "aux", "il",
                         "ont",  "sont", "ses", "cette", "l",    "d",   "s",  "qu",  NULL },
  (const char *const[]){ "der", "die",  "und",  "das",  "ist", "nicht", "mit",    "den",
                         "von", "zu",   "ein",  "eine", "auf", "fur",   "sich",   "dem",
                         "des", "im",   "auch", "wir",  "es",  "sie",   "werden", "wird",
                         "bei", "nach", "als",  "um",   NULL },
  (const char *const[]){ "el",   "los", "las", "y",  "del",  "por", "con", "una", "para",
                         "es",   "se",  "al",  "lo", "como", "su",  "sus", "fue", "esta",
                         "este", "ha",  "han", "de", "la",   "que", "en",  NULL },
  (const char *const[]){ "il",    "lo",    "la",   "le",   "gli",  "di",  "del",
                         "della", "delle", "dei",  "e",    "che",  "per", "con",
                         "non",   "una",   "un",   "sono", "alla", "nel", "nella",
                         "ha",    "anche", "come", "da",   "al",   "si",  NULL },
  (const char *const[]){ "de",  "het",  "een",  "van",    "en",   "dat",   "op",   "te",  "voor",
                         "met", "zijn", "niet", "aan",    "ook",  "wordt", "naar", "bij", "die",
                         "er",  "om",   "als",  "worden", "door", "hij",   "wij",  NULL },
  (const char *const[]){
      "o",   "os", "da", "dos",  "das",  "em", "um", "uma", "nao", "para", "com",
      "que", "e",  "ao", "pelo", "pela", "de", "na", "foi", "se",  "mais", NULL },
  (const char *const[]){ "w", "z", "na", "sie", "nie", "ze", "jest", "jak", "oraz", "dla", "przez",
                         "od", "tym", "co", "juz", NULL },
  (const char *const[]){ "och",   "att",   "det",   "som", "ar",  "av",   "med",   "den",
                         "har",   "inte",  "ett",   "var", "kan", "ska",  "efter", "nar",
                         "detta", "eller", "ocksa", "en",  "om",  "vill", NULL },
  (const char *const[]){ "og", "det", "er",    "til",  "som",  "med",   "af", "den", "har", "ikke",
                         "et", "kan", "efter", "blev", "hvad", "eller", "en", "om",  "vil", NULL },
  (const char *const[]){ "og",  "det",   "er",   "til", "som", "med",   "av",
                         "den", "har",   "ikke", "et",  "kan", "etter", "ble",
                         "hva", "eller", "seg",  "en",  "om",  "vil",   NULL },
  (const char *const[]){ "v",     "ve",   "se",   "na",    "s",      "k",     "z",
                         "ze",    "jsou", "pro",  "ktery", "ktera",  "ktere", "kteri",
                         "podle", "jeho", "nebo", "bude",  "budou",  "pri",   "mezi",
                         "jen",   "uz",   "tedy", "dnes",  "jejich", NULL },
};

/* The longest word of the tables above. */
#define MAX_LANGUAGE_WORD 6

/* The words above, each packed in the low bytes of a guint64 (no word is longer than 8 bytes,
 * none holds a zero byte, so two words pack alike only when they are the same), in an open
 * addressing table: every word of a release is looked up, and a GHashTable of strings took a
 * good part of the importer's time hashing and comparing them. */
#define WORD_SLOTS 512
typedef struct
{
  guint64 word[WORD_SLOTS]; /* 0: an empty slot */
  guint flags[WORD_SLOTS];  /* a bit per language in codes[] */
} WordTable;

static guint64
pack_word (const char *word, gsize len)
{
  guint64 packed = 0;

  for (gsize i = 0; i < len; i++)
    packed |= (guint64) (guchar) word[i] << (8 * i);
  return packed;
}

static guint
slot_of (const WordTable *table, guint64 packed)
{
  guint slot = (guint) ((packed * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 55);

  while (table->word[slot] != 0 && table->word[slot] != packed)
    slot = (slot + 1) % WORD_SLOTS;
  return slot;
}

static const WordTable *
language_words_get (void)
{
  static WordTable table;
  static gsize initialised = 0;

  G_STATIC_ASSERT (MAX_LANGUAGE_WORD <= sizeof (guint64));
  G_STATIC_ASSERT (WORD_SLOTS == 1 << (64 - 55));
  if (g_once_init_enter (&initialised))
    {
      for (guint l = 0; l < N_LANGUAGES; l++)
        for (guint i = 0; words_of[l][i] != NULL; i++)
          {
            const char *word = words_of[l][i];
            guint64 packed;
            guint slot;

            g_assert (strlen (word) <= MAX_LANGUAGE_WORD && *word != '\0');
            packed = pack_word (word, strlen (word));
            slot = slot_of (&table, packed);
            table.word[slot] = packed;
            table.flags[slot] |= 1u << l;
          }
      g_once_init_leave (&initialised, 1);
    }
  return &table;
}

/* Indexes of codes[]. */
#define LANGUAGE_DA 9
#define LANGUAGE_NO 10

/* "situasjonen", "stasjon": Norwegian writes -sjon where Danish and Swedish write -tion
 * ("situationen"); +1 for the first, -1 for the second, 0 otherwise. */
static int
scandinavian_spelling (const char *word, gsize len)
{
  static const char *const endings[] = { "sjon", "sjonen", "sjoner", "sjonene",
                                         "tion", "tionen", "tioner", "tionerne" };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize n = strlen (endings[i]);

      /* The last letter first: most words end in none of the endings' last letters. */
      if (len > n && word[len - 1] == endings[i][n - 1] &&
          strncmp (word + len - n, endings[i], n) == 0)
        return i < 4 ? 1 : -1;
    }
  return 0;
}

/* From the keys of the paragraphs, which it cuts into words. */
const char *
cmq_importer_detect_language (GPtrArray *keys)
{
  const WordTable *words = language_words_get ();
  int score[N_LANGUAGES] = { 0 };
  int spelling = 0; /* Norwegian spellings less Danish and Swedish ones */
  guint best = 0;

  for (guint i = 0; i < keys->len; i++)
    {
      char *word = g_ptr_array_index (keys, i);

      /* The key's words, one space between them, cut in place. */
      for (;;)
        {
          char *space = strchr (word, ' ');
          guint flags;
          gsize len;

          if (space != NULL)
            *space = '\0';
          len = space != NULL ? (gsize) (space - word) : strlen (word);
          /* Most words are longer than every word of the table. */
          if (len > MAX_LANGUAGE_WORD || len == 0)
            flags = 0;
          else
            flags = words->flags[slot_of (words, pack_word (word, len))];
          for (guint l = 0; flags != 0; l++, flags >>= 1)
            score[l] += flags & 1;
          spelling += scandinavian_spelling (word, len);
          if (space == NULL)
            break;
          word = space + 1;
        }
    }
  for (guint l = 1; l < N_LANGUAGES; l++)
    if (score[l] > score[best])
      best = l;
  /* Danish wins a tie with Norwegian by the order above, unless Norwegian spellings are more */
  if (best == LANGUAGE_DA && score[LANGUAGE_NO] == score[LANGUAGE_DA] && spelling > 0)
    best = LANGUAGE_NO;
  return score[best] > 0 ? codes[best] : NULL;
}
