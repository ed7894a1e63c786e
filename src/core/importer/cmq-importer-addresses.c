/* cmq-importer-addresses.c: an e-mail address, or the form a page's protection leaves of it
 * ("[email protected]", Cloudflare's), glued before a title's words ("[email protected] Joslyn
 * Art Museum Announces …", heldout26 joslyn-01): the end of a contact block the copy ran into
 * the next line. An address is never part of a title.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

const char *
cmq_importer_skip_leading_address (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  const char *p;
  int end;

  if (*text != '[' && strchr (text, '@') == NULL)
    return text;
  cmq_regex_get (&initialised, &regex,
                 "^((?:\\[email\\s+(?:&#160;|\\s)*protected\\]|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"
                 ")\\s+\\p{L}");
  if (!cmq_regex_find (regex, text, 1, NULL, &end))
    return text;
  p = text + end;
  while (*p == ' ' || *p == '\t')
    p++;
  /* A capital opens the title after the address; else the line is a sentence about it. */
  return g_unichar_isupper (g_utf8_get_char (p)) ? p : text;
}
