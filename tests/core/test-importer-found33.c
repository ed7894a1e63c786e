/* test-importer-found33.c: kinds the dump's shape says (issue 11): a release's number in its
 * year's series before the headline or the lead ("N° 48–2014: …", "ESA INFO 10-2003. …", heldout7
 * esa-01/02) is a press release's; a story whose paragraphs open with a person's name in capitals
 * after an initial or a title ("Al. PAPAIOANNOU: Good morning", heldout14 greece-01), or with
 * speakers' labels taking turns ("Q: … A: … Q: …"), is a transcript. A dateline in capitals
 * ("BRUSSELS: …") or labels that never take turns give no kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Ministers to meet on the future of European launchers\n\n"
#define LEAD                                                                                       \
  "On 27 May, the ministers in charge of space activities will meet in Paris to take decisions "   \
  "on the restructuring of the launcher sector.\n\n"
#define REST                                                                                       \
  "The ministers will also decide on the funding of the operations of the space station and "      \
  "adopt a resolution on relations with the European Union.\n\n"                                   \
  "The meeting follows the failure of the first launch of the new version of the rocket last "     \
  "December, which had grave consequences for the sector.\n"

static void
test_release_number (void)
{
  static const struct
  {
    const char *text;
    const char *kind;
  } cases[] = {
    { "N° 48–2014: Ministers to meet on the future of European launchers\n\n" LEAD REST,
      "press release" },
    { HEADLINE "ESA INFO 10-2003. " LEAD REST, "press release" },
    { "Nr. 584/02: Ministers to meet on the future of European launchers\n\n" LEAD REST,
      "press release" },
    /* a number without its year's series, or a year alone, is no release's number */
    { HEADLINE "ESA INFO 10. " LEAD REST, NULL },
    { HEADLINE "In 2003: " LEAD REST, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_import_field (cases[i].text, kind, cases[i].kind);
}

#define TALK1                                                                                      \
  "Good morning. I will make a few opening remarks and then take your questions about the "        \
  "tour of the region.\n\n"
#define TALK2                                                                                      \
  "First of all, the Minister has been on a tour of the region since last week, and was in "       \
  "three capitals.\n\n"
#define TALK3 "Will the visit to the last capital take place this week as planned?\n\n"
#define TALK4 "It was postponed for reasons of scheduling and will take place within days.\n\n"

static void
test_speaker_labels (void)
{
  static const struct
  {
    const char *text;
    const char *kind;
  } cases[] = {
    { "Al. PAPAIOANNOU: " TALK1 TALK2 TALK4, "transcript" },
    { "Mr. KIRBY: " TALK1 TALK2 TALK4, "transcript" },
    { "SPOKESPERSON: " TALK1 "JOURNALIST: " TALK3 "SPOKESPERSON: " TALK4, "transcript" },
    { "Q: " TALK3 "A: " TALK4 "Q: " TALK3 "A: " TALK1, "transcript" },
    /* a dateline in capitals is no speaker */
    { "BRUSSELS: " TALK1 TALK2 TALK4, NULL },
    /* labels that never come back are no turns */
    { "Background: " TALK1 "Outcome: " TALK2 "Next steps: " TALK4, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat ("Briefing on the tour of the region\n\n", cases[i].text, NULL);

      assert_import_field (text, kind, cases[i].kind);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found33/release-number", test_release_number);
  g_test_add_func ("/importer/found33/speaker-labels", test_speaker_labels);
  return g_test_run ();
}
