/* cmq-application.h: the application: command line, library, app-wide actions.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-index.h"

G_BEGIN_DECLS

#define CMQ_TYPE_APPLICATION (cmq_application_get_type ())
G_DECLARE_FINAL_TYPE (CmqApplication, cmq_application, CMQ, APPLICATION, AdwApplication)

CmqApplication *cmq_application_new (void);
/* The releases shown: the sample and the user's folder, or only the --library folder. */

G_END_DECLS
