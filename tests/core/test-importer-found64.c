/* test-importer-found64.c: an organisation's note under the story, opened by its name alone on a
 * line (issue 11: heldout21 unaids-02, "UNAIDS" over "The Joint United Nations Programme on
 * HIV/AIDS (UNAIDS) leads …"). A name heading over a paragraph whose subject is that same name,
 * or its spelt-out form with the name in brackets, with a presenting verb of
 * presenting-openings.txt, is the note, in any language the table holds: the story ends above
 * it. A heading over a paragraph about something else, or over one whose subject is another
 * name, is the story's own subheading and stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Ghana pledges funds to the programme\n\n"                                                       \
  "GENEVA, 3 July 2017 - Ghana has pledged two hundred thousand dollars to support the work of "   \
  "the programme, at the close of the meeting of its coordinating board in Geneva.\n\n"            \
  "The Executive Director thanked Ghana for its pledge, which he said was another example of "     \
  "Africa increasing its investment in the response to the epidemic.\n\n"

static const char *
last_paragraph (CmqRelease *release)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  return paragraphs[n_paragraphs (release) - 1];
}

static void
check_last (const char *text, const char *starts)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (g_str_has_prefix (last_paragraph (release), starts));
}

static void
test_spelt_out (void)
{
  check_last (STORY "UNAIDS\n\n"
                    "The Joint United Nations Programme on HIV/AIDS (UNAIDS) leads and inspires "
                    "the world to achieve its shared vision of zero new HIV infections. Learn more "
                    "at unaids.org.\n",
              "The Executive Director thanked");
}

static void
test_languages (void)
{
  check_last (STORY "Solidarité Monde\n\n"
                    "Solidarité Monde est une organisation non gouvernementale qui rassemble "
                    "depuis 1980 des bénévoles dans quarante pays pour l'accès aux soins.\n",
              "The Executive Director thanked");
  check_last (STORY "Welthilfe\n\n"
                    "Die Welthilfe setzt sich seit 1962 in mehr als dreißig Ländern für den "
                    "Zugang zu sauberem Wasser und zu Bildung ein.\n",
              "The Executive Director thanked");
  check_last (STORY "UNAIDS\n\n"
                    "UNAIDS, the Joint United Nations Programme on HIV/AIDS, works with partners "
                    "in every region towards ending the epidemic by 2030.\n",
              "The Executive Director thanked");
}

/* A subheading over the story's paragraph that does not present it, or presents another. */
static void
test_story_subheading_kept (void)
{
  check_last (STORY "UNAIDS\n\n"
                    "The board will meet again in December in Geneva to review the budget and the "
                    "plan of work for the next two years.\n",
              "The board will meet again");
  check_last (STORY "UNAIDS\n\n"
                    "The World Health Organization (WHO) leads the response of the health sector "
                    "to the epidemic in the countries most affected by it.\n",
              "The World Health Organization");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found64/spelt-out", test_spelt_out);
  g_test_add_func ("/importer/found64/languages", test_languages);
  g_test_add_func ("/importer/found64/story-subheading-kept", test_story_subheading_kept);
  return g_test_run ();
}
