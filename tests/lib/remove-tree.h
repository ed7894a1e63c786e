/* remove-tree.h: the one way tests remove their temporary folders.
 *
 * A test's cleanup once followed a symbolic link to /etc and emptied it. cmq_test_remove_tree()
 * looks at each path itself (lstat), never at what a link points to: a link is unlinked, never
 * entered, whether it points to a folder, a file or nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

static inline void
cmq_test_remove_tree (const char *path)
{
  GStatBuf st;
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (path == NULL || g_lstat (path, &st) != 0)
    return;
  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }
  /* Opened for writing by the test as it may have made it read-only. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      cmq_test_remove_tree (child);
    }
  g_rmdir (path);
}
