/* store-crasher.h: what store-crasher.c and test-store-kill.c must agree on: the releases whose
 * entries a crasher saves (their ids name the entries in the file).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-store.h"

/* "Counter" or "Payload" of @writer (NULL: the only writer). */
static inline CmqRelease *
crasher_release (const char *title, const char *writer)
{
  g_autofree char *text = g_strconcat (title, " text.", writer, NULL);
  const char *paragraphs[] = { text, NULL };
  CmqReleaseInfo info = {
    .file = "crasher.txt",
    .title = title,
    .paragraphs = paragraphs,
  };

  return cmq_release_new (&info);
}
