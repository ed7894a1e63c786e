/* test-importer-found245.c: a long line without end punctuation whose sentence the next line
 * ends (issue 11: heldout37 mali-01, "… telle qu’elle figure sur son décret de nomination" over
 * "« , explique le communiqué.": a quote's closing mark put at the start of the next line) is the
 * story's, never dropped as chrome, in French and English: the next line opens with a quote
 * mark then a comma, or with a comma. A short line over a capitalised one is left as before.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD                                                                                         \
  "Le porte-parole garde sa fonction\n\n"                                                            \
  "Des informations parues dans la presse font état d’un changement, constate un communiqué du " \
  "gouvernement.\n\n"
#define HEAD_EN                                                                                    \
  "The spokesman keeps his post\n\n"                                                               \
  "Reports in the press say that the post was taken from the minister, says a statement of the "   \
  "government.\n\n"

#define LINE_FR                                                                                        \
  "C’est pourquoi, les deux premiers décrets qui visent le ministre comportent l’appellation de " \
  "celui-ci telle qu’elle figure sur son décret de nomination"
#define LINE_EN                                                                                    \
  "That is why the first two decrees that name the minister give him the title written in the "    \
  "decree of his appointment to the government"

static void
assert_kept (const char *text, const char *line)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  gboolean found = FALSE;

  for (const char *const *p = cmq_release_get_paragraphs (release); *p != NULL; p++)
    found = found || strstr (*p, line) != NULL;
  g_assert_true (found);
}

static void
test_line_kept (void)
{
  assert_kept (HEAD "« On peut constater que les deux décrets se rapportent aux membres du "
                    "gouvernement.\n" LINE_FR "\n« , explique le communiqué.\n",
               LINE_FR);
  assert_kept (HEAD_EN "“One can see that both decrees concern the members of the "
                       "government.\n" LINE_EN "\n” , the statement explains.\n",
               LINE_EN);
  assert_kept (HEAD_EN "One can see that both decrees concern the members of the "
                       "government.\n" LINE_EN "\n, the statement explains.\n",
               LINE_EN);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found245/line-kept", test_line_kept);
  return g_test_run ();
}
