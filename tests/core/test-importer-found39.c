/* test-importer-found39.c: the importer on synthetic pages that carry what issue 11's source
 * missed in the eighteenth held-out set (heldout18 oenb-01, oenb-02): a press-release service's
 * publisher block, a label alone ("Herausgeber:", "Publisher:") over the issuer's name, gives the
 * release's source; a label over something that is no name gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Bankgouverneur bekräftigt Unabhängigkeit\n\n"                                                 \
  "Wien (OTS) - Die Unabhängigkeit der Bank ist gesetzlich verankert, hält der Gouverneur "      \
  "unmissverständlich fest.\n\n"

static void
test_publisher_block_source (void)
{
  static const char *const blocks[] = {
    "Herausgeber:\nNordische Landesbank\nAbteilung Presse\nTel.: +43-1 404 20/6666\n",
    "Publisher:\nNordische Landesbank\nPress office\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autofree char *text = g_strconcat (STORY, blocks[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_source (release), ==, "Nordische Landesbank");
    }
}

/* Under the label, a telephone number or a sentence is no publisher's name. */
static void
test_publisher_label_without_name (void)
{
  g_autoptr (CmqRelease) release = import_ok (STORY "Herausgeber:\nTel.: +43-1 404 20/6666\n");

  g_assert_null (cmq_release_get_source (release));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found39/publisher-block-source", test_publisher_block_source);
  g_test_add_func ("/importer-found39/publisher-label-without-name",
                   test_publisher_label_without_name);
  return g_test_run ();
}
