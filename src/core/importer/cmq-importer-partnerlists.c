/* cmq-importer-partnerlists.c: the organisations a page lists under a line that presents them as
 * its partners, its sponsors or those that declared or support what it is about ("2009 déclarée
 * Année mondiale de l'astronomie par :" over "ONU", "UNESCO", …; "With the support of:",
 * "Partenaires :"). Each is named on a line of its own, as a site names itself, but none is the
 * page's sender: the sender is who publishes, not every organisation named.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-partnerlists.h"
#include "cmq-importer-private.h"

/* A list's item is a name, this many words at most ("Union Astronomique Internationale - UAI"). */
#define MAX_ITEM_WORDS 6
/* Lines of a list read above an item, up to the line that presents it. */
#define MAX_LIST_LINES 10
/* The presenting line is short, as is the line before it that it may go on from. */
#define MAX_PRESENTING_BYTES 200

/* What ends a line presenting a list of partners, read on the folded line and the one before it
 * joined by a newline, its final colon off: a participle of declaring, supporting or funding and
 * "by" ("… declared International Year of Astronomy by"), a partnership's "with", a support's
 * "with the support of", in en fr de nl es it pt; or the word "partners" or "sponsors" alone. */
#define PRESENTING_PATTERN                                                                         \
  "(?:\\b(?:declared|proclaimed|supported|sponsored|funded|financed|endorsed|backed|"              \
  "declaree?s?|proclamee?s?|soutenue?s?|parrainee?s?|financee?s?|"                                 \
  "unterstutzt|gefordert|ausgerufen|finanziert|"                                                   \
  "declarad[oa]s?|proclamad[oa]s?|apoyad[oa]s?|patrocinad[oa]s?|financiad[oa]s?|"                  \
  "dichiarat[oaie]|proclamat[oaie]|sostenut[oaie]|patrocinat[oaie]|finanziat[oaie]|"               \
  "gesteund|gesponsord|uitgeroepen|gefinancierd)\\b(?:\\s+\\S+){0,8}?\\s+"                         \
  "(?:by|par|von|durch|por|da|dal|dalla|door)|"                                                    \
  "\\b(?:in partnership|in collaboration|in cooperation|in association|en partenariat|"            \
  "en collaboration|en association|in zusammenarbeit|in kooperation|en colaboracion|"              \
  "en asociacion|in collaborazione|in samenwerking|em parceria)\\s+(?:with|avec|mit|con|met|com)|" \
  "\\b(?:with|avec|mit|con|met|com)\\s+(?:the\\s+|le\\s+|la\\s+|l'|der\\s+|el\\s+|il\\s+|o\\s+)?"  \
  "(?:support|soutien|unterstutzung|apoyo|sostegno|steun|apoio|patronage|parrainage|concours)"     \
  "(?:\\s+(?:of|de|du|des|von|der|del|di|della|van|do|da))?|"                                      \
  "(?:^|\\n)(?:our\\s+|nos\\s+|unsere\\s+|nuestros\\s+|onze\\s+)?(?:partners|partenaires|"         \
  "partner|sponsors|sponsoren|supporters|mecenes|socios|patrocinadores|parceiros))$"

/* Whether @text, a non-blank line ending with a colon, presents a list of partners, with
 * @before, the non-blank line above it, or NULL. */
static gboolean
presents_partners (const char *text, const char *before)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *head = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *above = NULL;
  g_autofree char *joined = NULL;
  gsize n = strlen (text);

  if (n > MAX_PRESENTING_BYTES || (before != NULL && strlen (before) > MAX_PRESENTING_BYTES))
    return FALSE;
  head = g_strndup (text, n - 1);
  folded = g_strchomp (cmq_importer_fold (head));
  above = before != NULL ? cmq_importer_fold (before) : NULL;
  joined = above != NULL ? g_strconcat (above, "\n", folded, NULL) : g_strdup (folded);
  cmq_regex_get (&initialised, &regex, PRESENTING_PATTERN);
  return cmq_regex_match (regex, joined);
}

/* The non-blank line above line @i, or NULL. */
static const char *
text_above (GArray *lines, guint i)
{
  while (i-- > 0)
    if (*g_array_index (lines, Line, i).text != '\0')
      return g_array_index (lines, Line, i).text;
  return NULL;
}

gboolean
cmq_importer_is_partner_listed (GArray *lines, guint i)
{
  guint seen = 0;

  while (i-- > 0 && seen < MAX_LIST_LINES)
    {
      const char *text = g_array_index (lines, Line, i).text;
      gsize n = strlen (text);

      if (n == 0)
        continue;
      seen++;
      if (text[n - 1] == ':')
        return presents_partners (text, text_above (lines, i));
      /* an item is a name: no sentence's end, a few words */
      if (strchr (".!?;", text[n - 1]) != NULL || cmq_importer_count_words (text) > MAX_ITEM_WORDS)
        return FALSE;
    }
  return FALSE;
}
