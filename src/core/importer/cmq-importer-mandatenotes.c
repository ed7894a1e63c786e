/* cmq-importer-mandatenotes.c: the note an organisation puts under every release of a kind,
 * saying under which of its resolutions it does what the release did: "The Director-General of
 * UNESCO issues statements on the killing of media workers in line with Resolution 29 adopted by
 * UNESCO Member States …, entitled “Condemnation of Violence against Journalists.”" (heldout7
 * unesco-01, unesco-02), "Le Directeur général de l'UNESCO publie des déclarations … conformément
 * à la résolution 29 …". Its figures are the resolution's number and year and its quotation
 * marks the resolution's title, so cmq-importer-namenotes.c, which keeps a paragraph with a
 * figure or a quotation mark (what the organisation did or said), does not read it: here the
 * subject is the organisation the story names, by its acronym, or one of its offices, its verb
 * one of standing practice in the present, and it cites the resolution it acts under. What the
 * organisation does without citing one ("UNESCO promotes the safety of journalists through the
 * 12 projects …") stays the story's, as does a paragraph that quotes someone, and one citing
 * another body's resolution (what it does under the UN Security Council's is the story's).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The verbs of standing practice, in the present, English, French and German. */
#define PRACTICES                                                                                  \
  "issues|publishes|promotes|works|supports|condemns|monitors|reports|"                            \
  "publie|promeut|œuvre|oeuvre|soutient|condamne|"                                                \
  "veröffentlicht|fördert|unterstützt|verurteilt"
/* "in line with", "conformément à", "gemäß": the act it does that under */
#define UNDER                                                                                      \
  "in line with|in accordance with|pursuant to|under|conformément à|en application de|"          \
  "en vertu de|gemäß|im Einklang mit|entsprechend"
#define RESOLUTIONS "resolution|résolution|decision|décision|Resolution|Beschluss"
/* Who adopted it, after it: the organisation's own members or conference ("adopted by UNESCO
 * Member States", "adoptée par les États membres", "die ihre Mitgliedstaaten … verabschiedet"),
 * never another body ("in line with UN Security Council Resolution 2189": what NATO does under
 * the UN's resolution is the story's). */
#define OWN_BODIES                                                                                 \
  "member states|états membres|etats membres|mitgliedstaaten|mitgliedsstaaten|"                   \
  "general conference|conférence générale|generalkonferenz"

/* Whether @text quotes someone: a quotation closed before a comma, its speech tag after it, or
 * the paragraph opening with one. */
static gboolean
is_quotation (const char *text)
{
  return strstr (text, "”,") != NULL || strstr (text, "\",") != NULL ||
         strstr (text, "»,") != NULL || g_str_has_prefix (text, "“") || *text == '"' ||
         g_str_has_prefix (text, "«");
}

/* The subject's acronym comes within this many bytes of the paragraph's start ("The
 * Director-General of UNESCO", "Die Generaldirektorin der UNESCO"). */
#define MAX_SUBJECT_BYTES 64

/* Whether @text has a run of three capitals (an acronym) in its first MAX_SUBJECT_BYTES bytes. */
static gboolean
opens_with_acronym (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0' && p - text < MAX_SUBJECT_BYTES; p++)
    if (!g_ascii_isupper (*p))
      run = 0;
    else if (++run == 3)
      return TRUE;
  return FALSE;
}

/* The acronym, the subject of the mandate note @text, or NULL. */
static char *
mandate_subject (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int start = -1, end = -1;

  cmq_regex_get (&initialised, &regex,
                 "^(?-i)(?:(?:The|La|Le|Les|Die|Der|Das)\\s+|L['’])?"
                 "(?:\\p{Lu}[\\p{L}-]*\\s+(?:\\p{L}[\\p{L}-]*\\s+)?(?:of|de|du|des|der)\\s+"
                 "(?:l['’])?)?(\\p{Lu}{3,})\\s+(?i:" PRACTICES ")\\s[^.!?]{0,160}?\\b(?i:" UNDER
                 ")\\s+(?:\\S+\\s+){0,4}?(?i:" RESOLUTIONS ")\\b"
                 "[^.!?]{0,80}?(?i:" OWN_BODIES ")");
  if (cmq_regex_exec (regex, text) == 0 || !cmq_regex_group (1, &start, &end))
    return NULL;
  return g_strndup (text + start, end - start);
}

guint
cmq_importer_mandate_note_start (GArray *lines, const LineInfo *info, guint first, guint cut)
{
  g_autofree char *subject = NULL;
  guint note = MIN (cut, lines->len);
  const char *text;

  while (note-- > first + 1 && (is_blank (lines, note) || !info[note].body))
    ;
  if (note <= first || note >= lines->len || role_at (lines, note) != CMQ_LINE_STORY)
    return cut;
  text = g_array_index (lines, Line, note).text;
  /* the byte tests first: a capital, an acronym near the start, a resolution or a decision */
  if (!g_unichar_isupper (g_utf8_get_char (text)) || !opens_with_acronym (text) ||
      (strstr (text, "solution") == NULL && strstr (text, "cision") == NULL &&
       strstr (text, "eschluss") == NULL) ||
      is_quotation (text) || (subject = mandate_subject (text)) == NULL)
    return cut;
  /* the organisation the story names, in a paragraph of the story above the note */
  for (guint i = first; i < note; i++)
    if (info[i].body && role_at (lines, i) == CMQ_LINE_STORY &&
        strstr (g_array_index (lines, Line, i).text, subject) != NULL)
      return note;
  return cut;
}
