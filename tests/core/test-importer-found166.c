/* test-importer-found166.c: a contact's name and telephone numbers in figures parted by hyphens
 * ("Ghislaine Anglionin, 05-96-39-39-20 ou 06-96-23-19-93", heldout30 martinique-01) have the
 * shape of a place, a date and a headline after a dash; they are neither the headline nor the
 * dateline, in French and English, and a real dateline with its headline is still read.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                     \
  "La Martinique accueille le premier conseil de coordination des ports, créé par la loi du 22 "   \
  "février 2012, et dont le décret a fixé la composition.\n"                                      \
  "Le directeur général des Outre-mer installera ce jeudi le conseil à la préfecture, avec les " \
  "représentants des trois ports.\n"

#define STORY_EN                                                                                   \
  "The port authority opened its new coordination council on Thursday, bringing together the "     \
  "three harbours of the region for the first time.\n"                                             \
  "The council will meet twice a year and report to the ministry on the harbours' common work.\n"

static void
test_contact_line (void)
{
  g_autoptr (CmqRelease) release = NULL;

  assert_import_field ("Installation du Conseil de Coordination Interportuaire\n"
                       "Contacts réservés aux médias :\n"
                       "Ghislaine Anglionin, 05-96-39-39-20 ou 06-96-23-19-93\n" STORY_FR,
                       title, "Installation du Conseil de Coordination Interportuaire");
  assert_import_field ("Harbour Council Opens in the Region\n"
                       "Media contacts:\n"
                       "Jane Miller, 05-96-39-39-20 or 06-96-23-19-93\n" STORY_EN,
                       title, "Harbour Council Opens in the Region");
  /* the page's dateline above the contact is read, not the contact's figures */
  release = import_ok ("Fort-de-France, le 1 juin 2016\n"
                       "Installation du Conseil de Coordination Interportuaire\n"
                       "Ghislaine Anglionin, 05-96-39-39-20 ou 06-96-23-19-93\n" STORY_FR);
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Installation du Conseil de Coordination Interportuaire");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2016-06-01");
}

static void
test_dateline_kept (void)
{
  /* a place, a date in figures and a headline after the dash: still the dateline's headline */
  assert_import_field ("Geneva, 12-06-2024 - Harbour Council Opens in the Region\n\n" STORY_EN,
                       title, "Harbour Council Opens in the Region");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found166/contact-line", test_contact_line);
  g_test_add_func ("/importer/found166/dateline-kept", test_dateline_kept);
  return g_test_run ();
}
