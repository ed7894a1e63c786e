/* test-importer-found144.c: a site's posting stamp a day or two after the date a page gives
 * itself at the end of its headline and again as the first date of its lead (heldout27
 * burkina-01, a council's record reposted overnight): the stamp is the copy's, the page's own day
 * the release's. A stamp further on, or a headline or lead that gives no such day, keeps the
 * stamp the date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static char *
page (const char *headline, const char *stamp, const char *lead)
{
  return g_strconcat (headline, "\n\n", stamp, "\n\n", lead,
                      " The ministers then heard reports on the situation in the regions and "
                      "approved the appointments on the agenda.\n\n"
                      "The council adopted two draft decrees on the organisation of the public "
                      "service and one on the budget of the coming year.\n",
                      NULL);
}

static void
test_stamp_after_own_day (void)
{
  static const struct
  {
    const char *headline;
    const char *stamp;
    const char *lead;
  } cases[] = {
    { "Compte rendu du conseil des ministres du mercredi 2 mars 2011",
      "Publié le jeudi 3 mars 2011 à 00h44min",
      "Le conseil des ministres s'est tenu le 02 mars 2011 en séance ordinaire sous la présidence "
      "du chef de l'État." },
    { "Record of the Council of Ministers of Wednesday 2 March 2011",
      "Posted on Friday, 4 March 2011",
      "The Council of Ministers met on 2 March 2011 in ordinary session under the chairmanship of "
      "the head of state." },
    { "Decisions of the Council of Ministers of March 2, 2011", "Posted on March 3, 2011 at 00:44",
      "The Council of Ministers met on March 2, 2011 in ordinary session under the chairmanship "
      "of the head of state." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = page (cases[i].headline, cases[i].stamp, cases[i].lead);

      assert_import_field (text, date, "2011-03-02");
    }
}

/* The stamp stays the date when it is a week on (a later upload, not an overnight copy), when
 * the headline's date is not at its end, or when the lead gives another day first. */
static void
test_stamp_stays (void)
{
  static const struct
  {
    const char *headline;
    const char *stamp;
    const char *lead;
    const char *expected;
  } cases[] = {
    { "Compte rendu du conseil des ministres du mercredi 2 mars 2011",
      "Publié le mercredi 9 mars 2011", "Le conseil des ministres s'est tenu le 02 mars 2011.",
      "2011-03-09" },
    { "On 2 March 2011 the Council of Ministers met in the capital", "Posted on 3 March 2011",
      "The Council of Ministers met on 2 March 2011 in ordinary session.", "2011-03-03" },
    { "Record of the Council of Ministers of Wednesday 2 March 2011", "Posted on 3 March 2011",
      "The council, which had last met on 23 February 2011, met again this week.", "2011-03-03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = page (cases[i].headline, cases[i].stamp, cases[i].lead);

      assert_import_field (text, date, cases[i].expected);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/stamp-after-own-day", test_stamp_after_own_day);
  g_test_add_func ("/importer/stamp-stays", test_stamp_stays);
  return g_test_run ();
}
