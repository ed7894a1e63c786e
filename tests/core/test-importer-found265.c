/* test-importer-found265.c: a headline set over two lines with no blank line between, the pair a
 * block of its own over the date line (issue 11: heldout38 louvre-01, "Le musée du Louvre … rouvrent
 * mercredi 19 mai 2021" / "Billetterie en ligne dès le 12 mai"): the title is both lines joined,
 * not the lower alone, in French, English and German; a deck under its headline (saying more than
 * it), a name, or a headline under a label and its date stay as they were.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_FR                                                                                      \
  "Après six mois de fermeture, le musée des Beaux-Arts et la galerie municipale rouvrent leurs "  \
  "portes le mercredi 19 mai 2021. La réservation d'un créneau horaire est obligatoire pour tous " \
  "les visiteurs.\nLes collections du musée seront aussi montrées dans plusieurs expositions en "  \
  "France et à l'étranger.\n"
#define LEAD_EN                                                                                    \
  "After six months of closure, the City Museum and the Town Gallery open their doors again on "   \
  "Wednesday 19 May 2021. Booking a time slot is required for every visitor.\nThe museum's "       \
  "collections will also be shown in several exhibitions at home and abroad.\n"
#define LEAD_DE                                                                                     \
  "Nach sechs Monaten der Schließung öffnen das Stadtmuseum und die Kunsthalle am Mittwoch, 19. " \
  "Mai 2021, wieder ihre Türen. Für alle Besucher ist die Buchung eines Zeitfensters "            \
  "erforderlich.\nDie Sammlungen des Museums werden auch in mehreren Ausstellungen im In- und "     \
  "Ausland gezeigt.\n"

static void
test_joined (void)
{
  assert_import_field ("Le musée des Beaux-Arts et la galerie municipale rouvrent mercredi 19 mai "
                       "2021\nBilletterie en ligne dès le 12 mai\n\n7 mai 2021\n" LEAD_FR,
                       title,
                       "Le musée des Beaux-Arts et la galerie municipale rouvrent mercredi 19 mai "
                       "2021 Billetterie en ligne dès le 12 mai");
  assert_import_field ("The City Museum and the Town Gallery reopen on Wednesday 19 May 2021\n"
                       "Online tickets on sale from 12 May\n\n7 May 2021\n" LEAD_EN,
                       title,
                       "The City Museum and the Town Gallery reopen on Wednesday 19 May 2021 "
                       "Online tickets on sale from 12 May");
  assert_import_field ("Stadtmuseum und Kunsthalle öffnen am Mittwoch, 19. Mai 2021 wieder\n"
                       "Tickets gibt es online ab dem 12. Mai\n\n7. Mai 2021\n" LEAD_DE,
                       title,
                       "Stadtmuseum und Kunsthalle öffnen am Mittwoch, 19. Mai 2021 wieder "
                       "Tickets gibt es online ab dem 12. Mai");
}

/* a deck says more than its headline; a name is no phrase; a label and its date after a dash
 * over the headline (heldout6 germany-01) is no headline's first line */
static void
test_not_joined (void)
{
  assert_import_field ("Le musée des Beaux-Arts rouvre ses portes\nNaissance d'une nouvelle "
                       "galerie consacrée à la peinture flamande au musée des Beaux-Arts\n\n"
                       "7 mai 2021\n" LEAD_FR,
                       title, "Le musée des Beaux-Arts rouvre ses portes");
  assert_import_field ("Foreign Minister to visit Europe and Indonesia next week\n"
                       "Rt Hon Winston Peters\n\n7 May 2021\n" LEAD_EN,
                       title, "Foreign Minister to visit Europe and Indonesia next week");
  assert_import_field ("Mitschrift der Pressekonferenz - Montag, 16. September 2013\n"
                       "Regierungspressekonferenz vom 16. September 2013\n\n" LEAD_DE,
                       title, "Regierungspressekonferenz vom 16. September 2013");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found265/joined", test_joined);
  g_test_add_func ("/importer/found265/not-joined", test_not_joined);
  return g_test_run ();
}
