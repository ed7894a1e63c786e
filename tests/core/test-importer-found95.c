/* test-importer-found95.c: the story's end (heldout24): a site's notice that it uses cookies,
 * its verb before its subject after a clause giving the reason ("…, verwendet diese Seite
 * Cookies.", haiger-01), is chrome in every language, while a sentence about cookies in the story
 * stays; and a closing list that a colon announces keeps every item, the last one short and
 * without a full stop too (huntsfa-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define MEETING(notice)                                                                            \
  "Council meeting cancelled\n\n"                                                                  \
  "The council meeting planned for next week will not take place, the town said on Monday.\n\n"    \
  "The decision was taken after a careful review of the situation in the region.\n\n" notice "\n"

#define LAST "The decision was taken after a careful review of the situation in the region."

static void
test_cookie_notices (void)
{
  const char *notices[] = {
    "Damit wir Ihnen ein optimales Besucher-Erlebnis bieten können, verwendet diese Seite "
    "Cookies.",
    "To give you the best experience, this website uses cookies.",
    "Pour vous offrir la meilleure expérience, ce site utilise des cookies.",
    "Para ofrecerle la mejor experiencia, este sitio utiliza cookies.",
    "Per offrirti la migliore esperienza, questo sito utilizza cookie.",
    "Om u de beste ervaring te bieden, gebruikt deze website cookies.",
    "Para lhe oferecer a melhor experiência, este site usa cookies.",
    "Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu. Diese Seite "
    "verwendet Cookies.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text = g_strdup_printf (MEETING ("%s"), notices[i]);

      assert_last_paragraph (text, LAST);
    }
  /* the story's own sentence about cookies, with no reason, policy or consent, stays */
  assert_last_paragraph (MEETING ("The council's new website uses cookies only for statistics."),
                         "The council's new website uses cookies only for statistics.");
  assert_last_paragraph (MEETING ("The authority found that the shop uses cookies to shape its "
                                  "customers' experience without their consent."),
                         "The authority found that the shop uses cookies to shape its customers' "
                         "experience without their consent.");
}

#define PLANS(items)                                                                               \
  "THE ASSOCIATION ANNOUNCES NEW PLANS FOR NEXT SEASON\n"                                          \
  "Today's announcements include a range of measures and considerable new investment into every "  \
  "level of the game. The association is now able to make this investment due to increased "       \
  "revenue from its broadcast deals. The new investments include:\n" items

#define ITEM_1                                                                                     \
  "- More than double the cup prize fund from next season. This will benefit all participating "   \
  "clubs at every stage of the competition"
#define ITEM_2                                                                                     \
  "- Significantly increasing our investment into grassroots facilities every year. This money "   \
  "will support a range of new and existing facility programmes across the country"
#define ITEM_3 "- Increasing our investment in grassroots participation activities every year"

static void
test_announced_list (void)
{
  g_autoptr (CmqRelease) release = import_ok (PLANS (ITEM_1 "\n" ITEM_2 "\n" ITEM_3 "\n"));

  g_assert_true (has_paragraph (release, ITEM_1));
  g_assert_true (has_paragraph (release, ITEM_2));
  assert_last_paragraph (PLANS (ITEM_1 "\n" ITEM_2 "\n" ITEM_3 "\n"), ITEM_3);
  /* with no item that is a story paragraph above it, a short line stays the page's */
  assert_last_paragraph (
      "Plans for next season\n\n"
      "Today's announcements include a range of measures and considerable new investment into "
      "every level of the game, the association said on Monday.\n\n"
      "The association is now able to make this investment due to increased revenue.\n\n"
      "- Share on Twitter\n",
      "The association is now able to make this investment due to increased revenue.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found95/cookie-notices", test_cookie_notices);
  g_test_add_func ("/importer/found95/announced-list", test_announced_list);
  return g_test_run ();
}
