/* cmq-importer-prompts.c: the lines that close a release from below without being its story, as
 * the seventh held-out set (tests/fixtures/heldout7) showed them: a prompt to turn to the press
 * office or the site ("Pour toute demande média, merci de contacter au service presse", "…
 * Pour plus de renseignements sur la Francophonie : www.francophonie.org"), and a telephone
 * number written with its national trunk zero and no "+" or "Tel" before it ("… 01 53 38 66 00",
 * "… vor Ort: 0151 52 70 21 75"); and the predicates for a line of contact details (an e-mail
 * address, a telephone number) they go with.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define CONTACT_PROMPTS_PATH "/io/github/communique/Communique/core/contact-prompts.txt"

/* A prompt is a short line: a sentence or two, never a story paragraph. */
#define MAX_PROMPT_LINE_WORDS 30

/* A telephone number has more figures than a date in figures (8) and a year. */
#define MIN_TRUNK_PHONE_DIGITS 9

/* A telephone number has at least this many figures; a date in figures at most 8. */
#define MIN_PHONE_DIGITS 7
#define MAX_DATE_DIGITS  8

/* A press office's contact line is this short. */
#define MAX_CONTACT_WORDS 40

/* The keys of contact-prompts.txt, loaded once. */
static GPtrArray *
prompts_get (void)
{
  static gsize init = 0;
  static GPtrArray *prompts = NULL;

  if (g_once_init_enter (&init))
    {
      prompts = cmq_importer_data_keys (CONTACT_PROMPTS_PATH, "contact prompts");
      g_once_init_leave (&init, 1);
    }
  return prompts;
}

/* Where the last sentence of @text starts: after the last ". ", "! " or "? " that a capital
 * follows, or @text. */
static const char *
last_sentence (const char *text)
{
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' &&
        g_unichar_isupper (g_utf8_get_char (p + 2)))
      start = p + 2;
  return start;
}

/* A line opening with a prompt and giving telephone numbers or addresses is the press office's,
 * however many contacts it names ("For further information, please contact A (Tel. +31 20 …), B
 * (Tel. …) or C (Tel. …).": heldout9 dnb-01). */
gboolean
cmq_importer_is_contact_prompt (const char *text)
{
  GPtrArray *prompts;
  g_autofree char *key = NULL;
  gboolean long_line = cmq_importer_count_words (text) > MAX_PROMPT_LINE_WORDS;

  if (long_line && !cmq_importer_has_contact_details (text))
    return FALSE;
  prompts = prompts_get ();
  key = cmq_importer_key (long_line ? text : last_sentence (text));
  for (guint i = 0; i < prompts->len; i++)
    {
      const char *prompt = g_ptr_array_index (prompts, i);
      gsize len;

      /* the first byte first: most prompts differ from the key there */
      if (*key != *prompt)
        continue;
      len = strlen (prompt);
      if (strncmp (key, prompt, len) == 0 && (key[len] == '\0' || key[len] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* Whether @text has a "0" where the pattern of cmq_importer_has_trunk_phone () may start its
 * number: at the start, or after a space, ":", "/" or "(", and before a digit. A byte above
 * ASCII may be part of a space or of a digit (\s and \d are Unicode's) and is let through, so
 * that no text the pattern matches is turned away; most zeros are inside figures ("2024"). */
static gboolean
may_have_trunk_zero (const char *text)
{
  for (const char *zero = strchr (text, '0'); zero != NULL; zero = strchr (zero + 1, '0'))
    {
      guchar before = zero == text ? ' ' : (guchar) zero[-1];
      guchar after = (guchar) zero[1];

      if ((before <= ' ' || before >= 0x80 || strchr (":/(", before) != NULL) &&
          (after >= 0x80 || g_ascii_isdigit (after)))
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_importer_has_trunk_phone (const char *text)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;

  if (!may_have_trunk_zero (text))
    return FALSE;
  /* "01 53 38 66 00", "0151 52 70 21 75", "030.12.34.56.78": a trunk zero, then groups of
   * figures; no quantity is written with a leading zero */
  cmq_importer_regex_get (&init, &regex,
                          "(?:^|[\\s:/(])(0\\d{1,4}(?:[ ./-]\\d{2,4}){2,})(?=$|[\\s/),;–-])");
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      guint digits = 0;

      for (const char *p = number; *p != '\0'; p++)
        digits += g_ascii_isdigit (*p) != 0;
      if (digits >= MIN_TRUNK_PHONE_DIGITS)
        return TRUE;
    }
  return FALSE;
}

/* Whether a pattern of cmq_importer_has_contact_details () (text.c) may match @text: its
 * address needs an "@", and each of its numbers a digit followed by six or more of
 * [\d ()./-]. A byte above ASCII may be part of a digit (\d is any Unicode digit) and counts
 * as one, so that no text the patterns match is turned away. */
gboolean
cmq_importer_may_have_contact_details (const char *text)
{
  guint run = 0;

  if (strchr (text, '@') != NULL)
    return TRUE;
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p >= 0x80 || (run > 0 && strchr (" ()./-", *p) != NULL))
      {
        if (++run >= 7)
          return TRUE;
      }
    else
      run = 0;
  return FALSE;
}

/* "+32 22815150", "Tel: 01 90 115-0": a line that is a telephone number. */
gboolean
cmq_importer_is_phone_line (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    digits += g_ascii_isdigit (*p) != 0;
  if (digits < MIN_PHONE_DIGITS)
    return FALSE;
  cmq_regex_get (&init, &regex,
                 "^(?:(?:tel|t[ée]l[ée]phone|phone|fax|mobile|gsm|mob)\\.?\\s*:?\\s*)?"
                 "\\+?\\(?\\d[\\d ()./-]+$");
  /* a date in figures ("07-03-2002") has 8 figures at most and no "+" */
  return cmq_regex_match (regex, text) && (digits > MAX_DATE_DIGITS || !g_ascii_isdigit (text[0]));
}

/* "Inquiries: Matti Nissinen, tel. +358 295 351 780.", "Contact: … // press@um.dk // +45 20 18 95
 * 93", "The Ministry's e-mail addresses are in the format firstname.lastname@formin.fi.", "Gerry
 * Rice: 202-473-1842": a line that tells how to reach a press office, by an e-mail address or a
 * telephone number. */
gboolean
cmq_importer_is_contact_line (const char *text)
{
  /* a paragraph that gives an address in passing is no contact line */
  return cmq_importer_count_words (text) <= MAX_CONTACT_WORDS &&
         cmq_importer_has_contact_details (text);
}

/* A line of a press contact: a contact line or a telephone number alone. */
gboolean
cmq_importer_is_contact_detail (const char *text)
{
  return cmq_importer_is_contact_line (text) || cmq_importer_is_phone_line (text);
}

/* An e-mail address or a telephone number, anywhere in @text: the number after a label in one
 * of the languages the importer reads ("tel.", "tlf.", "Telefon", "teléfono", "puh.": heldout13
 * nationalbanken-01), after a country code, or after a colon in the American form. */
gboolean
cmq_importer_has_contact_details (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  if (strpbrk (text, "@+0123456789") == NULL)
    return FALSE;
  cmq_regex_get (
      &init, &regex,
      "[a-z0-9._-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+"
      "|\\b(?:tel|t[ée]l[ée]phone|phone|fax|mobile|gsm|tlf|tfn|telefon|telefoon|tel[ée]fono|"
      "telefone|puh|mob)\\.?\\s*:?\\s*\\+?\\d[\\d ()./-]{6,}"
      "|(?:^|\\s)\\+\\d{1,3}[ ()./-]*\\d[\\d ()./-]{6,}"
      "|:\\s*\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}\\s*$");
  return (cmq_importer_may_have_contact_details (text) && cmq_regex_match (regex, text)) ||
         cmq_importer_has_trunk_phone (text);
}
