/* cmq-importer-pointers.c: the lines under a story that address its reader and send them
 * elsewhere, not the story's end: to the full text or the article on another site ("Leia a
 * intervenção na íntegra em anexo.", heldout15 portugal-01; "Lire l’article sur RSF Monde…",
 * heldout15 rsf-01; "Read the full statement here"), or to share the page ("Partagez cet
 * article !").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A line that sends the reader to the text is this short: a link's words, perhaps with the
 * linked page's title glued to them. */
#define MAX_POINTER_WORDS 25
/* "Share this article" is this short. */
#define MAX_SHARE_WORDS 6

/* The verbs that tell the reader to read, in the languages the importer reads, an article
 * perhaps, a word saying the text is whole perhaps, then the kind of text: the speech, the
 * statement, the article, the text. */
#define READ_VERBS                                                                                 \
  "(?:read|lire|lisez|leia|leiam|leer|lea|lees|lies|lesen sie|leggi|leggete|czytaj|przeczytaj|"    \
  "las|laes)"
#define ARTICLES "(?:the|l|le|la|les|o|a|os|as|el|los|de|het|den|die|das|il|lo|gli|i|hela)"
#define WHOLE                                                                                      \
  "(?:full|complete|entire|integral|integrale?|completo|completa|vollstandigen?|volledige|"        \
  "pelny|pelne|pelna)"
#define TEXTS                                                                                      \
  "(?:text|texte|texto|testo|tekst|article|artigo|articulo|articolo|artikel|artykul|speech|"       \
  "discours|discurso|discorso|rede|toespraak|przemowienie|tal|statement|declaration|declaracao|"   \
  "declaracion|dichiarazione|erklarung|verklaring|oswiadczenie|intervention|intervencao|"          \
  "intervencion|intervento|wystapienie|interview|entrevista|entretien|intervista|communique|"      \
  "comunicado|comunicato|komunikat|persbericht|pressemitteilung|pressmeddelande|release)"

/* "leia a intervencao na integra em anexo", "lire l article sur rsf monde …", "read the full
 * statement here": @key (cmq_importer_key()) opens with a verb telling the reader to read the
 * text, named as a kind of text. */
static gboolean
is_read_pointer (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^" READ_VERBS "(?: " ARTICLES ")?(?: " WHOLE ")? " TEXTS "(?: |$)");
  return cmq_regex_match (regex, key);
}

/* "partagez cet article", "share this page", "teilen sie diesen artikel": the whole line asks the
 * reader to share the page. */
static gboolean
is_share_prompt (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &initialised, &regex,
      "^(?:share|partagez|partager|partage|compartir|comparte|compartilhe|compartilhar|"
      "condividi|teilen(?: sie)?|deel|delen|udostepnij|dela)"
      "(?: (?:this|cet|cette|ce|este|esta|esto|questo|questa|diesen|dieses|diese|deze|dit|ten|"
      "ta|den|denna))? (?:article|page|artikel|articolo|articulo|artigo|artykul|pagina|seite|"
      "story|post|news|nouvelle|actualite|noticia|notizia|nachricht|bericht|wpis|strone|sidan)$");
  return cmq_regex_match (regex, key);
}

gboolean
cmq_importer_is_reader_pointer (const char *key, guint words)
{
  if (key == NULL)
    return FALSE;
  return (words <= MAX_POINTER_WORDS && is_read_pointer (key)) ||
         (words <= MAX_SHARE_WORDS && is_share_prompt (key));
}
