/* test-remove-tree.c: the tests' one tree removal (tests/lib/remove-tree.h) never goes through a
 * link: what a link leads to survives, whether the link is inside the tree or is the path given.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <unistd.h>

#include "remove-tree.h"

static void
put (const char *root, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (root, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
link_to (const char *root, const char *name, const char *target)
{
  g_autofree char *path = g_build_filename (root, name, NULL);

  g_assert_cmpint (symlink (target, path), ==, 0);
}

static void
assert_exists (const char *root, const char *name, gboolean exists)
{
  g_autofree char *path = g_build_filename (root, name, NULL);
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st) == 0, ==, exists);
}

static void
test_links (void)
{
  g_autofree char *root = g_dir_make_tmp ("communique-test-remove-tree-XXXXXX", NULL);
  g_autofree char *tree = g_build_filename (root, "tree", NULL);
  g_autofree char *kept = g_build_filename (root, "kept", NULL);
  g_autofree char *kept_file = g_build_filename (kept, "keep.txt", NULL);
  g_autofree char *link = g_build_filename (root, "link", NULL);
  g_autofree char *sub = g_build_filename (tree, "sub", NULL);

  g_assert_nonnull (root);
  g_assert_cmpint (g_mkdir_with_parents (tree, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (kept, 0700), ==, 0);
  put (kept, "keep.txt", "mine");
  put (tree, "a.txt", "a");
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  put (tree, "sub/b.txt", "b");
  /* Links inside the tree: to the other folder, to a file in it, to the tree itself, to
   * nothing. */
  link_to (tree, "to-folder", kept);
  link_to (tree, "sub/to-file", kept_file);
  link_to (tree, "to-self", ".");
  link_to (tree, "dangling", "/nonexistent-communique-test");

  cmq_test_remove_tree (tree);
  assert_exists (root, "tree", FALSE);
  assert_exists (kept, "keep.txt", TRUE);

  /* The path given is itself a link to a folder: only the link goes. */
  g_assert_cmpint (symlink (kept, link), ==, 0);
  cmq_test_remove_tree (link);
  assert_exists (root, "link", FALSE);
  assert_exists (kept, "keep.txt", TRUE);

  /* A folder made read-only is removed all the same; a path that is not there is no error. */
  g_assert_cmpint (g_chmod (kept, 0500), ==, 0);
  cmq_test_remove_tree (root);
  assert_exists (root, "", FALSE);
  cmq_test_remove_tree (root);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/remove-tree/links", test_links);

  return g_test_run ();
}
