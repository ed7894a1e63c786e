/* test-importer-found69.c: the organisation whose own organ is the subject of a release (issue
 * 11: heldout8 undp-03 "UNDP:s styrelse välkomnar …", heldout11 boe-02 "The Bank of England's
 * Monetary Policy Committee (MPC) sets …", heldout9 cplp-01 "XI CONFERÊNCIA DE CHEFES DE ESTADO E
 * DE GOVERNO DA CPLP" over "Os Chefes de Estado e de Governo …"). The organ opens the line, in the
 * possessive, or the line is all of the organ's name and the lead opens with its members; the
 * source is the organisation, never the organ or its acronym. An organisation's meeting, or an
 * organ named further on in a line ("Minister … attends NATO Defence Ministerial Meeting", as
 * heldout15 canada-02 writes it), names no source. A headline addressing the organ, by a byline
 * that is only the organisation's head's office and name, is the head's (heldout8 wfp-01,
 * "Opening Statement to the WFP Executive Board" over "Executive Director Josette Sheeran"); a
 * delegate's byline is not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The decision follows two years of consultations with the governments of the region and the "    \
  "agencies that work there.\n\n"                                                                  \
  "The next review of the programmes is due in the spring, when the first results are known.\n"

static void
test_possessive_headline (void)
{
  assert_import_field ("UNICEF's Executive Board approves new country programmes\n\n"
                       "The Executive Board of UNICEF today approved eleven new country "
                       "programmes for the coming five years.\n\n" STORY,
                       source, "UNICEF");
  assert_import_field ("UNICEF:s styrelse godkänner nya landprogram\n\n"
                       "UNICEF:s styrelse godkände i dag elva nya landprogram för de kommande "
                       "fem åren, efter två års samråd med regeringarna i regionen.\n\n"
                       "Nästa granskning av programmen sker i vår, när de första resultaten är "
                       "kända.\n",
                       source, "UNICEF");
}

static void
test_possessive_lead (void)
{
  /* the organisation as the lead writes it, shaped as an institution's name; never "MPC" */
  assert_import_field ("Policy rate held at 4% - March 2031\n\n"
                       "The Harbour Bank of Northland’s Monetary Policy Committee (MPC) sets "
                       "monetary policy to meet the 2% inflation target. At its meeting, the MPC "
                       "voted unanimously to hold the policy rate at 4%.\n\n" STORY,
                       source, "Harbour Bank of Northland");
  /* words before the organ that are no name's: no organ */
  assert_import_field ("Policy rate held at 4% - March 2031\n\n"
                       "The Harbour Bank of Northland’s new committee on pay sets its own rules "
                       "for the staff of the Harbour Bank of Northland this year.\n\n" STORY,
                       source, NULL);
}

#define SUMMIT(lead)                                                                               \
  "Declaration of the summit\n\n"                                                                  \
  "VII CONFERENCE OF HEADS OF STATE AND GOVERNMENT OF THE AFRICAN UNION\n\n" lead "\n\n" STORY

static void
test_named_organ (void)
{
  assert_import_field (SUMMIT ("1. The Heads of State and Government of the African Union, "
                               "meeting in their seventh ordinary session, welcomed the report "
                               "of the Commission."),
                       source, "African Union");
  /* the lead does not open with the organ's members: the page may be anyone's account of it */
  assert_import_field (SUMMIT ("The Minister of Foreign Affairs attended the conference of the "
                               "African Union and met the delegations of the region."),
                       source, NULL);
}

static void
test_not_the_subject (void)
{
  /* a meeting is no organ */
  assert_import_field ("Minister Smith attends NATO Defence Ministerial Meeting\n\n"
                       "Defence Minister Jane Smith attended the North Atlantic Treaty "
                       "Organization (NATO) Defence Ministers Meeting in Brussels.\n\n" STORY,
                       source, NULL);
  /* an organ further on in the line is not its subject */
  assert_import_field ("Minister Smith attends the OSCE Ministerial Council in Vienna\n\n"
                       "Foreign Minister Jane Smith attended the OSCE Ministerial Council in "
                       "Vienna, where she met her counterparts from the region.\n\n" STORY,
                       source, NULL);
}

#define ADDRESS(byline)                                                                            \
  "Opening Statement to the IAEA Board of Governors, June 2031 - Vienna, Austria "                 \
  "(09/06/31)\n\n" byline "\n\n"                                                                   \
  "We are meeting at a time of great challenges for the world, and for the International Atomic "  \
  "Energy Agency. One year ago at our June meeting, I warned that we might face a difficult "      \
  "year.\n\n"                                                                                      \
  "Today, we are in the middle of it, and the decisions of this Board will matter more than "      \
  "ever.\n\n"                                                                                      \
  "Related links\n"

static void
test_addressed_organ (void)
{
  assert_import_field (ADDRESS ("Director General Jane Smith"), source,
                       "International Atomic Energy Agency");
  /* a delegate's statement to the same organ */
  assert_import_field (ADDRESS ("Ambassador Jane Smith"), source, NULL);
  assert_import_field (ADDRESS ("Statement by the delegation of Northland"), source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found69/possessive-headline", test_possessive_headline);
  g_test_add_func ("/importer/found69/possessive-lead", test_possessive_lead);
  g_test_add_func ("/importer/found69/named-organ", test_named_organ);
  g_test_add_func ("/importer/found69/not-the-subject", test_not_the_subject);
  g_test_add_func ("/importer/found69/addressed-organ", test_addressed_organ);
  return g_test_run ();
}
