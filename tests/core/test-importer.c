/* test-importer.c: the importer on the seeds and the real fixtures (dates, titles, quotes, footers,
 * errors); the layouts of single pages are in test-importer-layout.c.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-date.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Words that only chrome carries: none may survive in a story paragraph. */
static const char *const chrome_markers[] = {
  "NATO MULTIMEDIA ACCOUNT",
  "verification code",
  "password",
  "newsletter",
  "broadcast-quality video",
  "download videos from our website",
  "mot de passe",
  "Accédez aux ressources",
  "code de vérification",
  "Désormais, vous pouvez télécharger",
  "Si vous souhaitez également",
  "Last updated",
  "Send new Code",
  "Envoyer un nouveau code",
  "Click the button to return",
  "Cliquez sur le bouton",
  NULL,
};

/* Captions found in the real fixtures, named by the truth notes. */
static const struct
{
  const char *file;
  const char *caption;
} captions[] = {
  { "019.txt", "Jens Stoltenberg, Secretary General of NATO, in a telephone call" },
  { "022.txt", "NATO Secretary General Jens Stoltenberg meets the press" },
  { "040.txt", "Pre-ministerial press conference by NATO Secretary General" },
};

typedef struct
{
  char *file;
  char *language;
  char *first_sentence;
  char *date;
  char *notes;
} TruthRow;

static char *
collapse (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
load (const char *dir, const char *name, gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
assert_no_chrome (CmqRelease *release, const char *name)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    for (guint m = 0; chrome_markers[m] != NULL; m++)
      if (strstr (paragraphs[i], chrome_markers[m]) != NULL)
        g_error ("%s: paragraph %u keeps chrome “%s”", name, i, chrome_markers[m]);
}

/* Blocks of the source file (blank-line separated, or lines when it has no blank line) that
 * hold none of the chrome markers: the story paragraphs the importer must keep. */
static guint
count_story_blocks (const char *text)
{
  g_autofree char *normal = NULL;
  g_auto (GStrv) blocks = NULL;
  guint n = 0;

  normal = g_strdup (text);
  blocks =
      g_regex_split_simple (strstr (normal, "\n\n") != NULL ? "\\n\\s*\\n" : "\\n", normal, 0, 0);
  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_autofree char *block = collapse (blocks[i]);
      gboolean chrome = *block == '\0';

      for (guint m = 0; chrome_markers[m] != NULL && !chrome; m++)
        chrome = strstr (block, chrome_markers[m]) != NULL;
      /* The account block's short lines carry no marker: they are its only short lines. */
      chrome = chrome || g_utf8_strlen (block, -1) < 50;
      n += !chrome;
    }
  return n;
}

static void
truth_row_free (TruthRow *row)
{
  g_free (row->file);
  g_free (row->language);
  g_free (row->first_sentence);
  g_free (row->date);
  g_free (row->notes);
  g_free (row);
}

static GPtrArray *
read_truth (void)
{
  g_autofree char *text = load ("real", "truth.tsv", NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) truth_row_free);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", -1);
      TruthRow *row;

      if (g_strv_length (fields) < 7)
        continue;
      row = g_new0 (TruthRow, 1);
      row->file = g_strdup (fields[0]);
      row->language = g_strdup (fields[2]);
      row->first_sentence = collapse (fields[5]);
      row->date = g_strdup (fields[4]);
      row->notes = g_strdup (fields[6]);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
test_real_fixtures (void)
{
  g_autoptr (GPtrArray) rows = read_truth ();
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (rows->len, ==, 14);
  for (guint i = 0; i < rows->len; i++)
    {
      TruthRow *row = g_ptr_array_index (rows, i);
      gsize length = 0;
      char *text = load ("real", row->file, &length);

      cmq_importer_learn (importer, text, length);
      g_ptr_array_add (texts, text);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      TruthRow *row = g_ptr_array_index (rows, i);
      const char *text = g_ptr_array_index (texts, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (CmqRelease) release = import (importer, text, &error);
      g_autofree char *first = NULL;
      const char *const *paragraphs;
      guint expected;

      g_assert_no_error (error);
      paragraphs = cmq_release_get_paragraphs (release);
      first = collapse (paragraphs[0]);
      if (!g_str_has_prefix (first, row->first_sentence))
        g_error ("%s: first paragraph starts “%.80s”", row->file, first);
      g_assert_cmpstr (cmq_release_get_language (release), ==, row->language);
      assert_no_chrome (release, row->file);
      g_assert_cmpuint (strlen (cmq_release_get_title (release)), >, 0);
      g_assert_cmpint (g_utf8_strlen (cmq_release_get_title (release), -1), <=, 100);

      expected = count_story_blocks (text);
      if (strstr (row->notes, "caption") != NULL)
        {
          gboolean listed = FALSE;

          for (guint c = 0; c < G_N_ELEMENTS (captions); c++)
            {
              if (!g_str_equal (captions[c].file, row->file))
                continue;
              listed = TRUE;
              expected--;
              for (guint p = 0; paragraphs[p] != NULL; p++)
                g_assert_null (strstr (paragraphs[p], captions[c].caption));
            }
          g_assert_true (listed);
        }
      if (strstr (row->notes, "DUPLICATED") != NULL)
        expected--;
      if (n_paragraphs (release) != expected)
        g_error ("%s: %u paragraphs, expected %u", row->file, n_paragraphs (release), expected);
    }
}

static const char *const seeds[] = {
  "000_11bd6166c1d2e564.txt", "001_5f2881911b002c03.txt", "002_1cb5d52dedd5ff57.txt",
  "003_d53c59dffd3a3db1.txt", "004_ae336d1ab74cb350.txt",
};

static void
test_seeds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *text = load ("seeds", seeds[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

      /* Each seed opens with the 44 lines of the account block, then the story. */
      g_assert_cmpuint (g_strv_length (lines), >, 45);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], lines[44]));
      g_assert_cmpstr (cmq_release_get_language (release), ==, "en");
      g_assert_cmpuint (n_paragraphs (release), ==, count_story_blocks (text));
      g_assert_cmpuint (cmq_release_get_chrome_lines (release), ==, 24);
      assert_no_chrome (release, seeds[i]);
    }
}

/* Dates through the importer, against truth.tsv: within 2 days of the release date where the
 * text states one; none where the notes say the body has no date; and where the page never gives
 * a full date, never a "stated" one (a year may only be inferred, or stay unknown). */
static void
test_truth_dates (void)
{
  g_autoptr (GPtrArray) rows = read_truth ();

  for (guint i = 0; i < rows->len; i++)
    {
      TruthRow *row = g_ptr_array_index (rows, i);
      g_autofree char *text = load ("real", row->file, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *date = cmq_release_get_date (release);
      CmqDateSource source = cmq_release_get_date_source (release);

      g_test_message ("%s: %s (%s), truth %s", row->file, date != NULL ? date : "none",
                      cmq_date_source_to_string (source), row->date);
      if (strstr (row->notes, "NO date") != NULL)
        {
          g_assert_null (date);
          g_assert_cmpint (source, ==, CMQ_DATE_SOURCE_NONE);
        }
      else if (row->date[0] != '\0')
        {
          GDate truth;
          int days;

          if (date == NULL && strstr (row->notes, "NO YEAR") != NULL)
            {
              /* The text gives the day without a year that can be narrowed down: the day and
               * month are still the truth's. */
              g_assert_nonnull (cmq_release_get_partial_date (release));
              g_assert_true (
                  g_str_has_suffix (row->date, cmq_release_get_partial_date (release) + 1));
              continue;
            }
          g_assert_nonnull (date);
          g_date_clear (&truth, 1);
          g_date_set_parse (&truth, row->date);
          g_assert_true (g_date_valid (&truth));
          days = g_date_days_between (&truth, cmq_release_get_gdate (release));
          if (ABS (days) > 2)
            g_error ("%s: date %s is %d days from %s", row->file, date, days, row->date);
        }
      else
        {
          g_assert_cmpint (source, !=, CMQ_DATE_SOURCE_STATED);
          g_assert_true (date == NULL || source == CMQ_DATE_SOURCE_INFERRED_YEAR);
          g_assert_true (date != NULL || cmq_release_get_partial_date (release) != NULL);
        }
    }
}

static void
test_seed_dates (void)
{
  static const char *const expected[][2] = {
    { "2021-06-01", "stated" },        { "2022-06-16", "stated" },
    { "2020-06-16", "relative" },      { "2025-05-14", "inferred-year" },
    { "2021-02-11", "inferred-year" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *text = load ("seeds", seeds[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, expected[i][0]);
      g_assert_cmpstr (cmq_date_source_to_string (cmq_release_get_date_source (release)), ==,
                       expected[i][1]);
    }
}

static void
test_titles (void)
{
  static const struct
  {
    const char *dir;
    const char *file;
    const char *title;
  } expected[] = {
    { "seeds", "000_11bd6166c1d2e564.txt",
      "NATO Foreign Ministers met on Tuesday in order to prepare for the NATO Summit on 14 June" },
    { "seeds", "003_d53c59dffd3a3db1.txt",
      "NATO Foreign Ministers met in Antalya, Türkiye to discuss strengthening Allied deterrence" },
    { "real", "001.txt",
      "Secretary General Mark Rutte visited Dayton, Ohio to participate in the NATO Parliamentary "
      "Assembly" },
    { "real", "022.txt", "I strongly condemn the horrendous terrorist attack in Tunisia" },
    { "real", "040.txt",
      "NATO Defence Ministers are meeting in Brussels this week to strengthen the Alliance’s "
      "deterrence" },
    { "real", "010.txt",
      "The new Secretary General of NATO, Mr. Jaap de Hoop Scheffer of the Netherlands, took up "
      "his duties" },
    /* cut mid-sentence: the title ends before the phrase the cut fell in */
    { "real", "016.txt",
      "The Prime Minister of Montenegro Milo Đukanović visited NATO Headquarters on 26 March "
      "2013" },
    { "real", "007.txt",
      "NATO Defence Ministers concluded their first meeting since the Summit in The Hague" },
    { "real", "034.txt",
      "NATO Secretary General Anders Fogh Rasmussen said the Wales Summit in September" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = load (expected[i].dir, expected[i].file, NULL);

      assert_import_field (text, title, expected[i].title);
    }
}

static void
test_synthetic_titles (void)
{
  static const struct
  {
    const char *text;
    const char *title;
  } cases[] = {
    { "Today (28 February 2022), the Council met. It agreed.", "The Council met" },
    { "Le 10 septembre, le secrétaire général a rencontré le ministre. Ensuite.",
      "Le secrétaire général a rencontré le ministre" },
    { "Ce mardi (28 novembre 2023), les ministres se sont réunis à Bruxelles pour discuter de la "
      "sécurité euro-atlantique et de l'aide apportée à l'Ukraine face à la guerre.",
      /* the cut would strand "et de l'aide": the title ends before that phrase */
      "Les ministres se sont réunis à Bruxelles pour discuter de la sécurité euro-atlantique" },
    { "Allied leaders met at the summit with many partner countries from around the world in "
      "order to discuss the most pressing security issues of the day.",
      "Allied leaders met at the summit with many partner countries from around the world" },
    { "The Secretary General met Dr. Smith and Mr. Jones in St. Petersburg. They talked.",
      "The Secretary General met Dr. Smith and Mr. Jones in St. Petersburg" },
    { "Ministers agreed a comprehensive and far-reaching package of measures to strengthen "
      "deterrence and defence across the entire Alliance territory today.",
      "Ministers agreed a comprehensive and far-reaching package of measures to strengthen "
      "deterrence" },
    /* the limit strands the first word of a name after a comma: end at the comma */
    { "Le secrétaire général de l'OTAN, Mark Rutte, a rencontré le Premier ministre de la Pologne, "
      "Donald Tusk, le mardi 14 janvier à Varsovie.",
      "Le secrétaire général de l'OTAN, Mark Rutte, a rencontré le Premier ministre de la "
      "Pologne" },
    /* a whole name after a comma stays when the title ends before a later phrase */
    { "NATO Secretary General Mark Rutte met with the President of Finland, Alexander Stubb, at "
      "NATO Headquarters on Friday (7 March 2025) to discuss support for Ukraine.",
      "NATO Secretary General Mark Rutte met with the President of Finland, Alexander Stubb" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (CmqRelease) release = import_ok (cases[i].text);
      const char *title = cmq_release_get_title (release);

      g_assert_cmpstr (title, ==, cases[i].title);
      g_assert_cmpint (g_utf8_strlen (title, -1), <=, 100);
    }
}

static const CmqQuote *
quote_at (CmqRelease *release, guint index)
{
  GPtrArray *quotes = cmq_release_get_quotes (release);

  g_assert_nonnull (quotes);
  g_assert_cmpuint (index, <, quotes->len);
  return g_ptr_array_index (quotes, index);
}

static guint
n_quotes (CmqRelease *release)
{
  GPtrArray *quotes = cmq_release_get_quotes (release);

  return quotes != NULL ? quotes->len : 0;
}

static void
test_quotes (void)
{
  g_autofree char *seed = load ("seeds", seeds[0], NULL);
  g_autofree char *real016 = load ("real", "016.txt", NULL);
  g_autofree char *real031 = load ("real", "031.txt", NULL);
  g_autofree char *real034 = load ("real", "034.txt", NULL);
  g_autofree char *real019 = load ("real", "019.txt", NULL);
  g_autoptr (CmqRelease) r000 = import_ok (seed);
  g_autoptr (CmqRelease) r016 = import_ok (real016);
  g_autoptr (CmqRelease) r031 = import_ok (real031);
  g_autoptr (CmqRelease) r034 = import_ok (real034);
  g_autoptr (CmqRelease) r019 = import_ok (real019);
  gboolean found_missing_mark = FALSE;

  g_assert_cmpuint (n_quotes (r000), ==, 10);
  g_assert_cmpstr (quote_at (r000, 0)->speaker, ==, "Secretary General Jens Stoltenberg");
  g_assert_true (g_str_has_prefix (quote_at (r000, 0)->text, "Ministers addressed"));
  /* Seed 000 paragraph 3 lost its opening mark. */
  g_assert_cmpuint (quote_at (r000, 2)->paragraph, ==, 2);
  g_assert_true (g_str_has_prefix (quote_at (r000, 2)->text, "We also discussed concrete"));
  g_assert_cmpstr (quote_at (r000, 2)->speaker, ==, "Secretary General");
  g_assert_cmpstr (quote_at (r000, 4)->speaker, ==, "Mr Stoltenberg");
  /* "he added" is the last named speaker. */
  g_assert_cmpstr (quote_at (r000, 9)->speaker, ==, "Mr Stoltenberg");

  /* 016 paragraphs 3 and 5 lost their opening marks. */
  g_assert_cmpuint (n_quotes (r016), ==, 5);
  for (guint i = 0; i < n_quotes (r016); i++)
    {
      const CmqQuote *quote = quote_at (r016, i);

      if (quote->paragraph == 2)
        {
          g_assert_true (g_str_has_prefix (quote->text, "Montenegro’s reforms are ambitious"));
          found_missing_mark = TRUE;
        }
      g_assert_cmpstr (quote->speaker, ==, "Secretary General");
    }
  g_assert_true (found_missing_mark);
  g_assert_true (g_str_has_prefix (quote_at (r016, 3)->text, "Montenegro has been a dedicated"));

  g_assert_cmpuint (n_quotes (r031), ==, 2);
  g_assert_true (g_str_has_prefix (quote_at (r031, 0)->text, "NATO is the guarantor"));

  /* Mixed marks: “…" and "…”. */
  g_assert_cmpuint (n_quotes (r034), ==, 5);
  g_assert_true (g_str_has_prefix (quote_at (r034, 0)->text, "will be one of the most"));
  g_assert_true (g_str_has_prefix (quote_at (r034, 1)->text, "fitting that the Summit"));

  /* Scare quotes are not quotations. */
  g_assert_cmpuint (n_quotes (r019), ==, 0);
}

static void
test_french_quotes (void)
{
  g_autoptr (CmqRelease) release = NULL;

  release = import_ok ("Le secrétaire général s'est rendu à Kyïv le 3 mars pour rencontrer le "
                       "président.\n\n« Nous sommes aux côtés de l'Ukraine », a déclaré "
                       "M. Stoltenberg. Il a ajouté que l'Alliance "
                       "\" restera unie face "
                       "aux menaces \" dans les années à venir.\n\nSelon le secrétaire général, "
                       "les Alliés doivent investir davantage.");
  g_assert_cmpstr (cmq_release_get_language (release), ==, "fr");
  g_assert_cmpuint (n_quotes (release), ==, 2);
  g_assert_cmpstr (quote_at (release, 0)->text, ==, "Nous sommes aux côtés de l'Ukraine");
  g_assert_cmpstr (quote_at (release, 0)->speaker, ==, "M. Stoltenberg");
  g_assert_cmpstr (quote_at (release, 1)->text, ==, "restera unie face aux menaces");
  g_assert_cmpstr (quote_at (release, 1)->speaker, ==, "M. Stoltenberg");
}

/* Speakers named before the quote: by role, after "according to", in an apposition. */
static void
test_speaker_before_quote (void)
{
  g_autoptr (CmqRelease) release = NULL;

  release = import_ok ("The Secretary General met the Prime Minister of Norway in Oslo today.\n\n"
                       "The Secretary General, Jens Stoltenberg, called it \"a blueprint for the "
                       "Alliance\".\n\n"
                       "According to the Prime Minister, the talks were \"open and constructive\"."
                       "\n\nLe Premier ministre a souligné : « Nous sommes prêts ».");
  g_assert_cmpuint (n_quotes (release), ==, 3);
  g_assert_cmpstr (quote_at (release, 0)->speaker, ==, "Jens Stoltenberg");
  g_assert_cmpstr (quote_at (release, 1)->speaker, ==, "Prime Minister");
  g_assert_cmpstr (quote_at (release, 2)->text, ==, "Nous sommes prêts");
  g_assert_cmpstr (quote_at (release, 2)->speaker, ==, "Premier ministre");
}

static void
test_layouts (void)
{
  g_autoptr (CmqRelease) crlf = NULL;
  g_autoptr (CmqRelease) single = NULL;
  g_autoptr (CmqRelease) wrapped = NULL;
  g_autoptr (CmqRelease) nbsp = NULL;
  const char *const *paragraphs;

  crlf = import_ok ("Register\r\n\r\nThe Council met today in Brussels.\r\n\r\n"
                    "It agreed a new plan.\r\rIt will meet again soon.\r\n");
  paragraphs = cmq_release_get_paragraphs (crlf);
  g_assert_cmpuint (n_paragraphs (crlf), ==, 3);
  g_assert_cmpstr (paragraphs[0], ==, "The Council met today in Brussels.");
  g_assert_cmpstr (paragraphs[2], ==, "It will meet again soon.");
  g_assert_cmpuint (cmq_release_get_chrome_lines (crlf), ==, 1);

  single = import_ok ("Verification code\nThe Council met today in Brussels.\n"
                      "It agreed a new plan for the years to come.\n"
                      "The Secretary General welcomed the decision and said\n"
                      "that it would make the Alliance stronger.\n");
  paragraphs = cmq_release_get_paragraphs (single);
  g_assert_cmpuint (n_paragraphs (single), ==, 3);
  g_assert_cmpstr (paragraphs[2], ==,
                   "The Secretary General welcomed the decision and said that "
                   "it would make the Alliance stronger.");

  wrapped = import_ok ("NATO Defence Ministers met in Brussels on Thursday to discuss the\n"
                       "Alliance's deterrence and defence posture. They agreed new plans for\n"
                       "the defence of the Alliance and more support for Ukraine.\n\n"
                       "The Secretary General said that the meeting had been productive and\n"
                       "that Allies were united. Ministers will meet again in June.\n");
  paragraphs = cmq_release_get_paragraphs (wrapped);
  g_assert_cmpuint (n_paragraphs (wrapped), ==, 2);
  g_assert_true (g_str_has_suffix (paragraphs[0], "more support for Ukraine."));

  nbsp = import_ok ("The password must be at least\u00a012 characters long, no spaces, include "
                    "upper/lowercase letters, numbers and symbols.\n\n"
                    "Mr\u00a0 Stoltenberg   met  the\u00a0minister.   \n\n  \u00a0 \n"
                    "Last updated: 07-Jan-2004\nTel.: +32 2 707 50 41\nFax: +32 2 707 50 57\n");
  paragraphs = cmq_release_get_paragraphs (nbsp);
  g_assert_cmpuint (n_paragraphs (nbsp), ==, 1);
  g_assert_cmpstr (paragraphs[0], ==, "Mr Stoltenberg met the minister.");
  g_assert_cmpuint (cmq_release_get_chrome_lines (nbsp), ==, 4);
}

/* Contact lines are footers wherever the number stands in them, but a story sentence that
 * mentions a telephone call is not one. */
static void
test_contact_footers (void)
{
  g_autoptr (CmqRelease) release = NULL;
  const char *const *paragraphs;

  release = import_ok ("Allied experts met in Brussels to review progress on cyber defence.\n\n"
                       "The Secretary General spoke by telephone with the minister on 2 May.\n\n"
                       "For more information: NATO Press Office, Tel: +32 2 707 50 41\n"
                       "Pour plus d'informations : Service de presse, téléphone : 32 2 707 50 41, "
                       "télécopie : 32 2 707 50 57\n");
  paragraphs = cmq_release_get_paragraphs (release);
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_cmpstr (paragraphs[1], ==,
                   "The Secretary General spoke by telephone with the minister on 2 May.");
  g_assert_cmpuint (cmq_release_get_chrome_lines (release), ==, 2);
}

static void
test_french_block (void)
{
  g_autofree char *text = load ("real", "004.txt", NULL);
  g_autoptr (CmqRelease) release = import_ok (text);
  g_autoptr (CmqRelease) full = NULL;

  g_assert_cmpstr (cmq_release_get_language (release), ==, "fr");
  g_assert_cmpuint (cmq_release_get_chrome_lines (release), ==, 8);
  assert_no_chrome (release, "004.txt");

  full = import_ok ("Créer un compte\n\nVérifiez votre boîte de réception et saisissez le code de "
                    "vérification\n\nCode de vérification\n\nVous n’avez pas reçu de code ? "
                    "Envoyer un nouveau code\n\nRéinitialiser le mot de passe\n\n- English\n\n"
                    "Le Conseil de l'Atlantique Nord s'est réuni ce matin.\n\nMis à jour le : "
                    "12 mai 2020\n");
  g_assert_cmpuint (n_paragraphs (full), ==, 1);
  g_assert_cmpuint (cmq_release_get_chrome_lines (full), ==, 7);
}

static void
test_shortened_block (void)
{
  g_autofree char *text = load ("seeds", seeds[1], NULL);
  g_autoptr (GString) shortened = g_string_new (NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (CmqRelease) release = NULL;

  /* Drop every third line of the account block, and duplicate its first line. */
  g_string_append_printf (shortened, "%s\n", lines[0]);
  for (guint i = 0; lines[i] != NULL; i++)
    if (i >= 44 || i % 3 != 1)
      g_string_append_printf (shortened, "%s\n", lines[i]);
  release = import_ok (shortened->str);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], lines[44]));
  assert_no_chrome (release, "shortened");
}

static void
test_learnt_footer (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  const char *shared = "Allies also discussed the situation in the Western Balkans, where they "
                       "see progress in the dialogue between Belgrade and Pristina.";
  g_autofree char *shared_block = g_strconcat (shared, "\n\n", NULL);

  for (guint i = 0; i < 10; i++)
    {
      char *text = g_strdup_printf ("Ministers met for meeting number %u in Brussels today.\n\n"
                                    "They discussed topic %u at length.\n\n%s"
                                    "Communiqué Press Desk, Building Z, room %s\n\n"
                                    "Questions? Write to the press desk any time.\n",
                                    i, i * 7, i < 2 ? shared_block : "", "42\n");

      g_ptr_array_add (texts, text);
      cmq_importer_learn (importer, text, -1);
      /* The same file twice must not count twice. */
      if (i == 0)
        cmq_importer_learn (importer, text, -1);
    }
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (CmqRelease) release = import (importer, g_ptr_array_index (texts, i), &error);
      const char *const *paragraphs;

      g_assert_no_error (error);
      paragraphs = cmq_release_get_paragraphs (release);
      g_assert_cmpuint (n_paragraphs (release), ==, i < 2 ? 3 : 2);
      if (i < 2)
        g_assert_cmpstr (paragraphs[2], ==, shared);
      g_assert_cmpuint (cmq_release_get_chrome_lines (release), ==, 2);
    }
}

static void
test_errors (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) empty_error = NULL;
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (CmqRelease) latin = NULL;
  static const char binary[] = "PK\x03\x04\x00\x00binary\x00stuff";

  release = cmq_importer_import_text (importer, binary, sizeof binary, "x.zip", 0, &error);
  g_assert_null (release);
  g_assert_error (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_TEXT);

  release =
      import (importer, "NATO MULTIMEDIA ACCOUNT\n\nRegister\n\nReset password\n", &empty_error);
  g_assert_null (release);
  g_assert_error (empty_error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_EMPTY);

  /* Windows-1252: an apostrophe and an e acute. */
  latin = import (importer, "The Secretary General\x92s visit to the caf\xe9 went well.", NULL);
  g_assert_nonnull (latin);
  g_assert_cmpstr (cmq_release_get_paragraphs (latin)[0], ==,
                   "The Secretary General’s visit to the café went well.");
}

static void
test_same_id (void)
{
  g_autofree char *text = load ("real", "031.txt", NULL);
  g_autoptr (CmqRelease) first = import_ok (text);
  g_autoptr (CmqRelease) second = import_ok (text);

  g_assert_cmpstr (cmq_release_get_id (first), ==, cmq_release_get_id (second));
}

/* A dump cut short ends on a story paragraph without its full stop: it is kept, while a
 * caption between paragraphs still goes. */
static void
test_cut_short (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "NATO Defence Ministers met in Brussels on 3 May 2024 to discuss support for Ukraine.\n\n"
      "Defence Ministers at the meeting in Brussels\n\n"
      "The Secretary General said that Allies had agreed to step up their support and that the "
      "next meeting would take place in\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_true (g_str_has_prefix (paragraphs[1], "The Secretary General said"));
  g_assert_true (g_str_has_suffix (paragraphs[1], "take place in"));
}

/* Constructed dumps of made-up sites: the roles come from shapes and words, not from a site. */
int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/importer/real-fixtures", test_real_fixtures);
  g_test_add_func ("/importer/seeds", test_seeds);
  g_test_add_func ("/importer/seed-dates", test_seed_dates);
  g_test_add_func ("/importer/truth-dates", test_truth_dates);
  g_test_add_func ("/importer/titles", test_titles);
  g_test_add_func ("/importer/synthetic-titles", test_synthetic_titles);
  g_test_add_func ("/importer/quotes", test_quotes);
  g_test_add_func ("/importer/french-quotes", test_french_quotes);
  g_test_add_func ("/importer/speaker-before-quote", test_speaker_before_quote);
  g_test_add_func ("/importer/layouts", test_layouts);
  g_test_add_func ("/importer/contact-footers", test_contact_footers);
  g_test_add_func ("/importer/french-block", test_french_block);
  g_test_add_func ("/importer/shortened-block", test_shortened_block);
  g_test_add_func ("/importer/learnt-footer", test_learnt_footer);
  g_test_add_func ("/importer/errors", test_errors);
  g_test_add_func ("/importer/same-id", test_same_id);
  g_test_add_func ("/importer/cut-short", test_cut_short);

  return g_test_run ();
}
