/* test-importer-found68.c: what closes a release under its last paragraph, read by shape and by
 * the interface lexicon (issue 11):
 * - the press office's block: a label, then short lines to the end of the dump, an e-mail
 *   address or a telephone number among them (heldout22 mdhc-01, "Atendimento exclusivo à
 *   imprensa:"; heldout14 saab-01, "För ytterligare information, vänligen kontakta:"), in any
 *   language; a label over lines with no contact details is the story's;
 * - "See also", "À lire aussi" open a section of related links, as "Related" does (heldout20
 *   msf-01: a related item's title cut by an ellipsis under it);
 * - on a blog's page, an end mark ("*********") with only a blogger's note under it, over the
 *   next post opening as the release did (its date alone): the story ends at the mark
 *   (heldout22 psi-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define LAST "New dates for the visits will be set in due course."

#define STORY                                                                                      \
  "Minister cancels her visits to two towns\n\n"                                                   \
  "The Ministry informs that the Minister will not be able to attend the events planned for the "  \
  "last days of the month in the two towns of the region.\n\n"                                     \
  "The visits are cancelled because of the operation in the capital, which requires the "          \
  "presence of the Minister at the meetings held about it. " LAST "\n"

static const char *
last_paragraph (CmqRelease *release)
{
  return cmq_release_get_paragraphs (release)[n_paragraphs (release) - 1];
}

static void
check_last (const char *text, const char *expected_end)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (g_str_has_suffix (last_paragraph (release), expected_end));
}

static void
test_contact_block (void)
{
  check_last (STORY "Atendimento exclusivo à imprensa:\n"
                    "imprensa@ministerio.gov.br\n"
                    "Assessoria de Comunicação Social do Ministério\n"
                    "(61) 2027-3538\n"
                    "Acesse o canal do Ministério dos Direitos Humanos e da Cidadania no "
                    "WhatsApp.\n",
              LAST);
  check_last (STORY "\nFör ytterligare information, vänligen kontakta:\n\n"
                    "Presscenter, +46 (0)734 180 018, presscentre@example.com\n\n"
                    "www.example.com\n",
              LAST);
}

/* A label over lines that give no way to reach anyone: the story's. */
static void
test_label_without_contacts_kept (void)
{
  check_last (STORY "\nThe visits will take place later in two towns:\n\n"
                    "Muriaé will host the lecture on human rights at its school.\n\n"
                    "Leopoldina will host the ceremony of the honorary citizenship.\n",
              "the ceremony of the honorary citizenship.");
}

/* A story of one sentence, under its date: the related item's title under the label, cut by an
 * ellipsis and as long as a sentence, is not the story's end. */
#define ONE_SENTENCE                                                                               \
  "17 avril 2008\n"                                                                                \
  "Le coordinateur de l'organisation témoigne devant le Conseil de sécurité de la situation "   \
  "catastrophique de la population de la région, déplacée ou réfugiée dans le pays voisin.\n"

static void
test_see_also (void)
{
  check_last (ONE_SENTENCE "À lire aussi\n"
                           "Haïti : 96 blessés par balle pris en charge par l'organisation au "
                           "cours des dernières…\n"
                           "Communiqué de presse\n",
              "réfugiée dans le pays voisin.");
  check_last (ONE_SENTENCE "See also\n"
                           "Ministers of the region meet in the capital to discuss the floods of "
                           "the spring and the…\n",
              "réfugiée dans le pays voisin.");
}

static void
test_end_mark_over_next_post (void)
{
  check_last ("Tuesday, March 29, 2011\n\n"
              "A new video on the peer educators of the city\n\n"
              "A new video from the organisation has been accepted to the film festival, and "
              "will be screened during the annual conference of the association in April.\n\n"
              "Prior to the festival, you can view the video on the organisation's website.\n\n"
              "*********\n"
              "This press release is reprinted by the blogger out of an obscure sense of guilt. "
              "It does not represent her opinions.\n\n"
              "Thursday, March 24, 2011\n\n"
              "You Can Help the Bank\n\n"
              "This is a crucial time for microfinance all over the world and for the bank, which "
              "must keep its independence and its autonomy.\n",
              "view the video on the organisation's website.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found68/contact-block", test_contact_block);
  g_test_add_func ("/importer/found68/label-without-contacts-kept",
                   test_label_without_contacts_kept);
  g_test_add_func ("/importer/found68/see-also", test_see_also);
  g_test_add_func ("/importer/found68/end-mark-over-next-post", test_end_mark_over_next_post);
  return g_test_run ();
}
