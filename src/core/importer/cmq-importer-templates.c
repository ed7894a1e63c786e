/* cmq-importer-templates.c: how a source writes its dates in figures, learnt from the lines that
 * carry them. The files of one source, or of one publishing tool, write their date lines from
 * one template ("Date: 8/28/2008 12:00:00 AM", "05-04-2007 News Release 07/47"): the line with its
 * numbers taken out. A file whose own dates are all ambiguous (12/3/2007) is read the way the
 * other files of its template write theirs when a number there is above 12, whatever the site
 * name or the first line of the dump says; it stays unknown when they disagree or say nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date.h"
#include "cmq-importer-private.h"

/* A date line is a label line: longer lines are sentences, whose dates say nothing of a
 * template. */
#define MAX_TEMPLATE_LINE_BYTES 160
/* A template holds this many letters at least: bare figures ("12/3/2007") are written alike by
 * sources of both orders, so they tell nothing of the source. */
#define MIN_TEMPLATE_LETTERS 3

/* Whether @text may hold a date in figures: two separators between digits. */
static gboolean
may_hold_numeric_date (const char *text)
{
  guint separators = 0;

  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '/' || *p == '-' || *p == '.') && p > text && g_ascii_isdigit (p[-1]) &&
        g_ascii_isdigit (p[1]))
      separators++;
  return separators >= 2;
}

/* The template of @text: its numbers as "#", its letters folded, its spaces collapsed; NULL when
 * it is too long, holds no date in figures, or too few letters to tell one source from another. */
static char *
template_of (const char *text)
{
  GString *template;
  g_autofree char *folded = NULL;
  guint letters = 0;

  if (strlen (text) > MAX_TEMPLATE_LINE_BYTES || !may_hold_numeric_date (text))
    return NULL;
  folded = g_utf8_casefold (text, -1);
  template = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          while (g_ascii_isdigit (p[1]))
            p++;
          g_string_append_c (template, '#');
        }
      else if (g_ascii_isspace (*p))
        {
          if (template->len > 0 && template->str[template->len - 1] != ' ')
            g_string_append_c (template, ' ');
        }
      else
        {
          letters += g_ascii_isalpha (*p) || (guchar) *p >= 0x80;
          g_string_append_c (template, *p);
        }
    }
  if (letters < MIN_TEMPLATE_LETTERS)
    {
      g_string_free (template, TRUE);
      return NULL;
    }
  return g_string_free (template, FALSE);
}

void
cmq_importer_learn_date_templates (CmqImporter *self, GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *template = template_of (g_array_index (lines, Line, i).text);
      CmqDateFindFlags order;
      guint orders;

      if (template == NULL)
        continue;
      order = cmq_date_numeric_order (g_array_index (lines, Line, i).text, NULL);
      if (order == CMQ_DATE_FIND_NONE)
        continue;
      orders = GPOINTER_TO_UINT (g_hash_table_lookup (self->template_orders, template));
      g_hash_table_insert (self->template_orders, g_steal_pointer (&template),
                           GUINT_TO_POINTER (orders | order));
    }
}

CmqDateFindFlags
cmq_importer_template_numeric_order (CmqImporter *self, GArray *lines)
{
  guint orders = CMQ_DATE_FIND_NONE;

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *template = template_of (g_array_index (lines, Line, i).text);

      if (template == NULL)
        continue;
      orders |= GPOINTER_TO_UINT (g_hash_table_lookup (self->template_orders, template));
    }
  if (orders != CMQ_DATE_FIND_DAY_FIRST && orders != CMQ_DATE_FIND_MONTH_FIRST)
    return CMQ_DATE_FIND_NONE;
  return orders;
}
