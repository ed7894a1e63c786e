/* cmq-importer-letters.c: the head of a release written as a letter (a minister's letter to
 * parliament, an NGO's open letter): the addressee line ("To the President of …", "Aan de
 * Voorzitter van …", "An den Präsidenten des …"), the kind line over it ("LETTER FROM THE
 * MINISTER …", "BRIEF VAN DE STAATSSECRETARIS …") and the salutation ("Dear Mr President,",
 * "Sehr geehrter Herr Präsident,"): never the headline (heldout12 defensie-nl-01, -02).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-roles-private.h"

/* An addressee line is this short. */
#define MAX_ADDRESSEE_WORDS 16

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
  static GRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_importer_regex_get (&initialised, &regex,
                          "^\\s*" ADDRESSEE_TO "\\s+(?:" HONORIFIC "\\s+\\S"
                          "|(?:" ADDRESSEE_ARTICLE
                          "\\s+){0,3}(?:\\S+\\s+)?" ADDRESSEE_OFFICE ADDRESSEE_OF ")");
  return g_regex_match (regex, text, 0, NULL);
}

/* "BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE", "Nr. 3 BRIEF VAN DE MINISTER VAN DEFENSIE",
 * "LETTER FROM THE SECRETARY-GENERAL", "Lettre de la ministre", "Schreiben des Bundesministers":
 * what the document is and who wrote it, over the addressee; never the headline. */
gboolean
cmq_importer_is_letter_kind (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_importer_regex_get (
      &initialised, &regex,
      "^\\s*(?:(?:nr|no|n°|nº)\\.?\\s*\\d+\\s+)?(?:open\\s+|offener\\s+)?"
      "(?:(?:letter|lettre(?:\\s+ouverte)?|brief|schreiben|carta(?:\\s+abierta)?|"
      "lettera(?:\\s+aperta)?|brev)\\s+"
      "(?:from|of|by|van|de|du|des|von|vom|del|della|dello|di|da|från)"
      "|list\\s+(?:otwarty\\s+)?od)\\s");
  return g_regex_match (regex, text, 0, NULL);
}

/* "Geachte Voorzitter,", "Dear Mr President,", "Monsieur le Président,", "Sehr geehrter Herr
 * Präsident,", "Estimado señor Presidente:": a letter's salutation, a short line ending with a
 * comma or colon; never the headline. */
gboolean
cmq_importer_is_letter_salutation (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  if (cmq_importer_count_words (text) > MAX_ADDRESSEE_WORDS)
    return FALSE;
  cmq_importer_regex_get (
      &initialised, &regex,
      "^\\s*(?:dear|geachte|beste|sehr\\s+geehrte[rn]?|liebe[rn]?|estimad[oa]s?|querid[oa]s?|"
      "egregi[oa]|gentil[ei]|caro|cara|cari|szanown[iay]|drog[iaoe]|bäste|kära|"
      "(?:monsieur|madame|mesdames|messieurs)(?:\\s+(?:le|la|les)\\b)?)"
      "(?:\\s+[^,:;.!?]{1,60})?\\s*[,:]\\s*$");
  return g_regex_match (regex, text, 0, NULL);
}

/* "34 919 Defensienota", "Drucksache 19/1234", "HC 1234": a parliamentary paper's number (figures
 * grouped by thousands, or two numbers across a slash) and its dossier's name, over a letter's
 * kind line; the number is never a year, so "2015 New Year's Wishes" is not one. */
gboolean
cmq_importer_opens_with_document_number (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  cmq_importer_regex_get (&initialised, &regex,
                          "^\\s*(?:(?:drucksache|kamerstuk|hc|doc\\.?)\\s+)?"
                          "(?:\\d{1,3}(?:[ .]\\d{3})+|\\d{1,4}/\\d{1,5})(?:\\s|$)");
  return g_regex_match (regex, text, 0, NULL);
}

gboolean
cmq_importer_is_letter_label (const char *label)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  cmq_importer_regex_get (&initialised, &regex,
                          "^(?:open|offener|offene)?\\s*(?:letter|lettre|brief|kamerbrief|"
                          "schreiben|carta|lettera|list\\s+otwarty|brev)(?:\\s+[^\\s\\d:]+){0,3}$");
  return g_regex_match (regex, label, 0, NULL);
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
