/* test-importer-found64.c: an organisation's note under the story, opened by its name alone on a
 * line (issue 11: heldout21 unaids-02, "UNAIDS" over "The Joint United Nations Programme on
 * HIV/AIDS (UNAIDS) leads …"). A name heading over a paragraph whose subject is that same name,
 * or its spelt-out form with the name in brackets, with a presenting verb of
 * presenting-openings.txt, is the note, in any language the table holds: the story ends above
 * it. A heading over a paragraph about something else, or over one whose subject is another
 * name, is the story's own subheading and stays. With no heading (heldout7 unesco-03,
 * heldout14 saab-01), the story part's last paragraph is the note when its subject is a name
 * the story names above it, with a verb of what the organisation does ("promotes", "förser"),
 * and it has no figure and no quotation mark; otherwise it is the story's last.
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

#define ISSUER_STORY                                                                               \
  "UNESCO Chief Condemns Killing of Journalist\n\n"                                                \
  "The Director-General of UNESCO has condemned the killing of a journalist in the region, and "   \
  "called for a thorough and transparent investigation.\n\n"                                       \
  "The journalist was the editor of the news agency's department and a member of the union of "    \
  "journalists.\n\n"

static void
test_unheaded (void)
{
  check_last (ISSUER_STORY "UNESCO promotes the safety of journalists through global "
                           "awareness-raising, capacity building and the Plan of Action on the "
                           "Safety of Journalists.\n",
              "The journalist was the editor");
  check_last ("Saab får beställning på Gripen\n\n"
              "Försvarsföretaget Saab har fått en beställning på sex Gripen-flygplan avsedda för "
              "flygvapnet, en affär värd cirka två miljarder kronor.\n\n"
              "Beställningen är en uppföljning av en tidigare beställning, säger Saabs VD.\n\n"
              "Saab förser den globala marknaden med världsledande produkter, tjänster och "
              "lösningar från militärt försvar till civil säkerhet.\n\n"
              "För ytterligare information, vänligen kontakta:\n\n"
              "Presscenter, +46 (0)734 180 018, presscentre@example.com\n",
              "Beställningen är en uppföljning");
}

/* The story's own last paragraph: what the organisation did, with a figure or a quotation, or
 * a subject the story does not name above. */
static void
test_unheaded_story_kept (void)
{
  check_last (ISSUER_STORY "UNESCO promotes the safety of journalists through the 12 projects "
                           "of its Plan of Action in the region.\n",
              "UNESCO promotes the safety");
  check_last (ISSUER_STORY "UNESCO promotes the safety of journalists, as its Director-General "
                           "said: “Journalists must be protected.”\n",
              "UNESCO promotes the safety");
  check_last (ISSUER_STORY "Ukrinform promotes the safety of its journalists through training and "
                           "the protection of their families.\n",
              "Ukrinform promotes the safety");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found64/spelt-out", test_spelt_out);
  g_test_add_func ("/importer/found64/languages", test_languages);
  g_test_add_func ("/importer/found64/story-subheading-kept", test_story_subheading_kept);
  g_test_add_func ("/importer/found64/unheaded", test_unheaded);
  g_test_add_func ("/importer/found64/unheaded-story-kept", test_unheaded_story_kept);
  return g_test_run ();
}
