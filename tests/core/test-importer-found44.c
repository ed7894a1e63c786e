/* test-importer-found44.c: a media notice in German or Dutch dates the meeting it announces in
 * the present tense, with the verb "to take place" in two parts around the clause ("Am Montag,
 * dem 22. Februar 2021, findet … ein Mediengespräch statt", issue 11: heldout20 wien-01). That
 * day is the meeting's, not the release's, as with "will be held" or "se tiendra": the release's
 * date stays unknown rather than invented. In a subordinate clause the verb is one word ("…, die
 * am 22. Februar stattfindet") and the day may be the release's own story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_notice_in_two_parts (void)
{
  static const struct
  {
    const char *lead;
    const char *date;
  } cases[] = {
    { "Wien (OTS) - Am Montag, dem 22. Februar 2021, findet um 11 Uhr im Festsaal des Rathauses "
      "ein Mediengespräch mit dem Bürgermeister statt. Thema ist der Ausbau der Radwege.",
      NULL },
    { "Op maandag 3 mei 2021 vindt in het stadhuis een persgesprek met de burgemeester plaats. "
      "Het gesprek gaat over de nieuwe fietspaden in de stad.",
      NULL },
    { "Der Bürgermeister hat am 22. Februar 2021 den Bericht zur Konferenz vorgestellt, die im "
      "Herbst im Rathaus stattfindet. Thema ist der Ausbau der Radwege.",
      "2021-02-22" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Mediengespräch zu den Radwegen der Stadt\n\n"
          "%s\n\n"
          "Die Stadt stellt den Medien Fotos und einen Live-Stream des Gesprächs zur Verfügung, "
          "wie bei allen Terminen des Bürgermeisters.\n",
          cases[i].lead);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found44/notice-in-two-parts", test_notice_in_two_parts);
  return g_test_run ();
}
