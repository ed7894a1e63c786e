/* test-importer-found149.c: the kind a breadcrumb names when it leads to the page itself (issue
 * 11: heldout13 defense-fr-01, "Accueil | Actualités | La réforme | [Vidéo] Le CEMAT…"): its last
 * crumb is the headline, and the nearest crumb before it that is a kind, in the singular or the
 * plural, is the section the page is filed in; a news section only when it heads the page too.
 * A menu that leads to no headline names none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_crumbs_to_headline (void)
{
  assert_import_field ("Actualités\n"
                       "Accueil | Actualités | Défense | Le ministre visite la base aérienne de "
                       "Nancy\n\n"
                       "Le ministre visite la base aérienne de Nancy\n\n"
                       "Mise à jour : 08/02/2013 11:23\n\n"
                       "Le 5 février 2013, le ministre s'est rendu sur la base aérienne de Nancy "
                       "pour une visite de deux jours.\n\n"
                       "Il a rencontré les aviateurs et leurs familles.\n",
                       kind, "news story");
}

static void
test_crumbs_plural_english (void)
{
  assert_import_field ("Home > Press Releases > 2015 > Minister opens the new harbour in the "
                       "north\n\n"
                       "Minister opens the new harbour in the north\n\n"
                       "12 May 2015\n\n"
                       "The Minister opened the new harbour in the north of the island this "
                       "morning, after three years of works.\n\n"
                       "It will welcome its first ships next week.\n",
                       kind, "press release");
}

/* a news section alone in the breadcrumb, not heading the page: a reposted release, no kind */
static void
test_news_crumb_alone (void)
{
  assert_import_field ("Valley Online > News > August 2009 > University receives seven federal "
                       "grants\n"
                       "University receives seven federal grants\n\n"
                       "August 20, 2009\n\n"
                       "The university has received seven federal grants for its research "
                       "programmes, the president announced on Thursday.\n\n"
                       "The grants total four million dollars.\n",
                       kind, NULL);
}

/* a menu naming a kind among its sections leads to no headline: no kind */
static void
test_menu_names_no_kind (void)
{
  assert_import_field ("Home | News | Events | Contact\n\n"
                       "Minister opens the new harbour in the north\n\n"
                       "12 May 2015\n\n"
                       "The Minister opened the new harbour in the north of the island this "
                       "morning, after three years of works.\n\n"
                       "It will welcome its first ships next week.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found149/crumbs-to-headline", test_crumbs_to_headline);
  g_test_add_func ("/importer/found149/crumbs-plural-english", test_crumbs_plural_english);
  g_test_add_func ("/importer/found149/news-crumb-alone", test_news_crumb_alone);
  g_test_add_func ("/importer/found149/menu-names-no-kind", test_menu_names_no_kind);
  return g_test_run ();
}
