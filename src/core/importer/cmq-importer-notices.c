/* cmq-importer-notices.c: what a site prints about the page before the release's text, not the
 * story: a notice about the reader's personal data or its cookies, with the button that accepts
 * it, above the release's head (every line of it speaks of the data; the button may be glued to
 * its last line: "… przez Wojskowy Instytut Wydawniczy – Akceptuję", heldout12 mon-pl-01) or
 * about the reader's browser, asking to update it (heldout13 rbnz-01); a repost's line saying
 * that the full text follows ("Pubblichiamo il discorso integrale del questore …", heldout12
 * polizia-to-01); the date of the day the page is shown, in the masthead
 * above the menu's link to the home page ("Jueves, 26 de diciembre de 2024" over "Inicio",
 * heldout13 ucm-01); a repost site's tagline above the release's head (heldout2 netherlands-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-roles-private.h"

/* A notice is this many paragraphs at most. */
#define MAX_NOTICE_PARAGRAPHS 4

/* A notice's heading is this many words at most ("A notice about cookies"). */
#define MAX_HEADING_WORDS 6

/* Notices stacked one under the other are read this many deep at most. */
#define MAX_STACKED_NOTICES 3

/* The notices a site prints above the release: about the reader's personal data or cookies,
 * about the reader's browser ("Your browser is not supported. … update to a compatible browser",
 * heldout13 rbnz-01), and about the site itself being new and asking for the reader's opinion
 * ("This is a prototype - your feedback will help us to improve it.", heldout17 ireland-01), or
 * being built ("The new DPC website is currently under construction. …", heldout34 dpc-01): the
 * site's, and the dates it gives (a law's coming into force) are never the release's. */
enum
{
  NOTICE_DATA,
  NOTICE_BROWSER,
  NOTICE_NEW_SITE,
  NOTICE_SITE_WORKS,
  N_NOTICES
};

/* What every word of a notice's topic below holds (a fold is in lower case, but "ſ" stays, which
 * a caseless "s" matches): a paragraph with none of them cannot speak of it, and is not given to
 * the regex, which would scan the whole of it, often the story's long first paragraph. A word
 * added below must hold one of these. */
static const char *const topic_cues[N_NOTICES][11] = {
  { "perso", "cookie", "gdpr", "rgpd", "dsgvo", "dados", "osobow", "rodo", "2016/679", "\xC5\xBF",
    NULL },
  { "browser", "navigateur", "navegador", "przegladark", NULL },
  { "prototyp", "beta", "new ", "nouve", "neue", "nuevo", "nuovo", NULL },
  { "site", "seite", "internetauftritt", "sitio", "sito", "portail", NULL },
};

static gboolean
may_speak_of (const char *folded, guint notice)
{
  for (guint i = 0; topic_cues[notice][i] != NULL; i++)
    if (strstr (folded, topic_cues[notice][i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @folded (cmq_importer_fold ()) speaks of notice @notice's topic: personal data,
 * cookies or the GDPR (its name and number in the languages the importer reads), or the web
 * browser; with @ask, of what the notice asks: accepting them, or changing or updating the
 * browser that is not supported. */
static gboolean
speaks_of (const char *folded, guint notice, gboolean ask)
{
  static gsize init[N_NOTICES][2] = { { 0 } };
  static GRegex *regex[N_NOTICES][2] = { { NULL } };
  static const char *const patterns[N_NOTICES][2] = {
    { "\\b(?:personal data|cookies?|gdpr|donnees (?:a caractere )?personnelles|"
      "rgpd|personenbezogenen? daten|dsgvo|datos personales|dati personali|"
      "dados pessoais|persoonsgegevens|danych osobowych|dane osobowe|rodo|"
      "personuppgifter|2016/679)\\b",
      "\\b(?:i accept|accept (?:all|cookies)|consent|j'accepte|accepter|"
      "consentement|akzeptieren|einwilligung|acepto|aceptar|accetto|"
      "accettare|aceito|aceitar|akkoord|akceptuje|zaakceptowanie|"
      "godkanner|"
      /* consent implied by going on: "By browsing this website, you agree to our use of
       * cookies." (heldout17 ireland-01) */
      "(?:you|vous) (?:agree|acceptez)|by (?:browsing|using|continuing)|"
      "en poursuivant (?:votre )?navigation|stimmen sie|einverstanden|"
      "(?:al )?(?:continuar|seguir) navegando|proseguendo (?:la )?navigazione)\\b" },
    { "\\b(?:(?:web )?browsers?|navigateurs?|navegador(?:es)?|browser web|"
      "webbrowser|przegladark[aiy])\\b",
      "\\b(?:not supported|does not support|no longer supports?|outdated|out of date|"
      "update|upgrade|n'est pas (?:pris en charge|compatible)|obsolete|mettre a jour|"
      "wird nicht unterstutzt|veraltet|aktualisieren|no es compatible|actualice|actualizar|"
      "non e supportato|aggiorna|nao e suportado|atualize|wordt niet ondersteund|"
      "nie jest obslugiwana|zaktualizuj)\\b" },
    { "^(?:this is (?:a|an|our) (?:prototype|beta|new (?:service|website|site))|"
      "(?:ceci est|voici) (?:un|une|le|la) (?:prototype|version beta|nouveau site)|"
      "(?:dies ist|das ist) (?:ein|eine|die) (?:prototyp|beta|neue (?:website|seite))|"
      "(?:este es|esta es) (?:un|una|el|la) (?:prototipo|version beta|nuevo sitio)|"
      "(?:questo e|questa e) (?:un|una|il|la) (?:prototipo|versione beta|nuovo sito))\\b",
      "\\b(?:feedback|your (?:views|comments|opinion)|votre avis|vos (?:commentaires|remarques)|"
      "ihre meinung|ihr feedback|su opinion|sus comentarios|la tua opinione|il tuo parere)\\b" },
    /* the web site (never a site alone, which may be a plant's or a building's), said to be
     * under construction or being rebuilt */
    { "\\b(?:web ?site|web-site|(?:this|our) site|site (?:web|internet)|(?:ce|notre) site|"
      "webseite|internetseite|internetauftritt|sitio web|sito (?:web|internet)|portail web)\\b",
      "\\b(?:(?:is|are) (?:currently |still )?(?:under construction|being (?:re)?(?:built|"
      "developed|designed|updated|redesigned))|(?:est |sont )?(?:actuellement )?en (?:cours de )?"
      "(?:construction|reconstruction|refonte)|en travaux|(?:ist |wird )?(?:derzeit |gerade )?"
      "(?:im aufbau|in (?:bearbeitung|uberarbeitung))|(?:esta |se encuentra )?en construccion|"
      "(?:e |e attualmente )?in (?:costruzione|allestimento))\\b" },
  };

  cmq_importer_regex_get (&init[notice][ask], &regex[notice][ask], patterns[notice][ask]);
  return (ask || may_speak_of (folded, notice)) &&
         g_regex_match (regex[notice][ask], folded, 0, NULL);
}

/* The paragraphs from line @first that all speak of notice @notice's topic, one of them asking
 * (speaks_of ()): their count, the line after them in @end, and whether one asks in @asks.
 * @folds keeps the folded lines from @first for the next notice: every notice reads the same
 * first paragraph, often a long one. */
static guint
notice_paragraphs (GArray *lines, guint first, guint notice, GPtrArray *folds, guint *end,
                   gboolean *asks)
{
  guint paragraphs = 0;

  *asks = FALSE;
  for (*end = first; *end < lines->len; (*end)++)
    {
      const char *folded;

      if (is_blank (lines, *end))
        continue;
      if (role_at (lines, *end) != CMQ_LINE_STORY)
        break;
      if (*end - first >= folds->len)
        g_ptr_array_set_size (folds, *end - first + 1);
      if (g_ptr_array_index (folds, *end - first) == NULL)
        g_ptr_array_index (folds, *end - first) =
            cmq_importer_fold (g_array_index (lines, Line, *end).text);
      folded = g_ptr_array_index (folds, *end - first);
      if (!speaks_of (folded, notice, FALSE))
        break;
      *asks = *asks || speaks_of (folded, notice, TRUE);
      paragraphs++;
    }
  return paragraphs;
}

/* The fold of line @i, from @fold or made and kept there. */
static const char *
line_fold (GArray *lines, guint i, CmqLineFold *fold)
{
  if (fold->folded == NULL || fold->line != i)
    {
      g_free (fold->folded);
      fold->folded = cmq_importer_fold (g_array_index (lines, Line, i).text);
      fold->line = i;
    }
  return fold->folded;
}

/* The short line right above a notice that starts at line @first and names its topic ("A notice
 * about cookies", heldout17 ireland-01): the notice's heading, chrome with it. */
static void
mark_notice_heading (GArray *lines, const LineInfo *info, guint first, guint notice)
{
  guint above = first;

  while (above > 0 && is_blank (lines, above - 1))
    above--;
  if (above == 0 || info[above - 1].body || role_at (lines, above - 1) != CMQ_LINE_STORY)
    return;
  {
    const char *text = g_array_index (lines, Line, above - 1).text;
    g_autofree char *folded = cmq_importer_fold (text);

    if (cmq_importer_count_words (text) <= MAX_HEADING_WORDS && speaks_of (folded, notice, FALSE))
      set_role (lines, above - 1, CMQ_LINE_LEADING_CHROME);
  }
}

/* The first story line after the notice that ends at line @end: past the release's head (a short
 * line), or past another notice right under it, read @depth notices deep; @end when there is
 * none. */
static guint skip_notice (GArray *lines, const LineInfo *info, guint first, CmqLineFold *fold,
                          guint depth);

static guint
after_notice (GArray *lines, const LineInfo *info, guint end, guint depth)
{
  guint next;

  if (info[end].body)
    {
      CmqLineFold below = { 0, NULL };

      next =
          depth + 1 < MAX_STACKED_NOTICES ? skip_notice (lines, info, end, &below, depth + 1) : end;

      g_free (below.folded);
      return next;
    }
  next = story_body_below (lines, info, end);
  return next < lines->len ? next : end;
}

static guint
skip_notice (GArray *lines, const LineInfo *info, guint first, CmqLineFold *fold, guint depth)
{
  g_autoptr (GPtrArray) folds = g_ptr_array_new_with_free_func (g_free);

  for (guint notice = 0; notice < N_NOTICES; notice++)
    {
      gboolean asks;
      guint end;
      guint paragraphs = notice_paragraphs (lines, first, notice, folds, &end, &asks);
      guint next;

      /* the notice, then the release's head (a short line) and its story */
      if (!asks || paragraphs > MAX_NOTICE_PARAGRAPHS || end >= lines->len)
        continue;
      next = after_notice (lines, info, end, depth);
      if (next == end)
        continue;
      for (guint i = first; i < end; i++)
        if (!is_blank (lines, i))
          set_role (lines, i, CMQ_LINE_LEADING_CHROME);
      mark_notice_heading (lines, info, first, notice);
      return next;
    }
  /* the first line's fold, for the notices read after this one */
  if (folds->len > 0 && g_ptr_array_index (folds, 0) != NULL)
    {
      g_free (fold->folded);
      fold->folded = g_ptr_array_steal_index (folds, 0);
      fold->line = first;
    }
  return first;
}

guint
cmq_importer_skip_data_notice (GArray *lines, const LineInfo *info, guint first, CmqLineFold *fold)
{
  return skip_notice (lines, info, first, fold, 0);
}

/* The repost's line is one sentence of at most this many words. */
#define MAX_INTRO_WORDS 40

/* "We publish the full text of …", "Pubblichiamo il discorso integrale …", "Voici le texte
 * intégral …": the publisher, in the first person or pointing below, and the full text. */
static gboolean
is_full_text_intro (const char *folded)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &init, &regex,
      "^(?:we (?:publish|reproduce|print)|here is|below is|below,|pubblichiamo|riportiamo|"
      "di seguito|nous publions|voici|ci-dessous|publicamos|reproducimos|a continuacion|"
      "wir dokumentieren|hier (?:ist|die|der|das)|hieronder|segue|leia|publikujemy|ponizej)\\b"
      ".*\\b(?:full text|complete text|in full|integrale?|integral|integra|integro|"
      "wortlaut|volledige tekst|texto completo|pelny tekst|w calosci)\\b");
  return cmq_regex_match (regex, folded);
}

/* "Pressemeddelelser er korte tekster om større nyheder fra Nationalbanken." (heldout13
 * nationalbanken-01 and -02), "Les communiqués de presse sont…": a kind in the plural, perhaps
 * after its article, then a verb saying what such texts are: the site's description of its
 * section of releases. */
static gboolean
is_section_description (const char *folded)
{
  static const char *const verbs[] = { "are",  "er",   "ar", "sind", "sont", "son", "sao",
                                       "zijn", "sono", "sa", "jsou", "to",   NULL };
  static const char *const articles[] = { "the ", "les ", "die ", "los ", "las ", "os ",
                                          "i ",   "gli ", "de ",  "le ",  NULL };
  gsize n;

  for (guint i = 0; articles[i] != NULL; i++)
    if (g_str_has_prefix (folded, articles[i]))
      folded += strlen (articles[i]);
  if (cmq_importer_kind_of_plural_start (folded, &n) == NULL || folded[n] != ' ')
    return FALSE;
  folded += n + 1;
  for (guint i = 0; verbs[i] != NULL; i++)
    if (g_str_has_prefix (folded, verbs[i]) && folded[strlen (verbs[i])] == ' ')
      return TRUE;
  return FALSE;
}

guint
cmq_importer_skip_section_description (GArray *lines, const LineInfo *info, guint first,
                                       CmqLineFold *fold)
{
  const char *folded;
  guint next;

  if (first >= lines->len || !info[first].sentence)
    return first;
  folded = line_fold (lines, first, fold);
  if (!is_section_description (folded))
    return first;
  next = story_body_below (lines, info, first);
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_LEADING_CHROME);
  return next;
}

guint
cmq_importer_skip_full_text_intro (GArray *lines, const LineInfo *info, guint first,
                                   CmqLineFold *fold)
{
  const char *folded;
  guint next;

  if (first >= lines->len || info[first].words > MAX_INTRO_WORDS)
    return first;
  folded = line_fold (lines, first, fold);
  if (!is_full_text_intro (folded))
    return first;
  next = story_body_below (lines, info, first);
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_STANDFIRST);
  return next;
}

/* The words that alone name a site's home page in its menu or breadcrumb ("Inicio", "Home",
 * "Accueil > Actualités"), folded. */
static const char *const home_words[] = { "home", "homepage", "accueil", "inicio", "startseite",
                                          "hjem", "hem",      "etusivu", "inizio", NULL };

/* Whether line @i is a menu or breadcrumb line opening with the link to the home page. */
static gboolean
is_home_link (GArray *lines, const LineInfo *info, guint i)
{
  const char *key = g_array_index (lines, Line, i).key;
  gsize len;

  if (!info[i].interface || key == NULL)
    return FALSE;
  len = strcspn (key, " ");
  for (guint k = 0; home_words[k] != NULL; k++)
    if (strlen (home_words[k]) == len && strncmp (key, home_words[k], len) == 0)
      return TRUE;
  return FALSE;
}

void
cmq_importer_mark_masthead_dates (GArray *lines, const LineInfo *info, guint first,
                                  CmqDumpParts *parts)
{
  for (guint i = 0; i < first; i++)
    {
      guint next = i + 1;
      guint index;

      if (role_at (lines, i) != CMQ_LINE_RELEASE_DATE)
        continue;
      while (next < first && is_blank (lines, next))
        next++;
      if (next >= first || !is_home_link (lines, info, next))
        continue;
      set_role (lines, i, CMQ_LINE_DECOY_DATE);
      if (g_ptr_array_find_with_equal_func (parts->date_lines, g_array_index (lines, Line, i).text,
                                            g_str_equal, &index))
        g_ptr_array_remove_index (parts->date_lines, index);
    }
}

/* A line telling how long ago the page was published is this many words at most. */
#define MAX_AGE_WORDS 14

/* The units of time a page's age is counted in, as keys write them, in the languages the importer
 * reads. */
#define AGE_UNITS                                                                                  \
  "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|secondes?|heures?|"    \
  "jours?|semaines?|mois|ans?|annees?|sekunden|minuten|stunden|tagen|wochen|monaten|jahren|"       \
  "segundos?|minutos?|horas?|dias?|semanas?|meses|mes|anos?|secondi|minuti|ore|ora|giorni|"        \
  "giorno|settimane|mesi|mese|anni|anno|seconden|uur|dagen|dag|weken|week|maanden|maand|jaar|"     \
  "jaren|sekund|minut|godzin|godziny|dni|tygodni|miesiecy|lat)"
#define AGE_COUNTS "\\d+ " AGE_UNITS "(?: (?:and |et |und |y |e |en |i )?\\d+ " AGE_UNITS ")*"

/* "19 hours 7 min ago" alone on its line between a feed item's headline and its dateline
 * (heldout18 wwf-01), "il y a 3 heures", "vor 2 Tagen": only counts of units of time and the word
 * for "ago", the whole line: how long before it was shown the item was posted, no verb needed. */
static gboolean
is_age_alone (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:" AGE_COUNTS " ago|il y a " AGE_COUNTS "|vor " AGE_COUNTS "|hace " AGE_COUNTS
                 "|ha " AGE_COUNTS "|" AGE_COUNTS " fa|" AGE_COUNTS " geleden|" AGE_COUNTS
                 " temu)$");
  return cmq_regex_match (regex, key);
}

/* "Take note – story published 2 years and 2 months ago" under the headline (heldout16 lsm-01),
 * "Publié il y a 2 ans", "Vor 3 Tagen veröffentlicht": how long before it was shown the page was
 * published or updated, a verb of publishing and a count of time units before or after the word
 * for "ago", in the languages the importer reads: the page's, never the headline. */
gboolean
cmq_importer_is_relative_age (const char *key, guint n_words)
{
  static gsize published_initialised = 0, ago_initialised = 0;
  static CmqRegex *published = NULL, *ago = NULL;

  if (key == NULL || n_words > MAX_AGE_WORDS || strpbrk (key, "0123456789") == NULL)
    return FALSE;
  if (is_age_alone (key))
    return TRUE;
  cmq_regex_get (&published_initialised, &published,
                 "\\b(?:published|posted|updated|publie|mis en ligne|mis a jour|"
                 "veroffentlicht|aktualisiert|pubblicato|aggiornato|publicado|"
                 "actualizado|atualizado|gepubliceerd|bijgewerkt|opublikowano|"
                 "zaktualizowano|publicerad|publisert|publiceret)\\b");
  cmq_regex_get (&ago_initialised, &ago,
                 "\\b\\d+ \\w+(?: and \\d+ \\w+)? ago\\b|\\bil y a \\d+ \\w+|"
                 "\\bvor \\d+ \\w+|\\b\\d+ \\w+ fa\\b|\\bhace \\d+ \\w+|\\bha \\d+ \\w+|"
                 "\\b\\d+ \\w+ geleden\\b|\\b\\d+ \\w+ temu\\b|\\bfor \\d+ \\w+ sedan\\b|"
                 "\\bfor \\d+ \\w+ siden\\b");
  return cmq_regex_match (published, key) && cmq_regex_match (ago, key);
}

/* "Press Office" alone on its line between the headline and the story (heldout16
 * chathamhouse-01): the name of the office that issued the release, with nothing after it, in
 * the languages the importer reads; the page's, never the headline. @key is the line's key. */
gboolean
cmq_importer_is_press_office_label (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (key == NULL || strlen (key) > 40)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^(?:the )?(?:press (?:office|service|team|and information office)|"
                 "media (?:office|relations|team)|service de presse|bureau de presse|"
                 "pressestelle|pressebuero|presseburo|ufficio stampa|oficina de prensa|"
                 "gabinete de prensa|gabinete de imprensa|assessoria de imprensa|"
                 "persdienst|persbureau|biuro prasowe|pressavdelningen|presseafdelingen)$");
  return cmq_regex_match (regex, key);
}

/* A place and its date alone: "Rio de Janeiro, 7 de outubro de 1999" has this many words. */
#define MAX_PLACE_DATE_WORDS 8

/* Line @i, under the paragraph @first and a line of the head between them, is a place and its
 * date alone ("Den Haag, 7 oktober 1999", heldout22 pvda-01): the release's own dateline, under
 * its headline, as a labelled release-date line is. */
static gboolean
is_dateline_under_head (GArray *lines, const LineInfo *info, guint first, guint i, gboolean headed)
{
  const char *text = g_array_index (lines, Line, i).text;

  return headed && i > first && info[i].words <= MAX_PLACE_DATE_WORDS &&
         !g_unichar_isdigit (g_utf8_get_char (text)) &&
         memchr (text, ',', strcspn (text, "0123456789")) != NULL &&
         cmq_importer_is_place_date (text);
}

/* A sentence-like paragraph followed, before the next one, by a labelled release-date line
 * ("Datum: 11 januari 1999") or, under a line of the head, by a place and its date alone,
 * stands above the release's head: a repost site's tagline, not for its place alone. The story
 * starts at the next sentence-like paragraph. A long line with no final stop there is the
 * headline over its date (heldout21 acf-01: "JOURNEE MONDIALE DE L'ALIMENTATION: Face à … sur
 * la faim" over "Publié le 07 octobre 2009 par …"), left for the headline to find. */
guint
cmq_importer_skip_tagline_above_head (GArray *lines, const LineInfo *info, guint first)
{
  gboolean dated = FALSE;
  gboolean headed = FALSE;

  for (guint next = first + 1; next < lines->len; next++)
    {
      dated = dated || role_at (lines, next) == CMQ_LINE_RELEASE_DATE ||
              (info[first].sentence && is_dateline_under_head (lines, info, first, next, headed));
      if (!info[next].body || role_at (lines, next) != CMQ_LINE_STORY)
        {
          headed = headed || (!is_blank (lines, next) && !info[next].known &&
                              !info[next].interface && role_at (lines, next) == CMQ_LINE_STORY);
          continue;
        }
      if (dated && info[first].sentence)
        set_role (lines, first, CMQ_LINE_LEADING_CHROME);
      return dated ? next : first;
    }
  return first;
}
