/* test-importer-found38.c: the importer on synthetic pages that carry what issue 11's kind missed
 * in the nineteenth held-out set (heldout19 amf-01): a notice that the text was delivered aloud
 * ("Seul le prononcé fait foi", "Check against delivery", "Es gilt das gesprochene Wort"), on its
 * own line outside the story, makes the release a speech; the same words inside a sentence of
 * the story do not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_delivery_notice_speech (void)
{
  static const char *const pages[] = {
    "Colloque annuel de la commission\n\nSeul le prononcé fait foi\n\n"
    "Mesdames, Messieurs, je suis heureuse de vous accueillir aujourd'hui à notre colloque "
    "annuel.\n\nJe vous remercie de votre attention.\n",
    "Annual conference of the commission\n\nCheck against delivery\n\n"
    "Ladies and gentlemen, I am glad to welcome you today to our annual conference.\n\n"
    "Thank you for your attention.\n",
    "Jahreskonferenz der Kommission\n\nEs gilt das gesprochene Wort\n\n"
    "Meine Damen und Herren, ich freue mich, Sie heute zu unserer Jahreskonferenz zu "
    "begrüßen.\n\nVielen Dank für Ihre Aufmerksamkeit.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (CmqRelease) release = import_ok (pages[i]);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, "speech");
    }
}

/* A story sentence that speaks of delivery gives no kind. */
static void
test_delivery_in_story_no_kind (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Parcel service resumes in the capital\n\n"
                 "The company said on Monday that every parcel is checked against delivery "
                 "records before it leaves the depot.\n\nService resumes on Tuesday.\n");

  g_assert_null (cmq_release_get_kind (release));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found38/delivery-notice-speech", test_delivery_notice_speech);
  g_test_add_func ("/importer-found38/delivery-in-story-no-kind", test_delivery_in_story_no_kind);
  return g_test_run ();
}
