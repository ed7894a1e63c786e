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

/* The invitations of invitations_get () by the byte after their opening space: each is found
 * at a space of the key, by the word that follows it, in one walk of the key rather than one a
 * phrase. */
static GPtrArray **
invitations_by_first (void)
{
  static gsize init = 0;
  static GPtrArray *by_first[256];

  if (g_once_init_enter (&init))
    {
      GPtrArray *invitations = invitations_get ();

      for (guint i = 0; i < invitations->len; i++)
        {
          const char *invitation = g_ptr_array_index (invitations, i);
          guchar first = (guchar) invitation[1];

          if (by_first[first] == NULL)
            by_first[first] = g_ptr_array_new ();
          g_ptr_array_add (by_first[first], (gpointer) invitation);
        }
      g_once_init_leave (&init, 1);
    }
  return by_first;
}

gboolean
cmq_importer_invites_to_event (const char *key)
{
  GPtrArray **by_first = invitations_by_first ();

  /* every invitation opens with a space: where one is in the key, a space is */
  for (const char *space = strchr (key, ' '); space != NULL; space = strchr (space + 1, ' '))
    {
      GPtrArray *invitations = by_first[(guchar) space[1]];

      for (guint i = 0; invitations != NULL && i < invitations->len; i++)
        {
          const char *invitation = g_ptr_array_index (invitations, i);

          if (strncmp (space, invitation, strlen (invitation)) == 0)
            return TRUE;
        }
    }
  return FALSE;
}
