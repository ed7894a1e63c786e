/* cmq-reader-view-private.h: the reader view's navigation policy, as a pure function for tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-reader-view.h"

G_BEGIN_DECLS

typedef enum
{
  CMQ_NAVIGATION_REFUSE,
  CMQ_NAVIGATION_LOAD,
  CMQ_NAVIGATION_OPEN_IN_BROWSER,
} CmqNavigation;

/* What decide-policy does with a navigation to @uri while the view shows @page_uri (nullable):
 * loads only that page, sends http(s) links the user clicked to the browser, refuses the rest. */
CmqNavigation cmq_reader_view_decide_navigation (const char *page_uri, const char *uri,
                                                 gboolean new_window, WebKitNavigationType type,
                                                 gboolean user_gesture);

G_END_DECLS
