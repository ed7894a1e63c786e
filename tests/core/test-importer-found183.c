/* test-importer-found183.c: the site's note about the text at the end of the dump, a sentence
 * that speaks of the page itself and of its publishing ("Diese Meldung ist vor 2018 erschienen.",
 * heldout31 kapo-01; "This release was published…", "Cet article a été archivé…"), is not the
 * story, nor are the sender's lines above it. A story sentence about another text, or one
 * followed by more of the story, is kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_last (const char *text, const char *last)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = n_paragraphs (release);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (paragraphs[n - 1], ==, last);
}

static void
test_note (void)
{
  check_last ("Zürich: Erste Bilanz vom Seefest\n"
              "Nach den ersten zwei Festtagen zieht die Polizei eine positive Bilanz.\n"
              "Insgesamt verlief das Fest ohne grössere Zwischenfälle.\n"
              "Kantonspolizei Zürich\n"
              "Mediendienst / Tel. 044 247 36 36\n"
              "Hinweis\n"
              "Diese Meldung ist vor 2018 erschienen. Alle Bilder sind entfernt worden.\n"
              "Bei Fragen zu dieser Meldung wenden Sie sich bitte an den Kontakt.\n",
              "Insgesamt verlief das Fest ohne grössere Zwischenfälle.");
  check_last ("City opens a new library\n\n"
              "The city opened its new library on the river bank today.\n\n"
              "The library holds forty thousand books and a children's room.\n\n"
              "Note\n\n"
              "This release was published before the city's new website went online, and its "
              "pictures were removed.\n",
              "The library holds forty thousand books and a children's room.");
  check_last ("La ville ouvre une nouvelle médiathèque\n\n"
              "La ville a ouvert aujourd'hui sa nouvelle médiathèque au bord du fleuve.\n\n"
              "Elle compte quarante mille livres et une salle pour les enfants.\n\n"
              "Cet article a été archivé lors du passage au nouveau site de la ville.\n",
              "Elle compte quarante mille livres et une salle pour les enfants.");
}

/* the story's own sentences about a text stay: another text, or with more story under it */
static void
test_story (void)
{
  check_last ("Researchers describe a new beetle\n\n"
              "Researchers of the museum have described a new species of beetle.\n\n"
              "The article was published in the journal Nature this week.\n",
              "The article was published in the journal Nature this week.");
  check_last ("Researchers describe a new beetle\n\n"
              "Researchers of the museum have described a new species of beetle.\n\n"
              "This article was published in the journal Nature this week, said the museum.\n\n"
              "The beetle lives in the forests of the north.\n\n"
              "It was found by a student during a field trip.\n\n"
              "The museum will show it from next month.\n",
              "The museum will show it from next month.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found183/note", test_note);
  g_test_add_func ("/importer/found183/story", test_story);
  return g_test_run ();
}
