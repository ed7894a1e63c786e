/* cmq-importer-releasedlabels.c: a release-date line whose label says the release was released,
 * distributed or sent that day ("Released on: August 07, 2012, 7:54 am", a wire's date line,
 * heldout34 nationaltrust-01; "Distributed on 3 May 2021"; "Verbreitet am 3. Mai 2021"): the
 * release's own date, read as a "Published:" line is (cmq_importer_date_line_role ()).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-numberedissues.h"
#include "cmq-importer-releasedlabels.h"

/* The labels, in group 1, with what follows them in group 2: the label and "on" (or "le", "am",
 * "el", "il"), then a colon or a dash perhaps, the date after. */
#define RELEASED_LABEL                                                                             \
  "^((?:date released|released|distributed|sent|issued at|diffuse|verbreitet|versandt|"            \
  "difundido|emitido|diffuso|emesso)(?:\\s+(?:on|le|am|el|il))?)(\\s*[:\\-]?\\s+\\S.*)$"

/* Whether @folded ends on a figure or on a time's "am" or "pm": a date or a time. */
static gboolean
ends_on_date_or_time (const char *folded)
{
  gsize len = strlen (folded);

  while (len > 0 && (folded[len - 1] == '.' || folded[len - 1] == ' '))
    len--;
  if (len > 0 && g_ascii_isdigit (folded[len - 1]))
    return TRUE;
  return len > 3 && folded[len - 1] == 'm' &&
         (folded[len - 2] == 'a' || folded[len - 2] == 'p' || folded[len - 2] == '.') &&
         strchr ("0123456789 .", folded[len - 3]) != NULL;
}

CmqLineRole
cmq_importer_released_label_role (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *published = NULL;
  const char *after;
  CmqLineRole role;

  g_return_val_if_fail (text != NULL, CMQ_LINE_STORY);

  if (cmq_importer_is_numbered_issue_line (text))
    return CMQ_LINE_RELEASE_DATE;
  if (!g_ascii_isalpha (*text) || cmq_importer_chars_up_to (text, 120) > 100)
    return CMQ_LINE_STORY;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&init, &regex, RELEASED_LABEL);
  if (cmq_regex_exec (regex, folded) < 3)
    return CMQ_LINE_STORY;
  rest = cmq_regex_fetch (folded, 2);
  /* without a colon or a dash after the label, the line is the label and its date (and time)
   * alone: "Released on 3 May 2021, the report shows …" is a sentence of the story */
  after = rest + strspn (rest, " ");
  if (*after != ':' && *after != '-' && !ends_on_date_or_time (folded))
    return CMQ_LINE_STORY;
  /* the same date under the label the release-date lines know, read by their own rule */
  published = g_strconcat ("published on", rest, NULL);
  role = cmq_importer_date_line_role (published);
  return role == CMQ_LINE_RELEASE_DATE ? role : CMQ_LINE_STORY;
}
