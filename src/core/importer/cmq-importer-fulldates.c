/* cmq-importer-fulldates.c: whether a piece of a line is a full date, a day, a month and a year,
 * in any language: shared by the rules that cut a page's head glued before a place and a date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-date.h"
#include "cmq-importer-fulldates.h"

gboolean
cmq_importer_is_full_date (const char *text, gsize len)
{
  g_autofree char *date = g_strndup (text, len);
  CmqDateGuess guess;

  return cmq_date_find_full (date, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
         guess.year != 0 && guess.month != 0 && guess.day != 0;
}
