/* test-ui-fr.c: the real window in French (LANGUAGE=fr, LC_ALL=fr_FR.UTF-8) under Xvfb: the
 * translated interface from the built catalogue, and dates in the French way ("1 juin 2021").
 * Skipped, and says so, only when the fr_FR.UTF-8 locale cannot be had on this machine.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cmq-import-report.h"
#include "cmq-library.h"
#include "remove-tree.h"
#include "test-watchdog.h"
#include "ui-util.h"

static CmqLibrary *library;
static char *locale_problem;

static gboolean
skip_without_locale (void)
{
  if (locale_problem != NULL)
    g_test_skip (locale_problem);
  return locale_problem != NULL;
}

/* The release of 1 June 2021 in the seeds. */
static guint
june_release (CmqWindow *window)
{
  GListModel *rows = G_LIST_MODEL (cmq_window_get_selection (window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (rows, i);

      if (g_strcmp0 (cmq_release_get_date (release), "2021-06-01") == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_window (void)
{
  CmqWindow *window;
  WebKitWebView *web_view;
  g_autoptr (CmqRelease) release = NULL;
  g_autofree char *date = NULL;
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-fr.png", NULL);
  guint june;

  if (skip_without_locale ())
    return;

  window = ui_open_window (library);
  web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));

  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==,
                   "5 communiqués");
  gtk_editable_set_text (cmq_window_get_search_entry (window), "zzzz");
  ui_wait_search (window);
  g_assert_cmpstr (cmq_window_get_no_match_title (window), ==,
                   "Aucun communiqué ne correspond à «\u00a0zzzz\u00a0»");
  gtk_editable_set_text (cmq_window_get_search_entry (window), "ukraine");
  ui_wait_search (window);
  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==,
                   "2 sur 5 correspondent");
  gtk_editable_set_text (cmq_window_get_search_entry (window), "");
  ui_wait_search (window);

  /* Dates in the user's locale, in the list and in the page. */
  june = june_release (window);
  release = g_list_model_get_item (G_LIST_MODEL (cmq_window_get_selection (window)), june);
  date = cmq_release_format_date (release);
  g_assert_cmpstr (date, ==, "1 juin 2021");
  ui_select_and_wait (window, june);
  ui_wait_page (web_view, "document.querySelector('.date time').textContent", "1 juin 2021");

  ui_wait_page_painted (web_view);
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_test_message ("Screenshot: %s", screenshot);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_report (void)
{
  g_autofree char *home = NULL;
  g_autofree char *destination_path = NULL;
  g_autofree char *seed = NULL;
  g_autoptr (GFile) destination = NULL;
  g_autoptr (GFile) source = NULL;
  g_autoptr (GFile) missing = NULL;
  g_autoptr (CmqImportJob) job = NULL;
  GtkWidget *report;

  if (skip_without_locale ())
    return;

  home = g_dir_make_tmp ("communique-test-fr-XXXXXX", NULL);
  destination_path = g_build_filename (home, "releases", NULL);
  destination = g_file_new_for_path (destination_path);
  seed = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", "001_5f2881911b002c03.txt", NULL);
  source = g_file_new_for_path (seed);
  missing = g_file_new_for_path ("/nonexistent/communiqué.txt");
  job = cmq_import_job_new (destination);
  cmq_import_job_add_source (job, source);
  cmq_import_job_add_source (job, missing);
  g_assert_true (cmq_import_job_run (job, NULL, NULL));

  report = cmq_import_report_new (NULL, job);
  gtk_window_present (GTK_WINDOW (report));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (report)), ==,
                   "1 communiqué importé");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report)), ==, "1 ignoré");
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (report), "close"), ==,
                   "_Fermer");
  gtk_window_destroy (GTK_WINDOW (report));
  cmq_test_remove_tree (home);
}

int
main (int argc, char **argv)
{
  g_autofree char *home = NULL;
  g_autofree char *seeds = NULL;
  g_autoptr (GFile) dir = NULL;
  const char *locale = setlocale (LC_ALL, "");
  const char *localedir = g_getenv ("CMQ_TEST_LOCALEDIR");
  int status;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  if (locale == NULL || !g_str_has_prefix (locale, "fr"))
    locale_problem = g_strdup_printf (
        "The fr_FR.UTF-8 locale is not installed (LC_ALL=%s gives %s); build-aux/test makes it "
        "with locale-gen",
        g_getenv ("LC_ALL"), locale != NULL ? locale : "nothing");
  if (locale_problem != NULL)
    {
      /* GTK would warn about the missing locale, and a warning fails a test. */
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      setlocale (LC_ALL, "");
    }
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  dir = g_file_new_for_path (seeds);
  library = cmq_library_new ();
  cmq_library_add_directory (library, dir);

  g_test_add_func ("/ui-fr/window", test_window);
  g_test_add_func ("/ui-fr/import-report", test_import_report);

  status = g_test_run ();
  g_clear_object (&library);
  g_free (locale_problem);
  return status;
}
