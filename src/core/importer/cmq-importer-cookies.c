/* cmq-importer-cookies.c: the site's notice that it uses cookies, as the dump's last paragraph
 * ("Ce site web utilise des cookies … Plus d'informations dans notre Politique de cookies.",
 * heldout14 exteriores-01), not the story's end: a sentence saying that the site or its owner
 * uses cookies, that also points to the site's policy or settings, asks the reader to accept
 * them ("By accepting cookies you can …", heldout16 bulgaria-01) or gives the reason sites give
 * to the reader ("Damit wir Ihnen ein optimales Besucher-Erlebnis bieten können, verwendet diese
 * Seite Cookies.", heldout24 haiger-01: the verb before its subject, as German, Dutch and the Romance
 * languages put it after a clause).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

gboolean
cmq_importer_is_cookie_notice (const char *key)
{
  static gsize initialised = 0, points_initialised = 0, accepts_initialised = 0;
  static CmqRegex *uses = NULL, *points = NULL, *accepts = NULL;

  if (key == NULL || strstr (key, "cookie") == NULL)
    return FALSE;
  /* the verb of using, then the cookies, with at most two words between them in the languages
   * that may put the subject after the verb ("verwendet diese Seite Cookies", "gebruikt deze
   * website cookies", "utiliza este sitio cookies") */
  cmq_regex_get (&initialised, &uses,
                 "\\b(?:(?:we )?uses? cookies?|nous utilisons (?:des )?cookies?|"
                 "utilise (?:des )?cookies?|(?:utiliza|usa|utilizza|verwendet|verwenden|nutzt|"
                 "nutzen|setzt|setzen|gebruikt|gebruiken|uzywa|anvander|bruger|bruker)"
                 "(?:mos)?(?: \\w+){0,2} cookies?|"
                 "(?:gebruik|uso|usage|use) (?:van|de|di|of) (?:\\w+ )?cookies?)\\b");
  cmq_regex_get (
      &points_initialised, &points,
      "\\b(?:policy|politique|politica|richtlinie|datenschutz\\w*|"
      "informations?|information|informacion|informazioni|informacoes|"
      "settings|parametres|configuracion|einstellungen|instellingen|"
      "beleid|polityk[ai]|installningar|"
      /* the reader told that going on is consenting ("stimmen Sie … zu") */
      "stimmen sie(?: \\w+){0,6} zu|"
      /* the reason given, the reader's experience, with the reader addressed */
      "(?:you|your|vous|votre|ihnen|usted|ofrecerle|ofrecerte|offrirti|offrirvi|u|uw|"
      "lhe|voce)\\b.*\\b(?:experience|experiencia|esperienza|ervaring|\\w*erlebnis))\\b");
  /* a verb of accepting with the cookies as its object, at most two words between them */
  cmq_regex_get (&accepts_initialised, &accepts,
                 "\\b(?:accept\\w*|akzeptier\\w*|accett\\w*|acept\\w*|aceit\\w*|"
                 "akceptuj\\w*|godkann\\w*)(?: \\w+){0,2} cookies?\\b");
  return cmq_regex_match (uses, key) &&
         (cmq_regex_match (points, key) || cmq_regex_match (accepts, key));
}
