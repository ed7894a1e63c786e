/* cmq-application.c: the application: command line, library, app-wide actions.
 *
 * The application makes the one CmqContext (the library's folders, their index and the store of
 * favourites and notes, kept in step) and hands it to the window.
 *
 * `--inspect` and `--search` (cmq-command-line.c) are handled in handle-local-options, before the
 * application registers on D-Bus or opens a display, so they run on a headless machine; main.c
 * runs them even before it loads the window's libraries. `--library DIR` makes the instance
 * non-unique: tests and benchmarks each get their own process and their own library.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <signal.h>

#include "cmq-application.h"
#include "cmq-command-line.h"
#include "cmq-preferences-window.h"
#include "cmq-ui-resources.h"
#include "cmq-window.h"

struct _CmqApplication
{
  AdwApplication parent_instance;

  char *library_dir; /* --library, or NULL */
  CmqContext *context;
  GSettings *settings;
  CmqStore *store;
  GError *store_error; /* why the store could not be loaded, for the window to say */
};

G_DEFINE_FINAL_TYPE (CmqApplication, cmq_application, ADW_TYPE_APPLICATION)

CmqApplication *
cmq_application_new (void)
{
  return g_object_new (CMQ_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_HANDLES_OPEN, "resource-base-path", RESOURCE_BASE, NULL);
}

static char *sample_path (void);

static int
cmq_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  CmqApplication *self = CMQ_APPLICATION (app);
  g_autofree const char **files = NULL;
  g_autofree char *samples = sample_path ();
  int status;

  /* main.c ran these already when it could; the tests that link the window come here. */
  status = cmq_command_line_run (options, PACKAGE_VERSION, samples, &self->library_dir);
  if (status >= 0)
    return status;
  if (self->library_dir != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  /* `communique FILE…` imports the files, in the running instance if there is one. Our own
   * G_OPTION_REMAINING entry (for --inspect) takes the files from GApplication, so they are
   * handed to open() here. */
  if (files != NULL && files[0] != NULL)
    {
      g_autoptr (GPtrArray) opened = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr (GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (opened, g_file_new_for_commandline_arg (files[i]));
      g_application_open (app, (GFile **) opened->pdata, opened->len, "");
      return 0;
    }

  return G_APPLICATION_CLASS (cmq_application_parent_class)->handle_local_options (app, options);
}

/* The sample releases, installed or (uninstalled build) in the source tree; as main.c's. */
static char *
sample_path (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "samples", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  return g_strdup (SOURCE_SAMPLES_DIR);
}

static GFile *
sample_directory (void)
{
  g_autofree char *path = sample_path ();

  return g_file_new_for_path (path);
}

/* The library's folders are watched (CmqLibrary) and indexed (CmqIndex) by the context; the
 * window lists the index, so no release is read into memory here. The index is brought up to date
 * in a worker thread: the window shows the releases indexed so far and the progress meanwhile. */
static void
open_library (CmqApplication *self)
{
  g_autoptr (CmqLibrary) library = cmq_library_new ();

  if (self->library_dir != NULL)
    {
      g_autoptr (GFile) dir = g_file_new_for_path (self->library_dir);

      cmq_library_add_directory (library, dir);
      cmq_library_set_import_directory (library, dir);
    }
  else
    {
      g_autoptr (GFile) samples = sample_directory ();
      g_autofree char *user_path =
          g_build_filename (g_get_user_data_dir (), "communique", "releases", NULL);
      g_autoptr (GFile) user_dir = g_file_new_for_path (user_path);

      if (g_mkdir_with_parents (user_path, 0700) != 0)
        g_warning ("Cannot create %s: %s", user_path, g_strerror (errno));
      if (g_settings_get_boolean (self->settings, "show-samples"))
        cmq_library_add_directory (library, samples);
      cmq_library_add_directory (library, user_dir);
      cmq_library_set_import_directory (library, user_dir);
    }

  self->context = cmq_context_new (library, self->store, NULL);
  cmq_context_update (self->context);
}

static void
cmq_application_activate (GApplication *app)
{
  CmqApplication *self = CMQ_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      if (self->context == NULL)
        open_library (self);
      window = GTK_WINDOW (cmq_window_new (GTK_APPLICATION (app), self->context));
      if (self->store_error != NULL)
        cmq_window_show_store_error (CMQ_WINDOW (window), self->store_error);
    }
  gtk_window_present (window);
}

/* The release window, even when a dialog (preferences, a report) is the active window. */
static CmqWindow *
release_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (CMQ_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
cmq_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  CmqWindow *window;

  g_application_activate (app);
  window = release_window (GTK_APPLICATION (app));
  g_return_if_fail (window != NULL);
  gtk_window_present (GTK_WINDOW (window));
  cmq_window_import_files (window, files, n_files);
}

/* The samples can be hidden in the preferences; --library shows only its folder anyway. */
static void
show_samples_changed_cb (CmqApplication *self, const char *key, GSettings *settings)
{
  g_autoptr (GFile) samples = NULL;
  CmqLibrary *library;

  if (self->context == NULL || self->library_dir != NULL)
    return;
  library = cmq_context_get_library (self->context);
  samples = sample_directory ();
  /* The context brings the index up to date. */
  if (g_settings_get_boolean (settings, "show-samples"))
    cmq_library_add_directory (library, samples);
  else
    cmq_library_remove_directory (library, samples);
}

/* Sepia is a reading page style: the window around it stays light. */
static void
color_scheme_changed_cb (CmqApplication *self, const char *key, GSettings *settings)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme adw_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light") || g_str_equal (scheme, "sepia"))
    adw_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    adw_scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), adw_scheme);
}

static void
quit_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window lets it save its state, as a click on its close button would. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Communiqué developers", NULL };
  const char *sources[] = { NULL, NULL };
  GtkWidget *about;

  about = g_object_new (
      ADW_TYPE_ABOUT_WINDOW, "transient-for", gtk_application_get_active_window (app),
      "application-name", "Communiqué", "application-icon", APP_ID, "developer-name",
      "The Communiqué developers", "version", PACKAGE_VERSION, "website",
      "https://github.com/communique/communique", "issue-url",
      "https://github.com/communique/communique/issues", "license-type", GTK_LICENSE_GPL_3_0,
      "copyright", "© 2026 The Communiqué developers", "developers", developers,
      /* Translators: put your names here, one per line */
      "translator-credits", _("translator-credits"), NULL);
  /* Translators: the organisation and its news page, "Name URL" */
  sources[0] = _("NATO https://www.nato.int/cps/en/natohq/news.htm");
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Source of the Sample Releases"), sources);
  adw_about_window_add_legal_section (
      ADW_ABOUT_WINDOW (about),
      _("Sample releases"),
         _("The five sample releases are news stories and press releases published by NATO on "
        "nato.int between June 2020 and May 2025, kept as the plain text of their web pages so "
        "that Communiqué can be tried out before importing anything."),
            GTK_LICENSE_UNKNOWN, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CmqApplication *self = CMQ_APPLICATION (user_data);
  GtkWidget *preferences =
      cmq_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)));

  if (self->library_dir != NULL)
    cmq_preferences_window_hide_samples (CMQ_PREFERENCES_WINDOW (preferences));
  gtk_window_present (GTK_WINDOW (preferences));
}

/* The app owns the one store of favourites and notes. A store that cannot be loaded does not
 * stop the app: the window says what went wrong. */
static void
load_store (CmqApplication *self)
{
  g_autofree char *path = cmq_store_get_default_path ();

  self->store = cmq_store_new (path);
  if (!cmq_store_load (self->store, &self->store_error))
    g_warning ("Cannot load %s: %s", path, self->store_error->message);
}

/* Favourites and notes are saved before the process goes, also when it is asked to go by a
 * signal (a logout, `kill`, Ctrl+C in a terminal). */
static gboolean
quit_signal_cb (gpointer user_data)
{
  CmqApplication *self = CMQ_APPLICATION (user_data);
  g_autoptr (GError) error = NULL;

  if (self->store != NULL && !cmq_store_flush (self->store, &error))
    g_warning ("Notes could not be saved before quitting: %s", error->message);
  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
cmq_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  CmqApplication *self = CMQ_APPLICATION (app);

  G_APPLICATION_CLASS (cmq_application_parent_class)->startup (app);

  load_store (CMQ_APPLICATION (app));
  g_unix_signal_add (SIGTERM, quit_signal_cb, app);
  g_unix_signal_add (SIGINT, quit_signal_cb, app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);

  self->settings = g_settings_new (SCHEMA_ID);
  g_signal_connect_swapped (self->settings, "changed::color-scheme",
                            G_CALLBACK (color_scheme_changed_cb), self);
  g_signal_connect_swapped (self->settings, "changed::show-samples",
                            G_CALLBACK (show_samples_changed_cb), self);
  color_scheme_changed_cb (self, "color-scheme", self->settings);
}

static void
cmq_application_shutdown (GApplication *app)
{
  CmqApplication *self = CMQ_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  if (self->store != NULL && !cmq_store_flush (self->store, &error))
    g_warning ("Notes could not be saved before quitting: %s", error->message);
  /* An update stops at its next file; what it indexed so far is kept for the next start. */
  if (self->context != NULL)
    cmq_context_shutdown (self->context);

  G_APPLICATION_CLASS (cmq_application_parent_class)->shutdown (app);
}

static void
cmq_application_finalize (GObject *object)
{
  CmqApplication *self = CMQ_APPLICATION (object);

  g_free (self->library_dir);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (cmq_application_parent_class)->finalize (object);
}

static void
cmq_application_class_init (CmqApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cmq_application_finalize;
  app_class->handle_local_options = cmq_application_handle_local_options;
  app_class->startup = cmq_application_startup;
  app_class->shutdown = cmq_application_shutdown;
  app_class->activate = cmq_application_activate;
  app_class->open = cmq_application_open;
}

static void
cmq_application_init (CmqApplication *self)
{
  /* The UI resources live in a static library: referencing them makes sure the object that
   * registers them is linked before GTK looks for style.css and the shortcuts window. */
  (void) cmq_ui_get_resource ();
  g_application_add_main_option_entries (G_APPLICATION (self), cmq_command_line_get_entries ());
  g_application_add_main_option_entries (G_APPLICATION (self),
                                         cmq_command_line_get_search_entries ());
  g_application_add_main_option_entries (G_APPLICATION (self),
                                         cmq_command_line_get_cite_entries ());
  g_application_set_option_context_summary (
      G_APPLICATION (self), _("Read, search and annotate press releases offline."));
}
