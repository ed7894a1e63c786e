/* cmq-importer-clauses.c: the words that govern a date in its clause, so that a story's date
 * can be told from the release's: a verb in the future tense (the day of what is to come) or
 * "since" (a past day something has gone on from), and the words that announce a meeting or a
 * trip to come (its day is not the release's).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A verb in the future tense, as a pattern on the sentence as written (a word in capitals, "Sandra",
 * "Madeira", is a name, not a verb), by language: "will vacate his position
 * … on April 25, 2007" (heldout11 siemens-01), "wird … am 4. April", "quittera … le 25 avril",
 * "zal … op 4 april", "kommer att … den 4 april". Only auxiliaries and endings that are the future
 * tense and little else: not English "is to" ("the aim is to review what was agreed on 3 May") or
 * "is due to" (a cause); Spanish, Italian and Portuguese endings ("-rá") are too often other
 * words' ("primera", "contra"). */
static const char *const future_verbs[][2] = {
  { "en", "will|shall" },
  { "de", "wird|werden" },
  { "fr", "sera|seront|aura|auront|fera|feront|ira|iront|va|vont|"
          "\\p{Ll}{3,}(?:era|ira|dra|rra|vra|eront|iront|dront|rront|vront)" },
  { "nl", "zal|zullen" },
  { "sv", "kommer att|ska|skall" },
};
/* The date is read this far after the verb. */
#define MAX_FUTURE_SPAN 160

/* Whether the text from a future verb to the day (@span, @len bytes) stays in the verb's clause:
 * no quotation, bracket or colon ('"We will win," he said on 3 May'), and no comma but one just
 * before the day ("wird am kommenden Donnerstag, den 4. April"). */
static gboolean
has_any (const char *text, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_one_clause (const char *span, gsize len)
{
  static const char *const breaks[] = { "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", NULL };
  g_autofree char *text = g_strndup (span, len);
  const char *comma = strchr (text, ',');

  if (len > MAX_FUTURE_SPAN || strpbrk (text, ";:\"()[]") != NULL || has_any (text, breaks))
    return FALSE;
  while (len > 0 && g_ascii_isdigit (text[len - 1]))
    len--;
  /* ", den " or ", le " before the day, no more */
  return comma == NULL || (strchr (comma + 1, ',') == NULL && text + len - comma <= 6);
}

/* The pattern of @language's future verbs, case kept, each followed by the first number after
 * it, made once per language: NULL for a language without them. */
static CmqRegex *
future_verb_regex (const char *language)
{
  static gsize initialised[G_N_ELEMENTS (future_verbs)];
  static CmqRegex *regexes[G_N_ELEMENTS (future_verbs)];

  for (guint i = 0; i < G_N_ELEMENTS (future_verbs) && language != NULL; i++)
    if (g_str_equal (language, future_verbs[i][0]))
      {
        g_autofree char *pattern =
            g_strdup_printf ("(?-i)(?<!\\p{L})(?:%s) [^0-9]*?(\\d+)", future_verbs[i][1]);

        return cmq_regex_get (&initialised[i], &regexes[i], pattern);
      }
  return NULL;
}

/* Whether the first number after a match of @regex in @sentence is @day, in the same clause. */
static gboolean
governs_day (CmqRegex *regex, const char *sentence, guint day)
{
  for (int count = cmq_regex_exec (regex, sentence); count > 0;
       count = cmq_regex_exec_next (regex, sentence))
    {
      g_autofree char *number = NULL;
      int start, end, number_start, number_end;

      cmq_regex_group (1, &number_start, &number_end);
      number = number_start >= 0 ? g_strndup (sentence + number_start, number_end - number_start)
                                 : g_strdup ("");
      cmq_regex_group (0, &start, &end);
      if (g_ascii_strtoull (number, NULL, 10) == day &&
          is_one_clause (sentence + start, end - start))
        return TRUE;
    }
  return FALSE;
}

/* For a language whose future verbs are patterns ("\p{Ll}{3,}era"), how every one of them ends,
 * with the space its pattern needs after it ("sera ", "partira ", "iront ", "va ", "vont "), as
 * written: a sentence that holds none cannot match. A verb added to such a language ends in one
 * of these, or its ending is added here. */
static const char *const future_endings[][2] = {
  { "fr", "ra |ront |va |vont " },
};

/* Whether @sentence holds one of the |-separated @words as written. */
static gboolean
holds_any_of (const char *sentence, const char *words)
{
  g_auto (GStrv) split = g_strsplit (words, "|", -1);

  for (guint v = 0; split[v] != NULL; v++)
    if (strstr (sentence, split[v]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @sentence holds one of the future verbs of @language as written (the pattern is
 * case-sensitive): without one it cannot match, and its scan of the sentence is spared. A
 * language whose verbs are patterns is judged by their endings (future_endings), if known. */
static gboolean
may_hold_future_verb (const char *sentence, const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (future_verbs) && language != NULL; i++)
    if (g_str_equal (language, future_verbs[i][0]))
      {
        g_auto (GStrv) verbs = NULL;

        if (strpbrk (future_verbs[i][1], "\\()[]{}?*+.") != NULL)
          {
            for (guint e = 0; e < G_N_ELEMENTS (future_endings); e++)
              if (g_str_equal (language, future_endings[e][0]))
                return holds_any_of (sentence, future_endings[e][1]);
            return TRUE;
          }
        verbs = g_strsplit (future_verbs[i][1], "|", -1);
        for (guint v = 0; verbs[v] != NULL; v++)
          if (strstr (sentence, verbs[v]) != NULL)
            return TRUE;
        return FALSE;
      }
  return TRUE;
}

gboolean
cmq_importer_future_governs_day (const char *sentence, const char *language, guint day)
{
  CmqRegex *regex = future_verb_regex (language);

  return regex != NULL && may_hold_future_verb (sentence, language) &&
         governs_day (regex, sentence, day);
}

/* The words of the pattern of cmq_importer_since_governs_day (), one of which a sentence it
 * matches holds, whatever the case of its letters ("seitdem" holds "seit"). */
static const char *const since_words[] = {
  "since", "seit", "depuis", "sinds", "sedert", "desde", NULL,
};

/* Whether @sentence may hold one of @words (in lower case, ASCII) in any case: FALSE only when
 * it holds none of them and none of the characters that caseless matching may take for an ASCII
 * letter (the long s, the Kelvin sign, the dotted and dotless i). */
static gboolean
may_hold_caseless (const char *sentence, const char *const *words)
{
  g_autofree char *lower = NULL;

  if (strstr (sentence, "\xC5\xBF") != NULL || strstr (sentence, "\xE2\x84\xAA") != NULL ||
      strstr (sentence, "\xC4\xB0") != NULL || strstr (sentence, "\xC4\xB1") != NULL)
    return TRUE;
  lower = g_ascii_strdown (sentence, -1);
  return has_any (lower, words);
}

/* A sentence that opens with "since", as a preposition or a conjunction, by language: "Since 1
 * July 2018, …", "Seit Airbus am 1. Juli 2018 die Führung … übernommen hat, …", "Depuis que … le
 * 1er juillet, …", "Sinds", "Desde". Only an opening clause, up to its comma: in "their first
 * meeting since the Summit on Wednesday 15 October" the day may be the main verb's (real/007).
 * Anywhere in the sentence, "since" right before the day, with at most an article and a weekday
 * or a month between: "suspendre, depuis le vendredi 13 mars 2020, l'ensemble des activités"
 * (heldout29 fleury-01), "closed since Friday 13 March", "seit dem 13. März", "desde el 13". */
gboolean
cmq_importer_since_governs_day (const char *sentence, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (!may_hold_caseless (sentence, since_words))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "(?|^\\s*(?:since|seit|seitdem|depuis|sinds|sedert|desde)"
                 "(?!\\p{L})[^0-9,]*?(\\d+)|"
                 "(?<!\\p{L})(?:since|seit|depuis|sinds|sedert|desde)"
                 "(?:\\s+\\p{L}+\\.?){0,2}\\s+(\\d+)(?!\\d))");
  return governs_day (regex, sentence, day);
}

/* What each act of the pattern of cmq_importer_legal_act_governs_day () holds, as ASCII in lower
 * case: a sentence it matches holds one of them, whatever the case of its letters ("décret" holds
 * "cret", "règlement" "glement", "arrêté" "arr", "verordening" "verord"). */
static const char *const legal_act_words[] = {
  "loi",    "cret", "arr",   "ordonnance", "circulaire", "directive", "glement",
  "law",    "act",  "decre", "regulation", "ordinance",  "gesetz",    "verord",
  "erlass", "ley",  "legge", "wet",        "besluit",    NULL,
};

/* A law, decree or other legal act named by its date, by language: "créé par la loi du 22 février
 * 2012" (heldout30 martinique-01, a wrong year), "le décret n° 2014-383 du 28 mars 2014", "the
 * Act of 3 May", "Regulation (EU) 2016/679 of 27 April 2016", "das Gesetz vom 3. Mai", "la ley
 * de 3 de mayo", "la legge del 3 maggio", "de wet van 3 mei": the day the act was made, which the
 * release cites, not the release's. Its number may stand between the act and the date. */
gboolean
cmq_importer_legal_act_governs_day (const char *sentence, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (!may_hold_caseless (sentence, legal_act_words))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "(?<!\\p{L})(?:loi|lois|décret|decret|arrêté|arrete|ordonnance|circulaire|"
                 "directive|règlement|reglement|law|act|decree|regulation|ordinance|gesetz|"
                 "gesetzes|verordnung|erlass|ley|decreto|real decreto|legge|wet|besluit|"
                 "verordening)"
                 "(?:\\s*\\([^)]{1,12}\\))?(?:\\s+(?:n\\s*°|n°|°|no\\.?|nr\\.?|núm\\.?|n\\.)?\\s*"
                 "[\\w./-]*\\d[\\w./-]*)?"
                 "\\s+(?:du|of|vom|de|del|van)\\s+(?:\\p{L}+\\s+)?(\\d+)(?!\\d)");
  return governs_day (regex, sentence, day);
}

/* What each phrase of the pattern of cmq_importer_effect_governs_day () holds, as ASCII in lower
 * case ("effective", "effect", "effet" and "effetto" hold "effe", "vigore" holds "vigor"): a
 * sentence with none of them cannot match, and its scan is spared. */
static const char *const effect_words[] = {
  "effe", "force", "compter", "vigueur", "wirkung", "efecto", "vigor", "ingang", NULL,
};

/* The day a measure takes effect, by language: "a general rate increase effective 1 October
 * 2009" (heldout31 maersk-01, a release of no stated date dated by it), "with effect from 1
 * October", "comes into force on 1 October", "à compter du 1er octobre", "prend effet le",
 * "entre en vigueur le", "mit Wirkung zum 1. Oktober", "con efecto desde el", "entra en vigor
 * el", "con effetto dal", "entra in vigore il", "met ingang van": a day the release announces,
 * which it came before, not the release's. A weekday, a month or "the" may stand between. */
gboolean
cmq_importer_effect_governs_day (const char *sentence, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (!may_hold_caseless (sentence, effect_words))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "(?<!\\p{L})(?:effective(?:\\s+(?:from|as\\s+of|on))?|with\\s+effect\\s+from|"
                 "(?:takes?|took|taking)\\s+effect\\s+(?:on|from)|"
                 "(?:comes?|came|coming|enters?|entered|entering)\\s+into\\s+force\\s+(?:on|from)|"
                 "à\\s+compter\\s+du|(?:prend|prendra|prennent|prendront)\\s+effet\\s+(?:le|au)|"
                 "(?:entre|entrera|entrent|entreront)\\s+en\\s+vigueur\\s+(?:le|au)|"
                 "avec\\s+effet\\s+(?:au|du)|mit\\s+Wirkung\\s+(?:zum|vom|ab)|"
                 "con\\s+efecto\\s+(?:desde|a\\s+partir)\\s+del?|"
                 "(?:entra|entrará|entrarán)\\s+en\\s+vigor\\s+el|con\\s+effetto\\s+dal|"
                 "(?:entra|entrerà|entrano|entreranno)\\s+in\\s+vigore\\s+il|met\\s+ingang\\s+van)"
                 "(?:\\s+\\p{L}+\\.?){0,2}\\s+(\\d+)(?!\\d)");
  return governs_day (regex, sentence, day);
}

/* Every alternative of the pattern of cmq_importer_part_of_day_governs_day () names the part of
 * the day with a word that holds one of these, as a key writes it (folded: "apres midi"). */
static const char *const part_of_day_stems[] = {
  "abend",     "morgen", "mittag", "nacht",   "evening", "night",  "morning",    "afternoon",
  "hours",     "nuit",   "soir",   "matin",   "midi",    "noche",  "manana",     "tarde",
  "madrugada", "noite",  "manha",  "sera",    "notte",   "mattin", "pomeriggio", "avond",
  "ochtend",   "middag", "natten", "kvallen", "morgon",  NULL,
};

/* Whether @key may hold a part of the day: the pattern's scan of the sentence is spared when it
 * cannot. A key with a character beyond ASCII ("ſ", which a caseless "s" matches) may. */
static gboolean
may_name_part_of_day (const char *key)
{
  /* for each byte, the stems that start with it, once: the key is walked once, not once a stem */
  static GPtrArray *by_first[256];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; part_of_day_stems[i] != NULL; i++)
        {
          guchar first = (guchar) part_of_day_stems[i][0];

          if (by_first[first] == NULL)
            by_first[first] = g_ptr_array_new ();
          g_ptr_array_add (by_first[first], (gpointer) part_of_day_stems[i]);
        }
      g_once_init_leave (&initialised, 1);
    }
  for (const char *p = key; *p != '\0'; p++)
    {
      GPtrArray *stems = by_first[(guchar) *p];

      if ((guchar) *p >= 0x80)
        return TRUE;
      for (guint i = 0; stems != NULL && i < stems->len; i++)
        {
          const char *stem = g_ptr_array_index (stems, i);

          if (p[1] == stem[1] && strncmp (p, stem, strlen (stem)) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* A part of the day that a date follows, by language: "Am Abend des 2. April 2014" (heldout11
 * bpol-01), "in der Nacht zum 3. Mai", "on the evening of 2 April", "on the night of Tuesday
 * 2 April", "dans la nuit du 2 au 3 avril", "le soir du 2 avril", "la noche del martes 2 de
 * abril", "in de nacht van 2 op 3 april", "natten till den 3 april": the hour of an event the
 * story tells, which the release follows, on a day it does not state. At most two words
 * (a weekday, a month) between the part of the day and the day. */
gboolean
cmq_importer_part_of_day_governs_day (const char *sentence, const char *key, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (!may_name_part_of_day (key))
    return FALSE;

  cmq_regex_get (&initialised, &regex,
                 "(?<!\\p{L})(?:"
                 "(?:am|im laufe des|in der) (?:fr[üu]hen |sp[äa]ten )?"
                 "(?:abend|morgen|vormittag|nachmittag|nacht)s? (?:des|zum|vom|von|auf den)|"
                 "the (?:evening|night|morning|afternoon|early hours|small hours) of|"
                 "(?:la|le|au) (?:nuit|soir[ée]e|soir|matin[ée]e|matin|apr[èe]s-midi) du|"
                 "(?:la|el) (?:noche|ma[ñn]ana|tarde|madrugada) del?|"
                 "(?:na|a) (?:noite|manh[ãa]|tarde|madrugada) d[eo]|"
                 "(?:la|nella|nel) (?:sera|serata|notte|mattina|mattinata|pomeriggio) del|"
                 "(?:de|op de|in de) (?:avond|nacht|ochtend|middag|morgen) van|"
                 "(?:natten|kv[äa]llen|morgonen|f[öo]rmiddagen|eftermiddagen) (?:till|mot|den)"
                 ")(?: den| le| the)?(?: \\p{L}+,?){0,2} (\\d+)(?!\\d)");
  return governs_day (regex, sentence, day);
}

/* What a sentence says of a meeting or a trip to come ("Mr Peters departs New Zealand on
 * Saturday 7 June", heldout6), as keys (cmq_importer_key ()). */
static const char *const announcing[] = {
  " will be held ",  " will take place ", " will meet ",    " will convene ", " will gather ",
  " is to be held ", " are to meet ",     " se tiendra ",   " se tiendront ", " aura lieu ",
  " auront lieu ",   " se reunira ",      " se reuniront ", " departs ",      " will depart ",
  " will travel ",   " will visit ",      " se rendra ",    " partira ",      NULL,
};
/* The same in German and Dutch, whose verb "to take place" comes in two parts, the present
 * tense meaning the future in a dated main clause: "Am Montag, dem 22. Februar 2021, findet …
 * ein Mediengespräch statt" (heldout20 wien-01), "Op 3 mei vindt … plaats". In a subordinate
 * clause the parts are one word ("…, die am 22. Februar stattfindet"), not matched. */
static const char *const announcing_in_two_parts[][2] = {
  { " findet ", " statt " },
  { " finden ", " statt " },
  { " vindt ", " plaats " },
  { " vinden ", " plaats " },
};
static const char *const relative_pronouns[] = { "that", "which", "who", "qui", NULL };

/* "… ahead of next week's meeting that will take place …": the meeting to come is not what the
 * sentence is about. @at is a space in @key, which starts with one. */
static gboolean
is_relative_pronoun_before (const char *key, const char *at)
{
  const char *start = at;

  while (start > key && start[-1] != ' ')
    start--;
  for (guint i = 0; relative_pronouns[i] != NULL; i++)
    if (strncmp (start, relative_pronouns[i], at - start) == 0 &&
        relative_pronouns[i][at - start] == '\0')
      return TRUE;
  return FALSE;
}

/* A weekday said to be coming, in a key: "next Thursday", "am kommenden Donnerstag", "jeudi
 * prochain", "el próximo jueves", "komende donderdag" (heldout10 bmvg-01). */
#define COMING_WEEKDAYS                                                                            \
  "(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"         \
  "dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|"          \
  "woensdag|donderdag|vrijdag|zaterdag|zondag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|"    \
  "domenica|lunes|martes|miercoles|jueves|viernes|domingo|segunda|terca|quarta|quinta|sexta"

/* Whether @key holds a word without which the pattern below cannot match: every one of its
 * branches has a word for "next" or "coming". A key is in lower case, but caseless matching also
 * takes the long s (U+017F, which stays in a key) for an s, so a key holding one is not judged
 * here. Spares the regex's scan of the whole story sentence most of the time. */
static gboolean
may_name_coming_weekday (const char *key)
{
  static const char *const words[] = {
    "next",     "kommende",   "nachsten", "proxim",  "prossim",  "komende",
    "volgende", "aanstaande", "prochain", "que vem", "\xC5\xBF",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (key, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
names_coming_weekday (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (!may_name_coming_weekday (key))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 " (?:next|kommenden|kommende|nachsten|proximo|proxima|prossimo|"
                 "prossima|komende|volgende|aanstaande) (?:" COMING_WEEKDAYS ")(?: feira)? |"
                 " (?:" COMING_WEEKDAYS ")(?: feira)? (?:prochain|prossimo|proximo|que vem) ");
  return cmq_regex_match (regex, key);
}

gboolean
cmq_importer_announces_event (const char *key)
{
  if (names_coming_weekday (key))
    return TRUE;
  for (guint i = 0; announcing[i] != NULL; i++)
    for (const char *at = strstr (key, announcing[i]); at != NULL;
         at = strstr (at + 1, announcing[i]))
      if (!is_relative_pronoun_before (key, at))
        return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (announcing_in_two_parts); i++)
    {
      const char *verb = strstr (key, announcing_in_two_parts[i][0]);

      /* the particle's space is the verb's last */
      if (verb != NULL && strstr (verb + strlen (announcing_in_two_parts[i][0]) - 1,
                                  announcing_in_two_parts[i][1]) != NULL)
        return TRUE;
    }
  return FALSE;
}
