/* cmq-importer-letters.c: the head of a release written as a letter (a minister's letter to
 * parliament, an NGO's open letter): the addressee line ("To the President of …", "Aan de
 * Voorzitter van …", "An den Präsidenten des …"), the kind line over it ("LETTER FROM THE
 * MINISTER …", "BRIEF VAN DE STAATSSECRETARIS …"), the address, subject and salutation under it
 * ("Postbus 20018", "Betreft: …", "Dear Mr President,"): never the headline (heldout12
 * defensie-nl-01, -02). An addressee-shaped line is the addressee only when the rest of the
 * letter's block shows (cmq_importer_heads_letter ()): news headlines start so too ("Au Président
 * de la République, les voeux des armées").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-roles-private.h"

/* An addressee line is this short; an address line, this. */
#define MAX_ADDRESSEE_WORDS 16
#define MAX_ADDRESS_WORDS   6

/* The words that open an addressee: "to", "à", "an", "aan", "al", "do", "till"… */
#define ADDRESSEE_TO                                                                               \
  "(?:to|à|au|aux|an|aan|al|alla|allo|ai|agli|alle|do|till|para|ao|a\\s+la|a\\s+sua)"
/* Articles and honorifics between them and the office: "the", "den", "Monsieur le"… */
#define ADDRESSEE_ARTICLE                                                                          \
  "(?:the|de|het|den|die|der|des|dem|la|le|les|l'|l’|el|los|las|il|lo|gli|o|right|honourable|"   \
  "hon\\.|his|her|excellency|excellence|s\\.e\\.|sua|su)"
#define HONORIFIC                                                                                  \
  "(?:monsieur|madame|mesdames|messieurs|m\\.|mme|herrn?|frau|señor|señora|senor|senora|sr\\.|"  \
  "sra\\.|signor|signora|sig\\.|sig\\.ra|pana|pani|panów|mr\\.?|mrs\\.?|ms\\.?|dhr\\.|mevrouw|"   \
  "de heer)"
/* The offices and bodies a letter is sent to. */
#define ADDRESSEE_OFFICE                                                                             \
  "(?:president|presidente|présidente?|präsident(?:en|in)?|voorzitter|chair(?:man|woman|person)?|" \
  "speaker|secretary|secretario|secrétaire|sekretär|secretaris|minister|ministre|ministro|"        \
  "ministerin|marszałka?|members|membres|mitglieder|leden|miembros|membri|talman|premier|"          \
  "prime minister|primer ministro|chancellor|kanzler(?:in)?|bundeskanzler(?:in)?|"                   \
  "premier ministre)"
/* What follows the office: nothing, or whose office it is ("of", "van", "des", "del"…). */
#define ADDRESSEE_OF                                                                               \
  "(?:$|,|\\s+(?:of|van|de|des|du|della|dello|delle|degli|del|dei|di|der|des|von|vom|do|da|dos|"   \
  "das|för|i)\\b)"

/* "To the President of the General Assembly", "Aan de Voorzitter van de Tweede Kamer der
 * Staten-Generaal", "À Monsieur le Président de la République", "An den Präsidenten des
 * Deutschen Bundestages", "Al Presidente del Senato", "Al señor Ministro", "Do Pana Marszałka
 * Sejmu", "Till riksdagens talman": the one a letter is written to, a line alone. A headline
 * that starts so ("Al Presidente Mattarella il premio …") names its office with a name after it,
 * not whose office it is. */
gboolean
cmq_importer_is_addressee (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^\\s*" ADDRESSEE_TO "\\s+(?:" HONORIFIC "\\s+\\S"
                 "|(?:" ADDRESSEE_ARTICLE "\\s+){0,3}(?:\\S+\\s+)?" ADDRESSEE_OFFICE ADDRESSEE_OF
                 ")");
  return cmq_regex_match (regex, text);
}

/* "BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE", "Nr. 3 BRIEF VAN DE MINISTER VAN DEFENSIE",
 * "LETTER FROM THE SECRETARY-GENERAL", "Lettre de la ministre", "Schreiben des Bundesministers":
 * what the document is and who wrote it, over the addressee; never the headline. */
gboolean
cmq_importer_is_letter_kind (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:(?:nr|no|n°|nº)\\.?\\s*\\d+\\s+)?(?:open\\s+|offener\\s+)?"
                 "(?:(?:letter|lettre(?:\\s+ouverte)?|brief|schreiben|carta(?:\\s+abierta)?|"
                 "lettera(?:\\s+aperta)?|brev)\\s+"
                 "(?:from|of|by|van|de|du|des|von|vom|del|della|dello|di|da|från)"
                 "|list\\s+(?:otwarty\\s+)?od)\\s");
  return cmq_regex_match (regex, text);
}

/* Whether @text ends as a salutation must, with a comma, a colon or "!" before its spaces; an end
 * beyond ASCII may be a space the pattern would skip, and is left to it. */
static gboolean
may_end_salutation (const char *text)
{
  gsize len = strlen (text);

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return len > 0 && ((guchar) text[len - 1] >= 0x80 || strchr (",:!", text[len - 1]) != NULL);
}

/* "Geachte Voorzitter,", "Dear Mr President,", "Monsieur le Président,", "Sehr geehrter Herr
 * Präsident,", "Estimado señor Presidente:", "Szanowny Panie Marszałku!": a letter's salutation,
 * a short line ending with a comma, a colon or (as Polish and German write it) an exclamation
 * mark; never the headline. */
gboolean
cmq_importer_is_letter_salutation (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS || !may_end_salutation (text))
    return FALSE;
  cmq_regex_get (
      &initialised, &regex,
      "^\\s*(?:dear|geachte|hooggeachte|beste|sehr\\s+geehrte[rn]?|liebe[rn]?|estimad[oa]s?|"
      "querid[oa]s?|excelentísim[oa]s?|egregi[oa]|gentil[ei]|onorevole|illustre|caro|cara|cari|"
      "cher|chère|chers|chères|szanown[iay]|drog[iaoe]|bäste|kära|"
      "(?:monsieur|madame|mesdames|messieurs)(?:\\s+(?:le|la|les)\\b)?)"
      "(?:\\s+[^,:;.!?]{1,60})?\\s*[,:!]\\s*$");
  return cmq_regex_match (regex, text);
}

/* "Betreft: …", "Subject: …", "Objet : …", "Betreff: …", "Oggetto: …", "Asunto: …", "Dotyczy:
 * …": a letter's subject line; "Betreft …" and "Onderwerp …" also without the colon, as Dutch
 * letterheads write them. */
static gboolean
is_letter_subject (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:(?:subject|re|objet|betreff|oggetto|asunto|assunto|dotyczy|"
                 "ärende|ämne|concerne)\\s*:|(?:betreft|onderwerp)\\s*:?)\\s*\\S");
  return cmq_regex_match (regex, text);
}

/* Whether @text may hold a figure, as \d (any decimal digit) reads one: an ASCII one, or a
 * character beyond ASCII that is not a letter. Every branch of the address pattern needs one. */
static gboolean
may_hold_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) ||
        ((guchar) *p >= 0xC0 && !g_unichar_isalpha (g_utf8_get_char_validated (p, -1))))
      return TRUE;
  return FALSE;
}

/* A line of an address under an addressee: a post-office box ("Postbus 20018", "P.O. Box 1234",
 * "Postfach 1234"), a postcode and town ("2500 EA Den Haag", "11011 Berlin", "00-902 Warszawa",
 * "F-75007 Paris", "London SW1A 0AA") or a street and its number ("Platz der Republik 1", "10
 * Downing Street"); never a year ("2019 Annual Report") nor a date. */
gboolean
cmq_importer_is_address_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_auto (CmqDumpParts) scratch = { 0 };

  if (cmq_importer_count_words (text) > MAX_ADDRESS_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_regex_get (
      &initialised, &regex,
      "^\\s*(?:postbus|p\\.\\s?o\\.\\s?box|po\\s+box|postfach|bo[iî]te\\s+postale|b\\.p\\.|"
      "casella\\s+postale|apartado(?:\\s+de\\s+correos)?|skrytka\\s+pocztowa|box)\\s+\\d+\\s*$"
      "|^\\s*(?-i:(?:[A-Z]{1,2}-\\s?)?(?:\\d{4}\\s?[A-Z]{2}|\\d{5}|\\d{2}-\\d{3}|"
      "(?!(?:1[89]|20)\\d\\d)\\d{4})\\s+\\p{Lu})"
      "|(?-i:\\s[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})\\s*$"
      "|^\\s*\\D[^,\\d]*\\s(?!(?:1[89]|20)\\d\\d\\b)\\d{1,4}[a-z]?\\s*$"
      "|^\\s*\\d{1,4}[a-z]?,?\\s+(?-i:\\p{Lu})[^\\d,]*$");
  return may_hold_digit (text) && cmq_regex_match (regex, text) &&
         cmq_importer_meta_role (text, &scratch) == CMQ_LINE_STORY;
}

/* Non-blank lines looked at around an addressee for the rest of the letter's block: its kind line
 * above; its address, place and date, subject and salutation below. */
#define MAX_LETTER_BLOCK_LINES 4

/* Whether the addressee-shaped line @i of @lines (of Line) heads a letter: under a letter's kind
 * line ("BRIEF VAN DE MINISTER …", heldout12 defensie-nl-01, -02), or over a salutation, a
 * subject line or an address in the short lines of its block. A headline shaped like an
 * addressee ("Au Président de la République, les voeux des armées") has none of them. */
gboolean
cmq_importer_heads_letter (GArray *lines, guint i)
{
  guint seen = 0;

  for (guint k = i; k-- > 0 && seen < MAX_LETTER_BLOCK_LINES;)
    if (!is_blank (lines, k) &&
        (seen++, cmq_importer_is_letter_kind (g_array_index (lines, Line, k).text)))
      return TRUE;
  seen = 0;
  for (guint k = i + 1; k < lines->len && seen < MAX_LETTER_BLOCK_LINES; k++)
    {
      const char *text = g_array_index (lines, Line, k).text;

      if (*text == '\0')
        continue;
      if (cmq_importer_is_letter_salutation (text) || is_letter_subject (text) ||
          cmq_importer_is_address_line (text))
        return TRUE;
      if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS ||
          (cmq_importer_ends_sentence (text) && !cmq_importer_is_year_abbreviated_dateline (text)))
        return FALSE; /* the story: the block is over */
      seen++;
    }
  return FALSE;
}

/* "34 919 Defensienota", "Drucksache 19/1234", "HC 1234": a parliamentary paper's number (figures
 * grouped by thousands, or two numbers across a slash) and its dossier's name, over a letter's
 * kind line; the number is never a year, so "2015 New Year's Wishes" is not one. */
gboolean
cmq_importer_opens_with_document_number (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:(?:drucksache|kamerstuk|hc|doc\\.?)\\s+)?"
                 "(?:\\d{1,3}(?:[ .]\\d{3})+|\\d{1,4}/\\d{1,5})(?:\\s|$)");
  return cmq_regex_match (regex, text);
}

gboolean
cmq_importer_is_letter_label (const char *label)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:open|offener|offene)?\\s*(?:letter|lettre|brief|kamerbrief|"
                 "schreiben|carta|lettera|list\\s+otwarty|brev)(?:\\s+[^\\s\\d:]+){0,3}$");
  return cmq_regex_match (regex, label);
}

/* A dateline is this short. */
#define MAX_DATELINE_WORDS 8

gboolean
cmq_importer_is_year_abbreviated_dateline (const char *text)
{
  g_auto (CmqDumpParts) scratch = { 0 };

  if (!g_str_has_suffix (text, " r.") || cmq_importer_count_words (text) > MAX_DATELINE_WORDS)
    return FALSE;
  return cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.headline == NULL &&
         scratch.kind == NULL;
}
