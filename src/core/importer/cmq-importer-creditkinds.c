/* cmq-importer-creditkinds.c: the kind a credit or source line names when it says the page's text
 * or picture is taken from a press release ("Crédits (c) Communiqué de presse du Parc zoologique",
 * "Photo: press release", "Foto: Pressemitteilung der Stadt", "Source : communiqué de presse"):
 * a site that reposts a release credits it so, anywhere on its page. Only the press release is
 * read so: "Source: News agency" names no kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-creditkinds.h"
#include "cmq-importer-private.h"

/* A credit line is short: a story's paragraph is never one. */
#define MAX_CREDIT_LINE_BYTES 300
/* The credit's word and its mark are in the line's first bytes. */
#define MAX_CREDIT_LABEL_BYTES 24

/* The words that open a credit or a source line, folded, in en fr de nl es it pt; a longer one
 * before a shorter one it opens with. */
static const char *const credit_words[] = { "credits photos", "credits photo", "credit photos",
                                            "credit photo",   "photo credits", "photo credit",
                                            "credits",        "credit",        "photos",
                                            "photo",          "fotos",         "foto",
                                            "images",         "image",         "bilder",
                                            "bild",           "illustration",  "sources",
                                            "source",         "quelle",        "fuente",
                                            "fonte",          "bron",          NULL };

/* The bytes of @folded after its credit word and the mark after it (":", "(c)", "©"), or NULL:
 * without a mark, a word is a sentence's ("Photo press releases are…"). */
static const char *
after_credit_label (const char *folded)
{
  for (guint w = 0; credit_words[w] != NULL; w++)
    {
      gsize n = strlen (credit_words[w]);
      const char *p = folded + n;

      if (strncmp (folded, credit_words[w], n) != 0 || g_ascii_isalnum (*p))
        continue;
      while (*p == ' ')
        p++;
      if (*p == ':')
        p++;
      else if (strncmp (p, "(c)", 3) == 0)
        p += 3;
      else if (strncmp (p, "©", strlen ("©")) == 0)
        p += strlen ("©");
      else
        return NULL;
      while (*p == ' ')
        p++;
      return p;
    }
  return NULL;
}

/* Whether @text may be a credit line: short, opening with a letter of a credit word, and a mark
 * in its first bytes. */
static gboolean
may_be_credit (const char *text)
{
  gsize n = strnlen (text, MAX_CREDIT_LINE_BYTES);

  if (n == MAX_CREDIT_LINE_BYTES || strchr ("cCpPfFiIbBsSqQ", *text) == NULL || *text == '\0')
    return FALSE;
  n = MIN (n, MAX_CREDIT_LABEL_BYTES);
  return memchr (text, ':', n) != NULL || g_strstr_len (text, n, "(c)") != NULL ||
         g_strstr_len (text, n, "©") != NULL;
}

const char *
cmq_importer_kind_of_credit (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *folded = NULL;
      const char *rest;
      const char *kind;

      if (!may_be_credit (line->text))
        continue;
      folded = cmq_importer_fold (line->text);
      rest = after_credit_label (folded);
      kind = rest != NULL ? cmq_importer_kind_of_start (rest, FALSE) : NULL;
      if (kind != NULL && strcmp (kind, "press release") == 0)
        return kind;
    }
  return NULL;
}
