/* test-importer.c: the importer on the seeds, the real fixtures and synthetic dumps.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-date.h"
#include "cmq-importer.h"

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

static CmqRelease *
import (CmqImporter *importer, const char *text, GError **error)
{
  return cmq_importer_import_text (importer, text, -1, "test.txt", 0, error);
}

static CmqRelease *
import_ok (const char *text)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) error = NULL;
  CmqRelease *release = import (importer, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (release);
  return release;
}

static guint
n_paragraphs (CmqRelease *release)
{
  return g_strv_length ((char **) cmq_release_get_paragraphs (release));
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
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, expected[i].title);
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
static void
test_headline_and_chrome (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Skip to main content\n"
      "Home | Newsroom | Statements\n"
      "Welcome to the Ministry. Serving you since 1901.\n"
      "Minister Opens the New Harbour Bridge in Northport\n"
      "Share this page\n"
      "Northport, 3 March 2021 - Press release\n"
      "The Minister of Transport opened the new harbour bridge in Northport on Wednesday, after "
      "four years of works.\n"
      "The bridge links the two halves of the city and carries 40,000 vehicles a day.\n"
      "It was built by a consortium of three firms.\n"
      "Related news\n"
      "Minister visits the port authority.\n"
      "Follow us on Twitter\n"
      "Date modified: 2023-01-05\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Minister Opens the New Harbour Bridge in Northport");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_true (g_str_has_prefix (paragraphs[0], "The Minister of Transport"));
  g_assert_cmpstr (paragraphs[2], ==, "It was built by a consortium of three firms.");
  /* the dateline's date, not the "Date modified" decoy */
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2021-03-03");
}

static void
test_caps_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Vous êtes ici : Accueil > Communiqués\n"
      "LE DIRECTEUR DE L'ANSM SALUE L'ACCORD SUR LE BUDGET DU HCR À GENÈVE\n"
      "Le directeur de l'ANSM, M. Paul Martin, a salué aujourd'hui l'accord sur le budget du HCR "
      "conclu à Genève par les États membres.\n"
      "Selon lui, cet accord permettra au HCR de mieux répondre aux crises.\n"
      "Imprimer cette page\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Le directeur de l'ANSM salue l'accord sur le budget du HCR à Genève");
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_cmpstr (cmq_release_get_language (release), ==, "fr");
}

static void
test_dateline_headline_and_source (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Welcome to the United Nations. It's your world.\n\n"
      "Geneva, 7 May 2015 - Statement by the Spokesperson on the floods in the valley\n\n"
      "The Organization is saddened by the loss of life caused by the floods in the valley and "
      "stands ready to help.\n\n"
      "Statements on 7 May 2015\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Statement by the Spokesperson on the floods in the valley");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
  g_assert_cmpstr (cmq_release_get_source (release), ==, "United Nations");
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2015-05-07");
}

static void
test_url_source (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "https://www.osce.org/chairpersonship/12345\n\n"
      "The Chairperson-in-Office welcomed the agreement reached by the parties on Tuesday and "
      "called on them to implement it in full.\n");

  g_assert_cmpstr (cmq_release_get_url (release), ==, "https://www.osce.org/chairpersonship/12345");
  g_assert_cmpstr (cmq_release_get_source (release), ==, "OSCE");
  g_assert_false (cmq_release_get_headline_found (release));
}

/* A page's address on a line of its own, however the saving tool labelled it, is the URL; a
 * link inside the story or in a list of related pages never is. */
static void
test_url_lines (void)
{
  static const char *const story =
      "The Chairperson-in-Office welcomed the agreement reached by the parties on Tuesday and "
      "called on them to implement it in full, as announced at "
      "https://www.osce.org/other/99 earlier.\n\n"
      "Related\n\nhttps://www.osce.org/related/1\n\n";
  static const struct
  {
    const char *head;
    const char *tail;
    const char *url;
  } cases[] = {
    { "Source: https://www.osce.org/pr/1\n\n", "", "https://www.osce.org/pr/1" },
    { "URL: https://www.osce.org/pr/2\n\n", "", "https://www.osce.org/pr/2" },
    { "Lien permanent : https://www.osce.org/fr/pr/3\n\n", "", "https://www.osce.org/fr/pr/3" },
    { "saved from url=(0031)https://www.osce.org/pr/4\n\n", "", "https://www.osce.org/pr/4" },
    { "", "Permalink: https://www.osce.org/pr/5\n", "https://www.osce.org/pr/5" },
    { "", "Source URL: https://www.osce.org/pr/6\n", "https://www.osce.org/pr/6" },
    { "https://www.osce.org/pr/7\n\n", "URL: https://www.osce.org/pr/8\n",
      "https://www.osce.org/pr/8" },
    { "Follow us on https://x.com/osce\n\n", "", NULL },
    { "", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].head, story, cases[i].tail, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_test_message ("case %u", i);
      g_assert_cmpstr (cmq_release_get_url (release), ==, cases[i].url);
    }
}

/* What kind of release a dump is, from what it says: a possessive before the kind in the
 * headline, a lead that introduces a statement, a second dateline before the kind, the kind's
 * word in another language. */
static void
test_kind_signals (void)
{
  static const char *const body =
      "The Board met in Vienna this week to review the programme of work and the budget for "
      "the next two years, and heard reports from its committees.\n";
  static const struct
  {
    const char *head;
    const char *kind;
  } cases[] = {
    { "Agency\n\nDirector General's Introductory Statement to the Board of Governors\n\n"
      "9 March 2020\n\n",
      "statement" },
    { "Agency\n\nThe Secretary-General's remarks at the opening of the session\n\n"
      "9 March 2020\n\n",
      "speech" },
    { "Berne, 21.06.2012 - Zurich, 21 juin 2012 - Discours du Conseiller fédéral\n\n", "speech" },
    { "Brussel, 19.01.2004 - Toespraak van de minister\n\n", "speech" },
    { "The following statement was issued today by the Spokesperson for the Secretary-General:\n\n",
      "statement" },
    { "Agency\n\nThe Board's new members meet in Vienna for the first time\n\n9 March 2020\n\n",
      NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].head, body, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_test_message ("case %u", i);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

/* A short notice above the page's tools ("Archived page…", "Share", "Print") is not the story's
 * start, and "05-04-2007 News Release 07/47" under the headline gives the kind, not the title. */
static void
test_notice_above_tools (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Archived page: may contain outdated information!\n\n"
      "Send page\n\nPrint page\n\n"
      "President completes talks with senior members of the administration\n\n"
      "05-04-2007 News Release 07/47\n\n"
      "Geneva (ICRC) – The president of the committee completed two days of talks with senior "
      "members of the administration on Thursday, focusing on detention.\n\n"
      "The talks also covered the humanitarian situation in several regions where the "
      "organisation works.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "President completes talks with senior members of the administration");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Geneva (ICRC)"));
}

/* A headline that opens with the kind's word and holds a date is the headline, not a label
 * line like "Press Release SG/SM/11324". */
static void
test_headline_opening_with_kind (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "SG/SM/10633\n\n"
      "TRANSCRIPTION DE LA CONFÉRENCE DE PRESSE DU SECRÉTAIRE GÉNÉRAL, LE 13 SEPTEMBRE\n\n"
      "Le Secrétaire général : Comme vous le savez, je viens d’effectuer un voyage au "
      "Moyen-Orient, et je voudrais vous en dire quelques mots avant vos questions.\n");

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Transcription de la"));
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "transcript");
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
}

static void
test_languages (void)
{
  static const struct
  {
    const char *text;
    const char *language;
  } cases[] = {
    { "Die Ministerin hat heute in Berlin die neue Strategie vorgestellt, die auch von den "
      "Ländern getragen wird und nicht mehr auf Kohle setzt.",
      "de" },
    { "El ministro ha presentado hoy en Madrid la nueva estrategia, que fue aprobada por los "
      "socios y se aplicará en todas las regiones del país.",
      "es" },
    { "Il ministro ha presentato oggi a Roma la nuova strategia, che è stata approvata dai "
      "partner e sarà applicata in tutte le regioni del paese.",
      "it" },
    { "De minister heeft vandaag in Den Haag de nieuwe strategie gepresenteerd, die door de "
      "partners is goedgekeurd en in alle provincies wordt toegepast.",
      "nl" },
    { "O ministro apresentou hoje em Lisboa a nova estratégia, que foi aprovada pelos parceiros "
      "e será aplicada em todas as regiões do país.",
      "pt" },
    { "Minister przedstawił dziś w Warszawie nową strategię, która została zatwierdzona przez "
      "partnerów i będzie stosowana we wszystkich regionach.",
      "pl" },
    { "The minister presented the new strategy in London today, which was approved by the "
      "partners and will be applied in all regions.",
      "en" },
    { "La ministre a présenté aujourd'hui à Paris la nouvelle stratégie, qui a été approuvée par "
      "les partenaires et sera appliquée dans toutes les régions.",
      "fr" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (CmqRelease) release = import_ok (cases[i].text);

      g_assert_cmpstr (cmq_release_get_language (release), ==, cases[i].language);
    }
}

/* A title cut at the length limit never ends inside a name, however long the name. */
static void
test_title_not_inside_name (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("The Secretary General of NATO travelled to Ohio on Monday to take part in the "
                 "Northern Atlantic Regional Parliamentary Assembly.");

  g_autoptr (CmqRelease) capitals =
      import_ok ("Allies Allies Allies Allies Allies Allies Allies Allies Allies Allies Allies "
                 "Allies Allies Allies Allies Allies Allies Allies Allies");
  g_autoptr (CmqRelease) whole_name =
      import_ok ("Le Secrétaire général de l'OTAN, M. Jens Stoltenberg, a rencontré le 12 mars "
                 "2024 à Bruxelles le Premier ministre belge.");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "The Secretary General of NATO travelled to Ohio on Monday to take part");
  /* Capitals throughout: no name to end before, the title is cut as before. */
  g_assert_cmpuint (strlen (cmq_release_get_title (capitals)), >, 40);
  /* A name the cut leaves whole stays: "Bruxelles | le Premier ministre". */
  g_assert_cmpstr (cmq_release_get_title (whole_name), ==,
                   "Le Secrétaire général de l'OTAN, M. Jens Stoltenberg, a rencontré le 12 mars "
                   "2024 à Bruxelles");
}

/* A speech's salutation opens its story; a site's name above the page is not its headline. */
static void
test_speech_and_site_name (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Opening Address to the Annual Conference on Maritime Security\n"
      "Council of Europe/Conseil de l'Europe\n"
      "Madam President, Ladies and Gentlemen,\n"
      "It is an honour to address this conference, the tenth since it was founded in Oslo.\n"
      "Our seas carry most of the world's trade, and their safety is everyone's concern.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Opening Address to the Annual Conference on Maritime Security");
  g_assert_cmpstr (paragraphs[0], ==, "Madam President, Ladies and Gentlemen,");
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (cmq_release_get_source (release), ==, "Council of Europe");
}

/* nato.int's French account block opens with "COMPTE MULTIMÉDIA" alone. */
static void
test_french_block_first_line (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("COMPTE MULTIMÉDIA\n\nS'inscrire\n\nSe connecter\n\n"
                 "Le Secrétaire général de l'OTAN a rencontré aujourd'hui le Premier ministre de "
                 "la Norvège, avec qui il a discuté des préparatifs du prochain sommet.\n");

  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Le Secrétaire général"));
  g_assert_cmpstr (cmq_release_get_source (release), ==, "NATO");
}

/* A page's headline is its title whole, even past the length of a derived one. */
static void
test_long_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Joint Statement by the Foreign Ministers of the Nordic and Baltic Countries on the "
      "Protection of Undersea Cables and Pipelines in the Region\n\n"
      "The Foreign Ministers of the Nordic and Baltic countries met in Tallinn on Friday and "
      "agreed to share what their navies see at sea.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Joint Statement by the Foreign Ministers of the Nordic and Baltic Countries on "
                   "the Protection of Undersea Cables and Pipelines in the Region");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
}

/* A speech page: headline, byline, venue and date, then the salutation and the speech, whose
 * language is not the date's. */
static void
test_speech_head (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Address to the Chamber of Commerce of Lyon\n"
      "Remarks by Claire Dubois\n"
      "Director of the Institute\n"
      "Lyon, France, 14 March 2019\n"
      "Monsieur le Président, Mesdames et Messieurs,\n"
      "C'est un plaisir d'être parmi vous pour parler de l'avenir de nos entreprises et de "
      "l'emploi dans la région.\n"
      "Je vous remercie de votre invitation et de votre accueil.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Address to the Chamber of Commerce of Lyon");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "speech");
  g_assert_cmpstr (paragraphs[0], ==, "Monsieur le Président, Mesdames et Messieurs,");
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (cmq_release_get_language (release), ==, "fr");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-03-14");
}

/* A list of related items after the story, each under its date, opened by an interface line:
 * even its long teasers are not the story. A long paragraph after a share line is. */
static void
test_related_list (void)
{
  g_autoptr (CmqRelease) listed = import_ok (
      "The Commissioner welcomed the agreement on fishing quotas reached by the ministers on "
      "Monday night after two days of talks.\n\n"
      "Related resources\n\n"
      "March 3, 2021\n\n"
      "The Commission presented its annual report on the state of the fish stocks in the northern "
      "seas, which shows that most of them are now fished at sustainable levels after years of "
      "decline, and sets out what remains to be done.\n\n"
      "January 12, 2021\n\n"
      "Ministers agreed the quotas for the year.\n");
  g_autoptr (CmqRelease) shared = import_ok (
      "The Commissioner welcomed the agreement on fishing quotas reached by the ministers on "
      "Monday night after two days of talks.\n\n"
      "Share this page\n\n"
      "The agreement sets the catches for the coming year for the main stocks of cod, haddock and "
      "herring, and it gives the fleets of the smaller member states a larger share than before, "
      "as the Commission had proposed in the spring.\n");

  g_assert_cmpuint (n_paragraphs (listed), ==, 1);
  g_assert_cmpuint (n_paragraphs (shared), ==, 2);
}

/* Three pages of one website in a library of many others are enough for the lines they share
 * at their edges, a site's tagline sentence too, to be its chrome. */
static void
test_site_repetition (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GError) error = NULL;
  const char *const stories[] = {
    "The Minister opened the new fish market in the old harbour this morning.",
    "The Minister met the fishermen's union to discuss the quotas for next year.",
    "The Ministry published its report on the state of the northern fish stocks.",
  };
  g_autofree char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autofree char *page = g_strdup_printf (
          "Ministry of Fisheries of Northland\n\nWelcome to the Ministry. We serve the coast and "
          "its people.\n\n%s\n",
          stories[i]);

      cmq_importer_learn (importer, page, -1);
      if (i == 0)
        first = g_steal_pointer (&page);
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *other = g_strdup_printf (
          "Another site %u\n\nThe council of town %u approved its budget on Monday evening.\n", i,
          i);

      cmq_importer_learn (importer, other, -1);
    }
  release = import (importer, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, stories[0]);
}

/* A line that is only a date, above the headline, is the page's date when it has no dateline. */
static void
test_date_above_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press Releases\n"
      "13/09/2006\n"
      "LE MINISTRE CONDAMNE L'ATTAQUE DU 12 SEPTEMBRE\n"
      "Le ministre a condamné l'attaque commise hier contre le poste frontière du nord, qui a "
      "fait trois blessés parmi les douaniers.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2006-09-13");
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Le ministre condamne l'attaque du 12 septembre");
}

/* A dateline with its kind ("12.06.2024 - Artikel") under the headline; a subtitle and a
 * speaker under it are not the headline, nor the story. */
static void
test_dateline_under_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Willkommen auf unseren Seiten\n"
      "Erklärung des Ministeriums in der Pressekonferenz vom 12.06.2024\n"
      "12.06.2024 - Artikel\n"
      "Treffen der Minister\n"
      "Schmidt (BM)\n"
      "Ich darf Ihnen eine Reise der Ministerin ankündigen, die am Donnerstag nach Helsinki "
      "fährt und dort die Minister der Nachbarländer trifft.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Erklärung des Ministeriums in der Pressekonferenz vom 12.06.2024");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "news story");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2024-06-12");
  g_assert_cmpstr (cmq_release_get_language (release), ==, "de");
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_prefix (paragraphs[0], "Ich darf Ihnen"));
}

/* A photo's caption, known by its credit, is not the story, wherever it stands; it still dates
 * the release when nothing else does. */
static void
test_caption_with_credit (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Governor Opens the Annual Conference\n"
      "Governor Anna Berg opens the annual conference of the central bank, Oslo, 4 June 2019. "
      "(Photo: J. Hansen/Central Bank)\n"
      "The Governor said today that inflation had come down faster than expected and that rates "
      "would stay where they are for the rest of the year.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_prefix (paragraphs[0], "The Governor said today"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-06-04");
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "caption");
}

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
  g_test_add_func ("/importer/headline-and-chrome", test_headline_and_chrome);
  g_test_add_func ("/importer/caps-headline", test_caps_headline);
  g_test_add_func ("/importer/dateline-headline-and-source", test_dateline_headline_and_source);
  g_test_add_func ("/importer/url-source", test_url_source);
  g_test_add_func ("/importer/url-lines", test_url_lines);
  g_test_add_func ("/importer/kind-signals", test_kind_signals);
  g_test_add_func ("/importer/notice-above-tools", test_notice_above_tools);
  g_test_add_func ("/importer/headline-opening-with-kind", test_headline_opening_with_kind);
  g_test_add_func ("/importer/languages", test_languages);
  g_test_add_func ("/importer/title-not-inside-name", test_title_not_inside_name);
  g_test_add_func ("/importer/speech-and-site-name", test_speech_and_site_name);
  g_test_add_func ("/importer/french-block-first-line", test_french_block_first_line);
  g_test_add_func ("/importer/long-headline", test_long_headline);
  g_test_add_func ("/importer/speech-head", test_speech_head);
  g_test_add_func ("/importer/related-list", test_related_list);
  g_test_add_func ("/importer/site-repetition", test_site_repetition);
  g_test_add_func ("/importer/date-above-headline", test_date_above_headline);
  g_test_add_func ("/importer/dateline-under-headline", test_dateline_under_headline);
  g_test_add_func ("/importer/caption-with-credit", test_caption_with_credit);

  return g_test_run ();
}
