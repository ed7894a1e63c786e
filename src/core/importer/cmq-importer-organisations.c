/* cmq-importer-organisations.c: the table of known organisations (organisations.txt: each
 * one's name, the other names and acronyms it goes by, its web domains), loaded once, and the
 * lookups in it: which organisation a line or a domain names, whether a line is a site's name.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-importer-private.h"

/* A line is a site's name when its organisations' names make up this share of its words. */
#define MIN_SITE_NAME_PERCENT 75

#define ORGANISATIONS_PATH     "/io/github/communique/Communique/core/organisations.txt"
#define INSTITUTION_WORDS_PATH "/io/github/communique/Communique/core/institution-words.txt"

typedef struct
{
  char *name;
  GStrv domains;
  GStrv keys;     /* forms with lower case letters, as keys */
  GStrv acronyms; /* forms all in capitals, matched as written */
} Organisation;

static GStrv
split_keys (char **fields, gboolean acronyms)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint k = 0; fields[k] != NULL; k++)
    {
      const char *form = g_strstrip (fields[k]);
      g_autofree char *upper = g_utf8_strup (form, -1);
      g_autofree char *key = NULL;

      if (*form == '\0' || g_str_equal (upper, form) != acronyms)
        continue;
      if (acronyms)
        {
          g_strv_builder_add (builder, form);
          continue;
        }
      key = cmq_importer_key (form);
      g_strv_builder_add (builder, key);
    }
  return g_strv_builder_end (builder);
}

static GArray *
organisations_load (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_auto (GStrv) lines = NULL;
  GArray *table = g_array_new (FALSE, TRUE, sizeof (Organisation));

  bytes = g_resource_lookup_data (cmq_core_get_resource (), ORGANISATIONS_PATH, 0, NULL);
  g_assert (bytes != NULL);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = NULL;
      Organisation organisation;

      if (*g_strstrip (lines[i]) == '\0' || *lines[i] == '#')
        continue;
      fields = g_strsplit (lines[i], "|", -1);
      if (g_strv_length (fields) < 3)
        {
          g_critical ("Bad organisation line: %s", lines[i]);
          continue;
        }
      organisation.name = g_strdup (g_strstrip (fields[0]));
      organisation.domains = g_strsplit (g_strstrip (fields[1]), ",", -1);
      for (guint k = 0; organisation.domains[k] != NULL; k++)
        g_strstrip (organisation.domains[k]);
      organisation.keys = split_keys (fields + 2, FALSE);
      organisation.acronyms = split_keys (fields + 2, TRUE);
      g_array_append_val (table, organisation);
    }
  return table;
}

/* The organisations, their names' words (as keys) and their acronyms as one set, made once. */
typedef struct
{
  GArray *table;
  GHashTable *words;
  GHashTable *by_first_word; /* a name's first word (key) → GPtrArray of its KeyRef */
} Organisations;

/* One name of an organisation, as a key, found by its first word. */
typedef struct
{
  const char *key;
  gsize len;
  guint words;
  const char *organisation;
} KeyRef;

static GHashTable *
key_index_new (GArray *table)
{
  GHashTable *index =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->keys[k] != NULL; k++)
        {
          const char *key = organisation->keys[k];
          KeyRef *ref;
          GPtrArray *refs;
          char *first;

          if (*key == '\0')
            continue;
          ref = g_new (KeyRef, 1);
          ref->key = key;
          ref->len = strlen (key);
          ref->words = cmq_importer_count_words (key);
          ref->organisation = organisation->name;
          first = g_strndup (key, strcspn (key, " "));
          refs = g_hash_table_lookup (index, first);
          if (refs == NULL)
            {
              refs = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (index, g_strdup (first), refs);
            }
          g_ptr_array_add (refs, ref);
          g_free (first);
        }
    }
  return index;
}

/* The longest name (@best, @longest words) and the words of the distinct names (@covered) that
 * @key holds as whole words: word by word, through the names' first words. */
static void
match_keys (GHashTable *index, const char *key, const char **best, guint *longest, guint *covered)
{
  const KeyRef *seen[16];
  guint n_seen = 0;
  char word[64];

  *best = NULL;
  *longest = 0;
  *covered = 0;
  for (const char *p = key; *p != '\0';)
    {
      gsize len = strcspn (p, " ");
      GPtrArray *refs = NULL;

      if (len < sizeof word)
        {
          memcpy (word, p, len);
          word[len] = '\0';
          refs = g_hash_table_lookup (index, word);
        }
      for (guint r = 0; refs != NULL && r < refs->len; r++)
        {
          const KeyRef *ref = g_ptr_array_index (refs, r);
          gboolean again = FALSE;

          if (strncmp (p, ref->key, ref->len) != 0 || (p[ref->len] != ' ' && p[ref->len] != '\0'))
            continue;
          for (guint k = 0; k < n_seen; k++)
            again |= seen[k] == ref;
          if (again)
            continue;
          if (n_seen < G_N_ELEMENTS (seen))
            seen[n_seen++] = ref;
          *covered += ref->words;
          if (ref->words > *longest)
            {
              *best = ref->organisation;
              *longest = ref->words;
            }
        }
      p += len + (p[len] == ' ');
    }
}

static GHashTable *
organisation_words_new (GArray *table)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->keys[k] != NULL; k++)
        {
          g_auto (GStrv) split = g_strsplit (organisation->keys[k], " ", -1);

          for (guint w = 0; split[w] != NULL; w++)
            g_hash_table_add (set, g_strdup (split[w]));
        }
      for (guint k = 0; organisation->acronyms[k] != NULL; k++)
        {
          g_autofree char *key = cmq_importer_key (organisation->acronyms[k]);
          g_auto (GStrv) split = g_strsplit (key, " ", -1);

          for (guint w = 0; split[w] != NULL; w++)
            g_hash_table_add (set, g_strdup (split[w]));
        }
    }
  return set;
}

static const Organisations *
organisations_all (void)
{
  static Organisations all = { NULL, NULL };
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      all.table = organisations_load ();
      all.words = organisation_words_new (all.table);
      all.by_first_word = key_index_new (all.table);
      g_once_init_leave (&initialised, 1);
    }
  return &all;
}

static GArray *
organisations_get (void)
{
  return organisations_all ()->table;
}

static GHashTable *
organisation_words_get (void)
{
  return organisations_all ()->words;
}

/* How many words of @key (words separated by single spaces) are words of organisations' names,
 * counting at most @most. */
static guint
count_organisation_words (const char *key, guint most)
{
  GHashTable *set = organisation_words_get ();
  guint found = 0;
  char word[64];

  for (const char *p = key; *p != '\0' && found < most;)
    {
      gsize len = strcspn (p, " ");

      if (len < sizeof word)
        {
          memcpy (word, p, len);
          word[len] = '\0';
          found += g_hash_table_contains (set, word);
        }
      p += len + (p[len] == ' ');
    }
  return found;
}

/* Whether a word of @key is one of an organisation's names: a quick test for lines naming none. */
gboolean
cmq_importer_names_organisation_word (const char *key)
{
  return count_organisation_words (key, 1) > 0;
}

/* Whether enough words of @key are words of organisations' names for it to be a site name: a
 * quick test before the names are looked for one by one. */
static gboolean
may_be_site_name (const char *key, guint words)
{
  return count_organisation_words (key, G_MAXUINT) * 100 >= words * MIN_SITE_NAME_PERCENT;
}

gboolean
cmq_importer_is_institution_word (const char *word)
{
  static GHashTable *set = NULL;
  static gsize initialised = 0;
  g_autofree char *key = NULL;

  if (g_once_init_enter (&initialised))
    {
      set = cmq_importer_data_set (INSTITUTION_WORDS_PATH, "institution words");
      g_once_init_leave (&initialised, 1);
    }
  key = cmq_importer_key (word);
  return key != NULL && g_hash_table_contains (set, key);
}

gboolean
cmq_importer_has_word (const char *text, const char *word)
{
  gsize n = strlen (word);

  /* A text without the word's first byte (most lines lack an acronym's capitals) is not
   * searched for the whole word. */
  if (n > 0 && strchr (text, word[0]) == NULL)
    return FALSE;
  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* Whether @host is @domain or a subdomain of it ("press.un.org" of "un.org", not "fun.org"). */
static gboolean
is_under_domain (const char *host, const char *domain)
{
  gsize n = strlen (host), m = strlen (domain);

  return n >= m && g_ascii_strcasecmp (host + n - m, domain) == 0 &&
         (n == m || host[n - m - 1] == '.');
}

const char *
cmq_importer_organisation_of_domain (const char *host)
{
  GArray *table = organisations_get ();

  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->domains[k] != NULL; k++)
        if (is_under_domain (host, organisation->domains[k]))
          return organisation->name;
    }
  return NULL;
}

/* Whether @domain is an umbrella: the table knows another organisation at a domain under it
 * ("gc.ca", under which Global Affairs Canada is "international.gc.ca"), so that its
 * subdomains are its bodies' own. */
static gboolean
is_umbrella_domain (GArray *table, const char *domain)
{
  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->domains[k] != NULL; k++)
        {
          const char *other = organisation->domains[k];

          if (strlen (other) > strlen (domain) && is_under_domain (other, domain))
            return TRUE;
        }
    }
  return FALSE;
}

/* "mlo-blm@forces.gc.ca": the known organisation whose domain a mail host is at, as
 * cmq_importer_organisation_of_domain (), but none when the host is a subdomain the table does
 * not know of an umbrella domain: a government's department writes from its own subdomain, and
 * the government's name would be the wrong source. */
const char *
cmq_importer_organisation_of_mail_host (const char *host)
{
  GArray *table = organisations_get ();

  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->domains[k] != NULL; k++)
        {
          const char *domain = organisation->domains[k];

          if (!is_under_domain (host, domain))
            continue;
          /* "www.", "mail.": a host's usual first labels are the domain's own */
          if (strlen (host) != strlen (domain) && strncmp (host, "www.", 4) != 0 &&
              strncmp (host, "mail.", 5) != 0 && is_umbrella_domain (table, domain))
            return NULL;
          return organisation->name;
        }
    }
  return NULL;
}

/* Whether the set @present of bytes holds @b. */
#define HOLDS_BYTE(present, b) (((present)[(guchar) (b) >> 6] >> ((guchar) (b) &63)) & 1)

/* The organisation a line names, by the longest of the names it holds ("UNHCR - Office of the
 * United Nations High Commissioner for Refugees" names UNHCR, not the United Nations, whose name
 * is part of it); @words receives that name's length in words (an acronym counts one). */
const char *
cmq_importer_organisation_of_line (const char *text, const char *key, guint *words)
{
  GArray *table = organisations_get ();
  const char *best;
  guint covered;
  /* NUL counts as held: an empty acronym is still asked about, as before. */
  guint64 present[4] = { 1, 0, 0, 0 };

  match_keys (organisations_all ()->by_first_word, key, &best, words, &covered);
  if (best != NULL)
    return best;
  /* The bytes of @text, found once: the acronyms whose first byte it lacks (most of them) are
   * passed over, where cmq_importer_has_word () looked for that byte through the whole line. */
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    present[*p >> 6] |= G_GUINT64_CONSTANT (1) << (*p & 63);
  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->acronyms[k] != NULL; k++)
        if (HOLDS_BYTE (present, organisation->acronyms[k][0]) &&
            cmq_importer_has_word (text, organisation->acronyms[k]))
          {
            *words = 1;
            return organisation->name;
          }
    }
  return NULL;
}

/* "Council of Europe/Conseil de l'Europe": a line made mostly of an organisation's names. */
gboolean
cmq_importer_is_site_name (const char *text, const char *key)
{
  GArray *table = organisations_get ();
  guint words = cmq_importer_count_words (key);
  const char *best;
  guint longest;
  guint covered = 0;

  if (words == 0 || !may_be_site_name (key, words))
    return FALSE;
  match_keys (organisations_all ()->by_first_word, key, &best, &longest, &covered);
  for (guint i = 0; i < table->len; i++)
    {
      const Organisation *organisation = &g_array_index (table, Organisation, i);

      for (guint k = 0; organisation->acronyms[k] != NULL; k++)
        if (cmq_importer_has_word (text, organisation->acronyms[k]))
          covered++;
    }
  return covered * 100 >= words * MIN_SITE_NAME_PERCENT;
}

/* A known organisation's name as the table writes it when @name is one, else @name as written;
 * newly allocated. */
char *
cmq_importer_known_or_written (const char *name)
{
  g_autofree char *key = cmq_importer_key (name);
  const char *known;
  guint words;

  known = cmq_importer_is_site_name (name, key)
              ? cmq_importer_organisation_of_line (name, key, &words)
              : NULL;
  return g_strdup (known != NULL ? known : name);
}
