/* test-anchor.c: highlights re-attach to the right text after their release was edited.
 *
 * Passages are picked in every release of the samples and fixtures (spans of 6 to 14 words that
 * occur once, in their file as in the release), then each file is edited and imported again:
 * reflowed at 72 columns, a paragraph added before the passage's, a neighbouring paragraph
 * removed, the word before the passage changed, a word inside it changed, lines of website chrome
 * added. Each passage is located in the new release and compared with where its text (the
 * changed text, for a change inside it) now is. At least 95% must be found there; none may be
 * placed elsewhere (what is not found is detached, which the store lists). Where the importer
 * split the passage's paragraph, the passage must be within its text or detached. Cases where
 * the new release no longer holds the text at all are counted apart (and printed).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-anchor.h"
#include "cmq-importer.h"

typedef enum
{
  EDIT_REFLOW,
  EDIT_ADD_PARAGRAPH,
  EDIT_REMOVE_PARAGRAPH,
  EDIT_WORD_NEAR,
  EDIT_WORD_INSIDE,
  EDIT_CHROME,
  N_EDITS
} Edit;

static const char *const edit_names[] = {
  "reflowed",          "paragraph added",     "paragraph removed",
  "word changed near", "word changed inside", "chrome added"
};

typedef struct
{
  guint tried[N_EDITS];
  guint right[N_EDITS];
  guint detached[N_EDITS];
  guint wrong[N_EDITS];
  guint text_gone[N_EDITS];
  guint by_match[4];
} Tally;

static CmqRelease *
import (const char *text, const char *name)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();

  return cmq_importer_import_text (importer, text, -1, name, 0, NULL);
}

static guint
count_occurrences (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (haystack, needle); at != NULL; at = strstr (at + 1, needle))
    n++;
  return n;
}

static guint
count_in_release (const char *const *paragraphs, const char *needle)
{
  guint n = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    n += count_occurrences (paragraphs[i], needle);
  return n;
}

static char *
replace_range (const char *text, gsize start, gsize end, const char *with)
{
  return g_strdup_printf ("%.*s%s%s", (int) start, text, with, text + end);
}

/* Lines over 100 bytes wrapped at 72 columns, at spaces. */
static char *
reflow (const char *raw)
{
  g_auto (GStrv) lines = g_strsplit (raw, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize column = 0;

      if (strlen (line) <= 100)
        {
          g_string_append_printf (out, "%s%s", line, lines[i + 1] != NULL ? "\n" : "");
          continue;
        }
      for (const char *p = line; *p; p++)
        {
          if (*p == ' ' && column >= 72)
            {
              g_string_append_c (out, '\n');
              column = 0;
              continue;
            }
          g_string_append_c (out, *p);
          column++;
        }
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static gsize
line_start (const char *raw, gsize at)
{
  while (at > 0 && raw[at - 1] != '\n')
    at--;
  return at;
}

/* The previous non-empty line before the line at @at, when it is a long one (a paragraph of the
 * story, not a title or chrome): its start and end (with its newline). */
static gboolean
previous_paragraph (const char *raw, gsize at, gsize *start, gsize *end)
{
  gsize here = line_start (raw, at);

  while (here > 0)
    {
      gsize line_end = here - 1;
      gsize begin = line_start (raw, line_end);

      if (line_end > begin)
        {
          *start = begin;
          *end = here;
          return line_end - begin > 120;
        }
      here = begin;
    }
  return FALSE;
}

/* The edited file and the text the passage should now have; FALSE when the edit does not apply. */
static gboolean
edit_text (Edit edit, const char *raw, gsize at, const char *quote, char **edited, char **expected)
{
  gsize quote_len = strlen (quote);

  *expected = g_strdup (quote);
  switch (edit)
    {
    case EDIT_REFLOW:
      *edited = reflow (raw);
      return TRUE;
    case EDIT_ADD_PARAGRAPH:
      *edited = replace_range (raw, line_start (raw, at), line_start (raw, at),
                               "In a separate development, the Allies also reviewed progress on "
                               "common funding and agreed to return to the matter later.\n\n");
      return TRUE;
    case EDIT_REMOVE_PARAGRAPH:
      {
        gsize start, end;

        if (!previous_paragraph (raw, at, &start, &end))
          return FALSE;
        *edited = replace_range (raw, start, end, "");
        return TRUE;
      }
    case EDIT_WORD_NEAR:
      {
        gsize end = at;
        gsize start;

        while (end > 0 && !g_ascii_isalnum (raw[end - 1]) && raw[end - 1] != '\n')
          end--;
        start = end;
        while (start > 0 && g_ascii_isalnum (raw[start - 1]))
          start--;
        if (start == end)
          return FALSE;
        *edited = replace_range (raw, start, end, "reportedly");
        return TRUE;
      }
    case EDIT_WORD_INSIDE:
      {
        /* The word nearest the middle of the quote. */
        gsize middle = quote_len / 2;
        gsize start, end;

        while (middle < quote_len && !g_ascii_isalpha (quote[middle]))
          middle++;
        start = end = middle;
        while (start > 0 && g_ascii_isalpha (quote[start - 1]))
          start--;
        while (end < quote_len && g_ascii_isalpha (quote[end]))
          end++;
        if (start == end)
          return FALSE;
        g_free (*expected);
        *expected = replace_range (quote, start, end, "substantially");
        *edited = replace_range (raw, at + start, at + end, "substantially");
        return TRUE;
      }
    case EDIT_CHROME:
    case N_EDITS:
    default:
      *edited = g_strconcat ("Skip to main content\nShare this page\nPrint\nFollow us\n\n", raw,
                             "\n\nCookie settings\nTerms of use\n", NULL);
      return TRUE;
    }
}

/* The importer split the passage's paragraph (a reflowed file): its text is then across a
 * paragraph break. Right is a span inside it, of at least a third of it; detached is fine too. */
static void
check_across (Tally *tally, Edit edit, const char *const *paragraphs, const char *expected,
              CmqAnchorPosition position)
{
  g_autofree char *joined = g_strjoinv (" ", (char **) paragraphs);
  gsize want_start, want_end, found_start = 0;
  const char *at;

  if (count_occurrences (joined, expected) != 1)
    {
      tally->text_gone[edit]++;
      return;
    }
  at = strstr (joined, expected);
  want_start = at - joined;
  want_end = want_start + strlen (expected);
  if (position.match == CMQ_ANCHOR_DETACHED)
    {
      tally->detached[edit]++;
      return;
    }
  for (guint p = 0; p + 1 < position.paragraph; p++)
    found_start += strlen (paragraphs[p]) + 1;
  if (found_start + position.start >= want_start && found_start + position.end <= want_end &&
      3 * (position.end - position.start) >= want_end - want_start)
    tally->right[edit]++;
  else
    {
      tally->wrong[edit]++;
      g_test_message ("across a break, %s: “%s” placed at paragraph %u [%zu, %zu)",
                      edit_names[edit], expected, position.paragraph, position.start, position.end);
    }
}

static void
check_edit (Tally *tally, Edit edit, const char *raw, gsize at, const CmqAnchor *anchor,
            const char *name)
{
  g_autofree char *edited = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (CmqRelease) release = NULL;
  const char *const *paragraphs;
  CmqAnchorPosition position;
  guint want_p = 0;
  gsize want_start = 0;

  if (!edit_text (edit, raw, at, anchor->quote, &edited, &expected))
    return;
  release = import (edited, name);
  if (release == NULL)
    return;
  paragraphs = cmq_release_get_paragraphs (release);
  tally->tried[edit]++;
  position = cmq_anchor_locate (anchor, paragraphs);
  tally->by_match[position.match]++;

  if (count_in_release (paragraphs, expected) != 1)
    {
      check_across (tally, edit, paragraphs, expected, position);
      return;
    }
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      const char *found = strstr (paragraphs[p], expected);

      if (found != NULL)
        {
          want_p = p + 1;
          want_start = found - paragraphs[p];
        }
    }
  if (position.match == CMQ_ANCHOR_DETACHED)
    tally->detached[edit]++;
  else
    {
      gsize want_end = want_start + strlen (expected);
      gsize overlap_start = MAX (want_start, position.start);
      gsize overlap_end = MIN (want_end, position.end);
      gboolean right = position.paragraph == want_p && overlap_end > overlap_start &&
                       (overlap_end - overlap_start) * 2 >= want_end - want_start &&
                       position.end - position.start <= 2 * (want_end - want_start);

      if (right)
        tally->right[edit]++;
      else
        {
          tally->wrong[edit]++;
          g_test_message ("%s, %s: “%s” placed at paragraph %u [%zu, %zu), expected %u [%zu, %zu)",
                          name, edit_names[edit], anchor->quote, position.paragraph, position.start,
                          position.end, want_p, want_start, want_end);
        }
    }
}

/* Up to four passages per release, of 6 to 14 words, that occur once in the file and the
 * release; each with every edit. */
static void
check_file (Tally *tally, const char *path)
{
  g_autofree char *raw = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GRand) rand = NULL;
  const char *const *paragraphs;
  guint n_paragraphs, picked = 0;

  if (!g_file_get_contents (path, &raw, NULL, NULL) || !g_utf8_validate (raw, -1, NULL) ||
      (release = import (raw, name)) == NULL)
    return;
  paragraphs = cmq_release_get_paragraphs (release);
  n_paragraphs = g_strv_length ((char **) paragraphs);
  rand = g_rand_new_with_seed (g_str_hash (name));
  for (guint attempt = 0; attempt < 40 && picked < 4 && n_paragraphs > 0; attempt++)
    {
      guint p = g_rand_int_range (rand, 0, n_paragraphs);
      g_auto (GStrv) words = g_strsplit (paragraphs[p], " ", -1);
      guint n_words = g_strv_length (words);
      guint length = g_rand_int_range (rand, 6, 15);
      guint first;
      gsize start = 0, end;
      g_autoptr (CmqAnchor) anchor = NULL;
      const char *at;

      if (n_words < length + 2)
        continue;
      first = g_rand_int_range (rand, 0, n_words - length + 1);
      for (guint w = 0; w < first; w++)
        start += strlen (words[w]) + 1;
      end = start;
      for (guint w = first; w < first + length; w++)
        end += strlen (words[w]) + (w + 1 < first + length ? 1 : 0);
      anchor = cmq_anchor_new (paragraphs, p + 1, start, end);
      if (anchor == NULL || count_in_release (paragraphs, anchor->quote) != 1 ||
          count_occurrences (raw, anchor->quote) != 1)
        continue;
      at = strstr (raw, anchor->quote);
      picked++;
      for (Edit edit = 0; edit < N_EDITS; edit++)
        check_edit (tally, edit, raw, at - raw, anchor, name);
    }
}

static void
check_folder (Tally *tally, const char *folder, GHashTable *seen)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;

      /* The seeds are the samples again: each text once. */
      if (!g_file_get_contents (path, &contents, NULL, NULL) ||
          !g_hash_table_add (seen, g_compute_checksum_for_string (G_CHECKSUM_SHA1, contents, -1)))
        continue;
      check_file (tally, path);
    }
}

static void
test_reattach_after_edits (void)
{
  static const char *const folders[][2] = {
    { "..", "data/samples" },
    { "fixtures", "seeds" },
    { "fixtures", "real" },
    { "fixtures", "web" },
  };
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Tally tally = { { 0 } };
  guint tried = 0, right = 0, wrong = 0, detached = 0, gone = 0;

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *folder =
          g_test_build_filename (G_TEST_DIST, folders[i][0], folders[i][1], NULL);

      check_folder (&tally, folder, seen);
    }
  for (Edit edit = 0; edit < N_EDITS; edit++)
    {
      g_test_message ("%s: %u passages, %u right, %u detached, %u wrong, %u text gone",
                      edit_names[edit], tally.tried[edit], tally.right[edit], tally.detached[edit],
                      tally.wrong[edit], tally.text_gone[edit]);
      tried += tally.tried[edit];
      right += tally.right[edit];
      wrong += tally.wrong[edit];
      detached += tally.detached[edit];
      gone += tally.text_gone[edit];
    }
  g_test_message ("all: %u, right %u (%.1f%%), detached %u, wrong %u, text gone %u; matched "
                  "exactly %u, by paragraph %u, fuzzily %u, detached %u",
                  tried, right, 100.0 * right / MAX (tried - gone, 1), detached, wrong, gone,
                  tally.by_match[CMQ_ANCHOR_EXACT], tally.by_match[CMQ_ANCHOR_PARAGRAPH],
                  tally.by_match[CMQ_ANCHOR_FUZZY], tally.by_match[CMQ_ANCHOR_DETACHED]);
  g_assert_cmpuint (tried, >=, 1000);
  /* Every passage is either where its text is or detached: none lost, none misplaced. */
  g_assert_cmpuint (right + detached + wrong + gone, ==, tried);
  g_assert_cmpuint (wrong, ==, 0);
  g_assert_cmpfloat (right, >=, 0.95 * (tried - gone));
  /* Where the importer no longer gives the text (a reflowed file it splits or trims otherwise)
   * there is nothing to compare with: those are counted apart, and at least 1,000 cases must
   * remain that can be checked. */
  g_assert_cmpuint (tried - gone, >=, 1000);
  for (Edit edit = 0; edit < N_EDITS; edit++)
    g_assert_cmpuint (tally.right[edit], >, 0);
}

/* The three steps, each on its own. */
static void
test_steps (void)
{
  const char *const before[] = { "First paragraph here.",
                                 "The Secretary General said that “the door is open” to Ukraine.",
                                 "Closing words.", NULL };
  const char *const moved[] = { "A new first paragraph.", "First paragraph here.",
                                "The Secretary General said that “the door is open” to Ukraine.",
                                "Closing words.", NULL };
  const char *const respaced[] = {
    "First paragraph here.", "The Secretary-General said that \"The door is  open\" to Ukraine",
    NULL
  };
  const char *const reworded[] = { "First paragraph here.",
                                   "The Secretary General stated that the door remains open to "
                                   "Ukraine and Georgia.",
                                   NULL };
  const char *const gone[] = { "Something else entirely.", NULL };
  const char *start = strstr (before[1], "the door");
  g_autoptr (CmqAnchor) anchor = cmq_anchor_new (before, 2, start - before[1],
                                                 start - before[1] + strlen ("the door is open"));
  CmqAnchorPosition position;

  g_assert_nonnull (anchor);
  g_assert_cmpstr (anchor->quote, ==, "the door is open");
  g_assert_cmpstr (anchor->prefix, ==, "The Secretary General said that “");
  g_assert_cmpstr (anchor->suffix, ==, "” to Ukraine.");

  position = cmq_anchor_locate (anchor, moved);
  g_assert_cmpint (position.match, ==, CMQ_ANCHOR_EXACT);
  g_assert_cmpuint (position.paragraph, ==, 3);
  g_assert_cmpuint (position.start, ==, start - before[1]);

  position = cmq_anchor_locate (anchor, respaced);
  g_assert_cmpint (position.match, ==, CMQ_ANCHOR_PARAGRAPH);
  g_assert_cmpuint (position.paragraph, ==, 2);
  g_assert_true (g_str_has_prefix (respaced[1] + position.start, "The door is  open\""));
  g_assert_cmpuint (position.end - position.start, ==, strlen ("The door is  open"));

  position = cmq_anchor_locate (anchor, reworded);
  g_assert_cmpint (position.match, ==, CMQ_ANCHOR_FUZZY);
  g_assert_true (g_str_has_prefix (reworded[1] + position.start, "the door remains open"));

  position = cmq_anchor_locate (anchor, gone);
  g_assert_cmpint (position.match, ==, CMQ_ANCHOR_DETACHED);

  g_assert_null (cmq_anchor_new (before, 4, 0, 1));
  g_assert_null (cmq_anchor_new (before, 1, 5, 5));
  g_assert_null (cmq_anchor_new (before, 1, 0, 1000));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anchor/steps", test_steps);
  g_test_add_func ("/anchor/reattach-after-edits", test_reattach_after_edits);

  return g_test_run ();
}
