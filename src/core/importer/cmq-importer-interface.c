/* cmq-importer-interface.c: web-interface vocabulary (interface-words.txt): lines made only of
 * the words of menus, share bars and footers, and lines shaped like link lists.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define INTERFACE_WORDS_PATH "/io/github/communique/Communique/core/interface-words.txt"

/* Interface lines are short. */
#define MAX_INTERFACE_WORDS 10
/* "About News from the Ministry of Foreign Affairs of Denmark": the heading of the
 * organisation's note is short. */
#define MAX_NOTE_HEADING_WORDS 12

/* The "^" entries: keys of the words that open a heading of the organisation's note. */
static GPtrArray *note_openers = NULL;
/* The "!" entries: keys of the labels that open a publisher's notice about the text. */
static GHashTable *notice_labels = NULL;
/* The "&" entries: keys of whole headings of the organisation's note that name no one ("About
 * us", "Om oss"). */
static GHashTable *note_headings = NULL;

static GHashTable *
interface_words_load (void)
{
  g_auto (GStrv) lines = cmq_importer_data_lines (INTERFACE_WORDS_PATH, "interface words");
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint kind = *line == '='   ? CMQ_WORD_FILLER
                   : *line == '>' ? CMQ_WORD_OPENER
                                  : CMQ_WORD_INTERFACE;
      g_autofree char *key = NULL;

      if (*line == '^')
        {
          g_autofree char *words_key = cmq_importer_key (line + 1);

          g_ptr_array_add (note_openers, g_strconcat (words_key, " ", NULL));
          continue;
        }
      if (*line == '!' || *line == '&')
        {
          g_hash_table_add (*line == '!' ? notice_labels : note_headings,
                            cmq_importer_key (line + 1));
          continue;
        }
      key = cmq_importer_key (kind != CMQ_WORD_INTERFACE ? line + 1 : line);
      if (*key != '\0' && strchr (key, ' ') == NULL)
        g_hash_table_insert (words, g_steal_pointer (&key), GUINT_TO_POINTER (kind));
    }
  return words;
}

static GHashTable *
interface_words_get (void)
{
  static GHashTable *words = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      note_openers = g_ptr_array_new_with_free_func (g_free);
      notice_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      note_headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      words = interface_words_load ();
      g_once_init_leave (&initialised, 1);
    }
  return words;
}

/* 0, or CMQ_WORD_INTERFACE or CMQ_WORD_OPENER when the line is made only of interface words (and
 * fillers), CMQ_WORD_OPENER when one of them opens a section. */
guint
cmq_importer_interface_kind (const char *key, guint n_words)
{
  GHashTable *table = interface_words_get ();
  guint any = 0;
  char word[32];

  if (n_words == 0 || n_words > MAX_INTERFACE_WORDS)
    return 0;
  for (const char *p = key; *p != '\0';)
    {
      gsize len = strcspn (p, " ");
      gboolean digits = TRUE;
      guint kind;

      if (len >= sizeof word)
        return 0;
      memcpy (word, p, len);
      word[len] = '\0';
      for (gsize k = 0; k < len && digits; k++)
        digits = g_ascii_isdigit (word[k]);
      kind = digits ? CMQ_WORD_FILLER : GPOINTER_TO_UINT (g_hash_table_lookup (table, word));
      if (kind == 0)
        return 0;
      if (kind != CMQ_WORD_FILLER)
        any = MAX (any, kind);
      p += len + (p[len] == ' ');
    }
  return any;
}

/* After the @n_words first words of @text, a capital: the organisation's name ("À propos de
 * l'OCDE", "About the ICRC"), not "About this release". */
static gboolean
has_capital_after (const char *text, guint n_words)
{
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean alnum = g_unichar_isalnum (c) || g_unichar_ismark (c);

      if (alnum && !in_word && n_words-- == 0)
        {
          for (; *p != '\0'; p = g_utf8_next_char (p))
            if (g_unichar_isupper (g_utf8_get_char (p)))
              return TRUE;
          return FALSE;
        }
      in_word = alnum;
    }
  return FALSE;
}

/* "About Ulkoministeriö / Utrikesministeriet", "À propos de l'OCDE": the heading of a publisher's
 * notes after the story (who it is, its address, its other releases): one of the "^" openers,
 * then a name, and no sentence; or one of the "&" headings, which say "us" for the name ("About
 * us", "Om oss", "Über uns": heldout14 norway-01, a newswire's note on the ministry). */
gboolean
cmq_importer_is_note_heading (const char *text, const char *key, guint n_words)
{
  interface_words_get ();
  if (n_words < 2 || n_words > MAX_NOTE_HEADING_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  if (g_hash_table_contains (note_headings, key))
    return TRUE;
  for (guint i = 0; i < note_openers->len; i++)
    {
      const char *opener = g_ptr_array_index (note_openers, i);
      guint opener_words = 0;

      if (!g_str_has_prefix (key, opener))
        continue;
      for (const char *p = opener; *p != '\0'; p++)
        opener_words += *p == ' ';
      return has_capital_after (text, opener_words);
    }
  return FALSE;
}

/* "UWAGA: komunikaty publikowane są…", "DISCLAIMER: …": a line opened by one of the "!" labels,
 * in capitals, and a colon. */
gboolean
cmq_importer_is_notice (const char *text, const char *key)
{
  const char *p = text;
  gsize len = strcspn (key, " ");
  char label[32];

  interface_words_get ();
  for (; *p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    if (!g_unichar_isupper (g_utf8_get_char (p)))
      return FALSE;
  if (p - text < 2 || len >= sizeof label)
    return FALSE;
  /* "AVERTISSEMENT :" as French writes it. */
  if (*p == ' ')
    p++;
  if (*p != ':')
    return FALSE;
  memcpy (label, key, len);
  label[len] = '\0';
  return g_hash_table_contains (notice_labels, label);
}

gboolean
cmq_importer_is_interface_line (const char *key, guint n_words)
{
  return cmq_importer_interface_kind (key, n_words) != 0;
}

/* "Home > News > Statements", "Department of Public Information • News Coverage •": a line cut
 * into items by separators is a list of links, never a sentence; so is a line that an arrow
 * opens ("> Notes d’information", "› What is a ministerial conference?"), a link item. */
gboolean
cmq_importer_is_link_list (const char *text)
{
  guint separators = 0;

  /* The separators are '|', '>' or start with one of these bytes: most lines have none. */
  if (strpbrk (text, "|>\xC2\xE2") == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '|' || c == 0x2022 || c == 0x203A || c == 0x00BB || c == 0x25B8 ||
          (c == '>' && p > text && p[-1] == ' '))
        separators++;
    }
  if ((*text == '>' && text[1] == ' ') || g_str_has_prefix (text, "\u203A "))
    return TRUE;
  return separators >= 2 || (separators == 1 && g_utf8_get_char (text) == '|');
}
