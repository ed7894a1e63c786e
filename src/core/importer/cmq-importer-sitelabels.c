/* cmq-importer-sitelabels.c: what a site prints around the release about itself, whatever the
 * site and the language, never the release's headline nor its story: its notice that it uses
 * cookies, on top of the page ("This website uses cookies. Read about how we use cookies.",
 * heldout34 metoffice-01, taken as the title and the story's start); a wire's metadata fields
 * above the story ("Industry: Environment", heldout34 nationaltrust-01, taken as the title;
 * metadata-labels.txt); and a line of links to its social networks ("Facebook, Twitter, YouTube,
 * Instagram, Snapchat, or LinkedIn Facebook Follow @metoffice on Twitter …", heldout34
 * metoffice-01, kept as the story's end; social-networks.txt).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define METADATA_LABELS_PATH "/io/github/communique/Communique/core/metadata-labels.txt"
#define SOCIAL_NETWORKS_PATH "/io/github/communique/Communique/core/social-networks.txt"

/* A cookie notice is this short: more is a paragraph about cookies, the story's. */
#define MAX_COOKIE_NOTICE_WORDS 50
/* A metadata field's value is this short ("Environment", "Climate, forests"). */
#define MAX_FIELD_VALUE_WORDS 6
/* A metadata field's label is this short ("Industry", "Mots-clés", "Filed under"). */
#define MAX_FIELD_LABEL_BYTES 32
/* Non-blank lines above the story's first paragraph looked at for metadata fields. */
#define MAX_FIELD_LINES (MAX_HEAD_LINES * 2)
/* A line of a site's social networks names this many at least, and has this many words at most. */
#define MIN_NETWORKS      3
#define MAX_NETWORK_WORDS 40
/* cmq_importer_interface_kind () reads this many words at a time at most. */
#define INTERFACE_CHUNK_WORDS 10

/* The site, or "we", says that it uses cookies, as the notice's first words, in the languages the
 * importer reads: the site itself is the subject, never another site a story speaks of. */
static gboolean
opens_cookie_notice (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (strstr (key, "cookie") == NULL)
    return FALSE;
  cmq_regex_get (
      &initialised, &regex,
      "^(?:(?:this|our) (?:web ?)?site (?:uses|is using|makes use of)|we use|"
      "(?:ce|notre) site(?: web| internet)? utilise|nous utilisons|"
      "(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt|benutzt)|"
      "(?:diese|unsere) website (?:verwendet|nutzt|benutzt)|"
      "wir (?:verwenden|nutzen|benutzen)|"
      "(?:este|nuestro) sitio(?: web)? (?:utiliza|usa)|(?:esta|nuestra) web (?:utiliza|usa)|"
      "(?:utilizamos|usamos)|(?:questo|il nostro) sito(?: web)? (?:utilizza|usa)|"
      "(?:utilizziamo|usiamo)|(?:deze|onze) (?:web)?site (?:gebruikt|maakt gebruik van)|"
      "(?:we|wij) gebruiken|este site (?:utiliza|usa))"
      "(?: (?:des|les|i|de|van))? cookies?\\b");
  return cmq_regex_match (regex, key);
}

guint
cmq_importer_skip_cookie_notice (GArray *lines, const LineInfo *info, guint first)
{
  const Line *line;
  guint next;

  if (first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY)
    return first;
  line = &g_array_index (lines, Line, first);
  if (info[first].words > MAX_COOKIE_NOTICE_WORDS || !opens_cookie_notice (line->key))
    return first;
  /* the story goes on under it; the notice alone is kept, a story paragraph never dropped */
  next = story_body_below (lines, info, first);
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_LEADING_CHROME);
  return next;
}

/* Whether @text is a metadata field: a label of metadata-labels.txt, a colon, and a short value
 * or none ("Industry: Environment", "Author:", "Rubrique : Société"). */
static gboolean
is_metadata_field (const char *text)
{
  static gsize initialised = 0;
  static GHashTable *labels = NULL;
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;

  if (colon == NULL || colon == text || (gsize) (colon - text) > MAX_FIELD_LABEL_BYTES)
    return FALSE;
  if (g_once_init_enter (&initialised))
    {
      labels = cmq_importer_data_set (METADATA_LABELS_PATH, "metadata labels");
      g_once_init_leave (&initialised, 1);
    }
  label = g_strndup (text, colon - text);
  key = cmq_importer_key (label);
  if (!g_hash_table_contains (labels, key))
    return FALSE;
  value = cmq_importer_key (colon + 1);
  return cmq_importer_count_words (value) <= MAX_FIELD_VALUE_WORDS;
}

void
cmq_importer_mark_metadata_fields (GArray *lines, const LineInfo *info, guint first)
{
  guint seen = 0;

  for (guint i = MIN (first, lines->len); i-- > 0 && seen < MAX_FIELD_LINES;)
    {
      if (is_blank (lines, i))
        continue;
      seen++;
      if (role_at (lines, i) == CMQ_LINE_STORY && !info[i].body &&
          is_metadata_field (g_array_index (lines, Line, i).text))
        set_role (lines, i, CMQ_LINE_LEADING_CHROME);
    }
}

/* The keys of the site's handles in @text ("@metoffice" -> "metoffice"), in a new set. */
static GHashTable *
handles_of (const char *text)
{
  GHashTable *handles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (const char *at = strchr (text, '@'); at != NULL; at = strchr (at + 1, '@'))
    {
      gsize len = strcspn (at + 1, " ,;|/");
      g_autofree char *handle = g_strndup (at + 1, len);

      g_hash_table_add (handles, cmq_importer_key (handle));
    }
  return handles;
}

/* Whether the @n words of @words are all interface words (and fillers), read
 * INTERFACE_CHUNK_WORDS at a time. */
static gboolean
all_interface (char **words, guint n)
{
  for (guint start = 0; start < n; start += INTERFACE_CHUNK_WORDS)
    {
      guint end = MIN (n, start + INTERFACE_CHUNK_WORDS);
      g_autofree char *chunk = NULL;
      char *saved = words[end];

      words[end] = NULL;
      chunk = g_strjoinv (" ", words + start);
      words[end] = saved;
      if (cmq_importer_interface_kind (chunk, end - start) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Words of this many bytes or more are no network's name (count_networks () compares no
 * longer word). */
#define MAX_NETWORK_BYTES 32

/* The networks of social-networks.txt as a set, and the lengths of their names by their first
 * byte: bit n of lengths[b] is set when a name of n bytes starts with byte b. */
typedef struct
{
  GHashTable *names;
  guint32 lengths[256];
} Networks;

static const Networks *
networks_get (void)
{
  static gsize initialised = 0;
  static Networks networks;

  if (g_once_init_enter (&initialised))
    {
      GHashTableIter iter;
      gpointer name;

      networks.names = cmq_importer_data_set (SOCIAL_NETWORKS_PATH, "social networks");
      g_hash_table_iter_init (&iter, networks.names);
      while (g_hash_table_iter_next (&iter, &name, NULL))
        {
          gsize len = strlen (name);

          if (len > 0 && len < MAX_NETWORK_BYTES)
            networks.lengths[*(const guchar *) name] |= 1u << len;
        }
      g_once_init_leave (&initialised, 1);
    }
  return &networks;
}

/* How many of @key's words are in @networks, counting a name again each time: most lines have
 * none, and are left before anything is allocated for them. A word is looked up only where a
 * name has its first byte and its length: most words are left on those two loads. */
static guint
count_networks (const Networks *networks, const char *key)
{
  guint n = 0;
  char word[MAX_NETWORK_BYTES];

  for (const char *p = key; *p != '\0';)
    {
      gsize len = strcspn (p, " ");

      if (len < sizeof word && (networks->lengths[(guchar) *p] >> len) & 1)
        {
          memcpy (word, p, len);
          word[len] = '\0';
          n += g_hash_table_contains (networks->names, word);
        }
      p += len + (p[len] == ' ');
    }
  return n;
}

gboolean
cmq_importer_is_social_line (const char *text, const char *key, guint n_words)
{
  const Networks *networks;
  g_autoptr (GHashTable) handles = NULL;
  g_autoptr (GHashTable) named = NULL;
  g_auto (GStrv) words = NULL;
  g_autoptr (GPtrArray) kept = NULL;

  if (n_words < MIN_NETWORKS || n_words > MAX_NETWORK_WORDS)
    return FALSE;
  networks = networks_get ();
  if (count_networks (networks, key) < MIN_NETWORKS)
    return FALSE;
  handles = handles_of (text);
  named = g_hash_table_new (g_str_hash, g_str_equal);
  kept = g_ptr_array_new ();
  words = g_strsplit (key, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || g_hash_table_contains (handles, words[i]))
        continue;
      if (g_hash_table_contains (networks->names, words[i]))
        g_hash_table_add (named, words[i]);
      g_ptr_array_add (kept, words[i]);
    }
  if (g_hash_table_size (named) < MIN_NETWORKS)
    return FALSE;
  g_ptr_array_add (kept, NULL);
  return all_interface ((char **) kept->pdata, kept->len - 1);
}
