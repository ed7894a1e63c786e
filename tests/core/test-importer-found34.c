/* test-importer-found34.c: a list that the story's last paragraph announces with a colon, each
 * item under a bullet printed alone on its line ("-", then "S. E. M. …, Président de la
 * République du Ghana", issue 11: heldout17 ecowas-01), is the story's: the lone bullets, known
 * as chrome elsewhere, neither open the page's tail nor end the story there, and are not kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD                                                                                       \
  "The ordinary session of the Council of Ministers was held on 15 December 2014 in Abuja, "       \
  "under the chairmanship of the Minister of Foreign Affairs of Ghana.\n\n"                        \
  "The ministers discussed the regional situation and adopted the community budget for the "       \
  "coming year after a long debate.\n\n"

static void
test_lone_bullet_items (void)
{
  static const struct
  {
    const char *announce;
    const char *bullet;
    const char *last;
  } cases[] = {
    { "Attending this session were the following Ministers of the Member States or their duly "
      "mandated representatives:",
      "-", "Mr Kwame Mensah, Minister of Trade and Industry of the Republic of Ghana" },
    { "Etaient présents à cette session les ministres des Etats membres suivants ou leurs "
      "représentants dûment mandatés:",
      "•", "S. E. M. Jorge Tolentino ARAUJO, Ministre des Relations Extérieures du Cabo Verde" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          LEAD "%s\n\n%s\n\nMs Amina Bello, Minister of Finance of the Federal Republic\n\n"
               "%s\n\nMr Jean Kouassi, Minister of Foreign Affairs of the Republic\n\n%s\n\n%s\n",
          cases[i].announce, cases[i].bullet, cases[i].bullet, cases[i].bullet, cases[i].last);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      guint n = n_paragraphs (release);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpstr (paragraphs[n - 1], ==, cases[i].last);
      for (guint k = 0; k < n; k++)
        g_assert_cmpstr (paragraphs[k], !=, cases[i].bullet);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found34/lone-bullet-items", test_lone_bullet_items);
  return g_test_run ();
}
