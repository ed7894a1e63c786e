/* test-importer-found194.c: a name written twice alone on its line and said again inside a
 * longer line of the file (an organisation's name in two blocks of media contacts, then the
 * subject of the lead; a press service's name twice above the headline, then its signature
 * after the story) is a name, never the headline (heldout33 palmbeaches-01, perigueux-01). A
 * headline written twice and said again only among the site's interface words (a share line)
 * is still the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* A block of media contacts under the page's date, each naming the organisation ("Visit The
 * Greenfield Harbour"), between the headline's two copies. */
#define CONTACTS                                                                                   \
  "06/17/2016\n"                                                                                   \
  "MEDIA CONTACTS:\n"                                                                              \
  "Jane Roe, Director of Public Relations\n"                                                       \
  "Visit The Greenfield Harbour\n"                                                                 \
  "jroe@example.org\n"                                                                             \
  "Office: 555-233-3030; Cell: 555-592-6683\n\n"                                                   \
  "John Doe, Manager of Public Relations\n"                                                        \
  "Visit The Greenfield Harbour\n"                                                                 \
  "jdoe@example.org\n"                                                                             \
  "Office: 555-233-3064; Cell: 555-512-7464\n\n \n\n"

static void
test_contacts_name (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Harbour visitors break another record\n\n" CONTACTS "Harbour visitors break another record\n"
      "Record number of visitors come to the harbour in the first quarter of 2016\n\n"
      "GREENFIELD (June 17, 2016) - Visit The Greenfield Harbour, the body that runs "
      "the town's port, today announced that the harbour welcomed more visitors than "
      "ever in the first quarter of the year.\n\n"
      "The trust will open a new visitor centre on the quay next spring, its director "
      "said.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Harbour visitors break another record");
}

static void
test_service_name (void)
{
  /* the headline, ending in an ellipsis, is the title, not the service's name said twice */
  g_autoptr (CmqRelease) release = import_ok (
      "Service Presse\n\nService Presse\n\n"
      "La mairie rouvre la médiathèque du centre-ville…\n\n"
      "Le maire a inauguré ce matin la médiathèque rénovée, fermée depuis deux ans pour des "
      "travaux de mise aux normes.\n\n"
      "Les habitants pourront y emprunter des livres dès lundi, a précisé la mairie.\n\n"
      "Service presse de la mairie de Bergerac\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "La mairie rouvre la médiathèque du centre-ville…");
}

static void
test_headline_twice (void)
{
  /* the page's title and its heading, said again only in a share line: the headline */
  g_autoptr (CmqRelease) release = import_ok (
      "Council opens the new town library\n\nNews\n\nCouncil opens the new town library\n\n"
      "The council opened the town's new library this morning, after two years of building "
      "work on the old market hall.\n\n"
      "The library will open seven days a week, the mayor said.\n\n"
      "Share on Twitter: Council opens the new town library\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Council opens the new town library");
  g_assert_true (cmq_release_get_headline_found (release));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found194/contacts-name", test_contacts_name);
  g_test_add_func ("/importer/found194/service-name", test_service_name);
  g_test_add_func ("/importer/found194/headline-twice", test_headline_twice);
  return g_test_run ();
}
