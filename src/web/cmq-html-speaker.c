/* cmq-html-speaker.c: who a quotation's footer names.
 *
 * The importer takes the words next to a quote ("said NATO Secretary General Mark Rutte", "said
 * the Secretary General", "a déclaré le secrétaire général de l'OTAN, Mark Rutte"); a reader wants
 * the person. A speaker is read as words: a name is the capitalised words at its end (with
 * particles such as "von der" inside) after a title word (a closed list, English and French:
 * "Minister", "General", "ministre"…); the name is shown when there is one. A bare title is
 * looked up in the text, where the release names the person once with the title before it;
 * NATO's Secretary General also where the text names only one of them as "Mr Rutte" (the
 * importer's list of them). Done when the page is made, so releases indexed before show the
 * person too.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-html"

#include <string.h>

#include <gio/gio.h>

#include "cmq-core-resources.h"

#include "cmq-html-speaker.h"

/* The most words a name has after a title in the text ("Jonas Gahr Støre" is three). */
#define MAX_NAME_WORDS 5

static const char *const role_words[] = {
  /* English */
  "the", "nato", "nato's", "secretary", "general", "secretary-general", "deputy", "assistant",
  "under", "prime", "minister", "president", "vice", "vice-president", "foreign", "defence",
  "defense", "affairs", "chair", "chairman", "chairwoman", "chairperson", "chief", "commander",
  "supreme", "allied", "admiral", "ambassador", "spokesperson", "spokesman", "spokeswoman",
  "special", "high", "representative", "director", "head", "of", "for", "state", "military",
  "committee", "permanent", "acting", "senior", "official", "eu", "un", "us", "u.s.",
  /* French */
  "le", "la", "l'", "les", "secrétaire", "général", "générale", "adjoint", "adjointe", "de", "du",
  "des", "l'otan", "otan", "premier", "première", "ministre", "président", "présidente",
  "porte-parole", "ambassadeur", "ambassadrice", "commandant", "étrangères", "défense", "chef",
  "d'état", "état", "représentant", "représentante", "spécial", "spéciale", "haut", "haute",
  "affaires", NULL
};

static const char *const particles[] = { "de", "van", "von", "der", "den", "du",
                                         "da", "di",  "ter", "del", "le",  NULL };

static gboolean
in_list (const char *word, const char *const *list)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  char *quote;

  /* One apostrophe for the list: "l’OTAN" is "l'otan". */
  while ((quote = strstr (lower, "’")) != NULL)
    {
      *quote = '\'';
      memmove (quote + 1, quote + strlen ("’"), strlen (quote + strlen ("’")) + 1);
    }
  /* "Minister," is "minister" */
  g_strchomp (lower);
  while (lower[0] != '\0' && strchr (",;:", lower[strlen (lower) - 1]) != NULL)
    lower[strlen (lower) - 1] = '\0';
  return g_strv_contains (list, lower);
}

static gboolean
is_role (const char *word)
{
  return in_list (word, role_words);
}

static gboolean
is_particle (const char *word)
{
  return in_list (word, particles);
}

static gboolean
is_name (const char *word)
{
  return g_unichar_isupper (g_utf8_get_char (word)) && !is_role (word) && !is_particle (word);
}

/* The index of the first word of the name that ends @words (@n when none does). */
static guint
name_start (char **words, guint n)
{
  guint i = n;

  while (i > 0)
    {
      guint j = i - 1;

      if (is_name (words[j]))
        {
          i = j;
          continue;
        }
      /* Particles inside a name: a name word on both sides. */
      while (j > 0 && is_particle (words[j - 1]))
        j--;
      if (i < n && is_particle (words[i - 1]) && j > 0 && is_name (words[j - 1]))
        {
          i = j;
          continue;
        }
      break;
    }
  return i;
}

static gboolean
is_letter (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

static gunichar
fold (gunichar c)
{
  if (c == 0x2019)
    return '\'';
  if (g_unichar_isspace (c))
    return ' ';
  return g_unichar_tolower (c);
}

/* Where @pattern ends if @text starts with it, letter case and apostrophes aside, else NULL. */
static const char *
match_at (const char *text, const char *pattern)
{
  while (*pattern != '\0')
    {
      if (*text == '\0' || fold (g_utf8_get_char (text)) != fold (g_utf8_get_char (pattern)))
        return NULL;
      text = g_utf8_next_char (text);
      pattern = g_utf8_next_char (pattern);
    }
  return text;
}

/* The name right after a title that ends at @p: " Mark Rutte", ", Mark Rutte", " de l'OTAN,
 * Mark Rutte" (the title may go on; after a comma, two name words at least, as a comma may as
 * well start a new clause). */
static char *
name_after (const char *p)
{
  gboolean comma = FALSE;
  const char *start = NULL;
  const char *end = NULL;
  guint n_words = 0;
  guint n_names = 0;

  while (n_words < 2 * MAX_NAME_WORDS)
    {
      const char *word_end;
      g_autofree char *word = NULL;

      if (n_names == 0 && *p == ',')
        {
          comma = TRUE;
          p++;
        }
      if (*p != ' ')
        break;
      p++;
      word_end = p;
      while (*word_end != '\0' &&
             (is_letter (g_utf8_get_char (word_end)) || strchr ("-'", *word_end) != NULL ||
              g_utf8_get_char (word_end) == 0x2019))
        word_end = g_utf8_next_char (word_end);
      if (word_end == p)
        break;
      word = g_strndup (p, word_end - p);
      n_words++;
      if (is_name (word))
        {
          if (n_names++ == 0)
            start = p;
          end = word_end;
        }
      else if (n_names == 0 ? !is_role (word) : !is_particle (word))
        break;
      if (n_names >= MAX_NAME_WORDS)
        break;
      p = word_end;
    }
  if (end == NULL || n_names < (comma ? 2 : 1))
    return NULL;
  return g_strndup (start, end - start);
}

/* The person named with @title in @text: the first place where a name follows it. */
static char *
name_with_title (const char *text, const char *title)
{
  gunichar before = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *end = is_letter (before) ? NULL : match_at (p, title);

      before = g_utf8_get_char (p);
      if (end != NULL && !is_letter (g_utf8_get_char (end)))
        {
          char *name = name_after (end);

          if (name != NULL)
            return name;
        }
    }
  return NULL;
}

static char *
look_up_title (const char *title, const char *const *paragraphs, guint paragraph)
{
  guint n = paragraphs != NULL ? g_strv_length ((char **) paragraphs) : 0;

  /* Nearest before the quote first: a release may name two people with one title. */
  for (guint i = MIN (paragraph + 1, n); i > 0; i--)
    {
      char *name = name_with_title (paragraphs[i - 1], title);

      if (name != NULL)
        return name;
    }
  for (guint i = paragraph + 1; i < n; i++)
    {
      char *name = name_with_title (paragraphs[i], title);

      if (name != NULL)
        return name;
    }
  return NULL;
}

/* The Secretaries General and their other forms (the importer's data, in the core's resource). */
#define SECRETARIES_PATH "/io/github/communique/Communique/core/secretaries-general.txt"

static const char *const honorifics[] = { "Mr",  "Mr.",  "Ms", "Ms.", "Mrs",  "Mrs.", "Dr",
                                          "Dr.", "Lord", "M.", "Mme", "Mme.", NULL };

static gboolean
is_secretary_general (const char *title)
{
  static const char *const titles[] = { "secretary general",
                                        "secretary-general",
                                        "nato secretary general",
                                        "nato secretary-general",
                                        "secrétaire général",
                                        "secrétaire général de l'otan",
                                        NULL };
  g_autofree char *lower = g_utf8_strdown (title, -1);

  return g_strv_contains (titles, lower);
}

/* Whether @form is a whole word group at @p, after a word boundary. */
static gboolean
word_at (const char *p, gunichar before, const char *form)
{
  const char *end = is_letter (before) ? NULL : match_at (p, form);

  return end != NULL && !is_letter (g_utf8_get_char (end));
}

/* Whether the text names a person as @form: "Mr Rutte", "Lord Robertson", or @form alone when it
 * is a full name ("Mark Rutte"). */
static gboolean
names (const char *const *paragraphs, const char *form, gboolean alone)
{
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      gunichar before = 0;

      for (const char *p = paragraphs[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (alone && word_at (p, before, form))
            return TRUE;
          for (guint h = 0; !is_letter (before) && honorifics[h] != NULL; h++)
            {
              const char *end = match_at (p, honorifics[h]);

              if (end != NULL && *end == ' ' && word_at (end + 1, ' ', form))
                return TRUE;
            }
          before = g_utf8_get_char (p);
        }
    }
  return FALSE;
}

/* The one Secretary General the text names as a person ("Mr Rutte"), by full name; NULL when it
 * names none or two (a hand-over). A release that says "the Secretary General" and "Mr Rutte"
 * means him. */
static char *
secretary_named (const char *const *paragraphs)
{
  g_autoptr (GBytes) bytes =
      g_resource_lookup_data (cmq_core_get_resource (), SECRETARIES_PATH, 0, NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  char *found = NULL;

  if (bytes == NULL || paragraphs == NULL)
    return NULL;
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "|", -1);
      gboolean named = FALSE;

      if (lines[i][0] == '#' || g_strv_length (fields) < 3)
        continue;
      for (guint f = 2; fields[f] != NULL && !named; f++)
        named = names (paragraphs, g_strstrip (fields[f]), f == 2);
      if (named && found != NULL && strcmp (found, fields[2]) != 0)
        {
          g_free (found);
          return NULL;
        }
      if (named && found == NULL)
        found = g_strdup (fields[2]);
    }
  return found;
}

char *
cmq_html_speaker_name (const char *speaker, const char *const *paragraphs, guint paragraph)
{
  g_auto (GStrv) words = NULL;
  g_autoptr (GStrvBuilder) kept = NULL;
  guint n = 0;
  guint start;

  if (speaker == NULL)
    return NULL;
  words = g_strsplit_set (speaker, " \t\n", -1);
  kept = g_strv_builder_new ();
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        g_strv_builder_add (kept, words[i]);
        n++;
      }
  if (n == 0)
    return NULL;
  g_strfreev (words);
  words = g_strv_builder_end (kept);

  /* "NATO Secretary General Mark Rutte", "European Commission President Ursula von der
   * Leyen": the name after the last title word. */
  start = name_start (words, n);
  if (start < n)
    return start > 0 && is_role (words[start - 1]) ? g_strjoinv (" ", words + start)
                                                   : g_strdup (speaker);
  if (!is_role (words[n - 1]))
    return g_strdup (speaker);
  /* A title alone: the person, when the text names them with it ("the" aside: the text may
   * say "NATO Secretary General"). */
  {
    gboolean article = n > 1 && (g_ascii_strcasecmp (words[0], "the") == 0 ||
                                 g_ascii_strcasecmp (words[0], "le") == 0 ||
                                 g_ascii_strcasecmp (words[0], "la") == 0);
    g_autofree char *title = g_strjoinv (" ", words + (article ? 1 : 0));
    char *found = look_up_title (title, paragraphs, paragraph);

    /* "Mr Rutte" elsewhere in the text: the Secretary General only, whom the importer knows. */
    if (found == NULL && is_secretary_general (title))
      found = secretary_named (paragraphs);

    return found != NULL ? found : g_strdup (speaker);
  }
}
