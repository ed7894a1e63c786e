/* test-importer-found247.c: the heading of a page's comments under the story ends it (issue 11:
 * heldout37 brindisi-01, "Commenti" over two related headlines): the lines under it are the
 * readers' comments or the site's related items, not the story, in Italian, English, French and
 * German. A count of comments under the first paragraph, with the story going on under it, and
 * a bare "Comments" over a sentence longer than a headline (a release's own section) end nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define FIRST "The club has once again had to deny rumours spread to harm its name and its players."
#define LAST                                                                                       \
  "The club reserves the right to take serious measures against those responsible for it."

#define STORY(heading, tail)                                                                       \
  "The club: enough of these rumours\n\n" FIRST "\n\n"                                             \
  "We wonder why such weight is given to news without any ground, confirmed by no one at the "     \
  "club, which only seeks to unsettle the team before an important match.\n\n" LAST "\n\n" heading \
  "\n\n" tail

#define RELATED                                                                                    \
  "The striker told by his sister\nAn emergency in defence: a midfielder moved back?\n"

static void
test_comment_heading (void)
{
  assert_last_paragraph (STORY ("Commenti", RELATED), LAST);
  assert_last_paragraph (STORY ("Comments (2)", RELATED), LAST);
  assert_last_paragraph (STORY ("3 Commentaires", RELATED), LAST);
  assert_last_paragraph (STORY ("Kommentare", RELATED), LAST);
  assert_last_paragraph (STORY ("Leave a Reply",
                                "Your email address will not be published. Required fields are "
                                "marked with a star.\n"),
                         LAST);
  assert_last_paragraph (STORY ("Laisser un commentaire", "Anonymous wrote: well said, all of it "
                                                          "is true and the club is right.\n"),
                         LAST);
}

static void
test_story_kept (void)
{
  /* a count of comments under the first paragraph: the story goes on under it */
  g_autoptr (CmqRelease) release = import_ok (
      "The club: enough of these rumours\n\n" FIRST "\n\n3 Comments\n\n"
      "We wonder why such weight is given to news without any ground, confirmed by no "
      "one at the club, which only seeks to unsettle the team before an important "
      "match.\n\n"
      "The players and the staff have our full trust, and the season will go on as "
      "planned with the same people in charge of the first team and the youth teams.\n\n" LAST
      "\n");

  g_assert_true (has_paragraph (release, LAST));
  /* a bare heading over a sentence longer than a related headline: the release's own section */
  assert_last_paragraph (STORY ("Comments",
                                "Comments on the club's proposal for the new stadium may be sent "
                                "to the secretary until the end of next month.\n"),
                         "Comments on the club's proposal for the new stadium may be sent to the "
                         "secretary until the end of next month.");
  /* a word of the story that opens a heading's way is no heading */
  assert_last_paragraph (STORY ("Comments from the coach were welcome.", ""),
                         "Comments from the coach were welcome.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found247/comment-heading", test_comment_heading);
  g_test_add_func ("/importer/found247/story-kept", test_story_kept);
  return g_test_run ();
}
