/* cmq-compare.c: two releases aligned paragraph by paragraph, for the compare view and
 * `communique --compare`.
 *
 * Each paragraph is reduced to a set of features: the hashes of its normalised words and of its
 * pairs of consecutive words (cmq_search_normalize(): case and accents folded, punctuation gone),
 * so that a paragraph keeps most of its features when a few words change, while two paragraphs
 * that share only common words share few pairs. Then:
 *   1. paragraphs kept word for word are matched, then pairs of the others whose features are
 *      alike enough, one to one, the most alike first (ties: the closest in position);
 *   2. a paragraph of one release whose words are spread over several consecutive unmatched
 *      paragraphs of the other, and alike them together more than any one alone, is a split (or a
 *      merge, the other way round);
 *   3. the matches that keep their order are the heaviest increasing run of them (by paragraphs
 *      covered); the others moved;
 *   4. each match gets its word changes (cmq-word-diff.c).
 * Two 80-paragraph releases take well under the 50 ms budget (tests/bench/bench-compare.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-compare"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-compare.h"
#include "cmq-search.h"

/* Paragraphs this alike (Dice's coefficient of their features) are the same paragraph. */
#define MATCH_THRESHOLD 0.4
/* A paragraph is a piece of another when this share of its features is in it. */
#define PIECE_THRESHOLD 0.6
/* A split or merge replaces a one-to-one match only when it is this much more alike. */
#define GROUP_MARGIN 0.05

typedef struct
{
  guint32 *features; /* sorted, without repeats */
  guint n;
} Features;

typedef struct
{
  guint a_first, a_count, b_first, b_count;
  double similarity;
  gboolean in_order;
  int item, away_item; /* where it went in the items */
} Group;

typedef struct
{
  const char *const *a;
  const char *const *b;
  guint na, nb;
  Features *fa, *fb;
  int *a_group, *b_group; /* the group of each paragraph, -1 for none */
  GArray *groups;         /* of Group */
  guint *shared;          /* features shared by a[i] and b[j], at i * nb + j */
} Aligner;

struct _CmqComparison
{
  GPtrArray *items; /* of CmqCompareItem */
  guint counts[CMQ_COMPARE_N_KINDS];
};

const char *
cmq_compare_kind_to_string (CmqCompareKind kind)
{
  static const char *const names[] = { "unchanged", "reworded", "added",  "removed",
                                       "moved",     "split",    "merged", "moved-away" };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == CMQ_COMPARE_N_KINDS);
  g_return_val_if_fail (kind < CMQ_COMPARE_N_KINDS, NULL);
  return names[kind];
}

static int
compare_guint32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static void
features_init (Features *f, const char *text)
{
  g_autofree char *normalized = cmq_search_normalize (text);
  g_autoptr (GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 previous = 0;
  gboolean have_previous = FALSE;
  char *p = normalized;

  while (*p != '\0')
    {
      char *end;
      guint32 hash;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      end = strchr (p, ' ');
      *end = '\0';
      hash = g_str_hash (p);
      g_array_append_val (hashes, hash);
      if (have_previous)
        {
          guint32 pair = (previous * 0x9E3779B1u) ^ (hash + 0x7F4A7C15u);

          g_array_append_val (hashes, pair);
        }
      previous = hash, have_previous = TRUE;
      p = end + 1;
    }
  g_array_sort (hashes, compare_guint32);
  f->n = 0;
  for (guint i = 0; i < hashes->len; i++)
    if (i == 0 || g_array_index (hashes, guint32, i) != g_array_index (hashes, guint32, i - 1))
      g_array_index (hashes, guint32, f->n++) = g_array_index (hashes, guint32, i);
  f->features = g_memdup2 (hashes->data, sizeof (guint32) * f->n);
}

static guint
shared_features (const Features *x, const Features *y)
{
  guint i = 0, j = 0, shared = 0;

  while (i < x->n && j < y->n)
    {
      if (x->features[i] < y->features[j])
        i++;
      else if (x->features[i] > y->features[j])
        j++;
      else
        shared++, i++, j++;
    }
  return shared;
}

static double
dice (const Features *x, const Features *y)
{
  if (x->n + y->n == 0)
    return 0;
  return 2.0 * shared_features (x, y) / (x->n + y->n);
}

typedef struct
{
  guint32 feature;
  guint paragraph;
} Posting;

static int
compare_postings (gconstpointer x, gconstpointer y)
{
  const Posting *a = x, *b = y;

  if (a->feature != b->feature)
    return a->feature < b->feature ? -1 : 1;
  return a->paragraph < b->paragraph ? -1 : a->paragraph > b->paragraph;
}

/* The features every pair of paragraphs shares, counted at once through the paragraphs of @b
 * holding each feature: comparing the pairs one by one costs several times more when few
 * paragraphs are kept word for word. */
static void
count_shared (Aligner *al)
{
  g_autoptr (GArray) postings = g_array_new (FALSE, FALSE, sizeof (Posting));
  Posting *p;
  guint n;

  al->shared = g_new0 (guint, (gsize) al->na * al->nb + 1);
  for (guint j = 0; j < al->nb; j++)
    for (guint k = 0; k < al->fb[j].n; k++)
      {
        Posting posting = { al->fb[j].features[k], j };

        g_array_append_val (postings, posting);
      }
  g_array_sort (postings, compare_postings);
  p = (Posting *) postings->data;
  n = postings->len;
  for (guint i = 0; i < al->na; i++)
    for (guint k = 0; k < al->fa[i].n; k++)
      {
        guint32 feature = al->fa[i].features[k];
        guint lo = 0, hi = n;

        while (lo < hi)
          {
            guint mid = lo + (hi - lo) / 2;

            if (p[mid].feature < feature)
              lo = mid + 1;
            else
              hi = mid;
          }
        for (; lo < n && p[lo].feature == feature; lo++)
          al->shared[(gsize) i * al->nb + p[lo].paragraph]++;
      }
}

static double
similarity (Aligner *al, guint i, guint j)
{
  /* Paragraphs without words ("***", "-30-") are alike only when they are the same. */
  if (al->fa[i].n == 0 || al->fb[j].n == 0)
    return g_str_equal (al->a[i], al->b[j]) ? 1 : 0;
  return 2.0 * al->shared[(gsize) i * al->nb + j] / (al->fa[i].n + al->fb[j].n);
}

static int
add_group (Aligner *al, guint a_first, guint a_count, guint b_first, guint b_count, double sim)
{
  Group group = { a_first, a_count, b_first, b_count, sim, FALSE, -1, -1 };

  g_array_append_val (al->groups, group);
  for (guint i = a_first; i < a_first + a_count; i++)
    al->a_group[i] = al->groups->len - 1;
  for (guint j = b_first; j < b_first + b_count; j++)
    al->b_group[j] = al->groups->len - 1;
  return al->groups->len - 1;
}

typedef struct
{
  guint i, j;
  double sim;
  double distance; /* of their relative positions, for ties */
} Candidate;

static int
compare_candidates (gconstpointer x, gconstpointer y)
{
  const Candidate *a = x, *b = y;

  if (a->sim != b->sim)
    return a->sim > b->sim ? -1 : 1;
  if (a->distance != b->distance)
    return a->distance < b->distance ? -1 : 1;
  return a->i != b->i ? (a->i < b->i ? -1 : 1) : (a->j < b->j ? -1 : a->j > b->j);
}

/* Paragraphs kept word for word, which are most of a new version, are matched first (the n-th
 * copy of a text in one release with its n-th copy in the other), leaving few to weigh pair by
 * pair. */
static void
match_identical (Aligner *al)
{
  g_autoptr (GHashTable) unmatched =
      g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_queue_free);

  for (guint j = 0; j < al->nb; j++)
    {
      GQueue *same = g_hash_table_lookup (unmatched, al->b[j]);

      if (same == NULL)
        g_hash_table_insert (unmatched, (gpointer) al->b[j], (same = g_queue_new ()));
      g_queue_push_tail (same, GUINT_TO_POINTER (j));
    }
  for (guint i = 0; i < al->na; i++)
    {
      GQueue *same = g_hash_table_lookup (unmatched, al->a[i]);

      if (same != NULL && !g_queue_is_empty (same))
        add_group (al, i, 1, GPOINTER_TO_UINT (g_queue_pop_head (same)), 1, 1);
    }
}

static void
match_one_to_one (Aligner *al)
{
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  match_identical (al);
  count_shared (al);
  for (guint i = 0; i < al->na; i++)
    for (guint j = 0; j < al->nb; j++)
      {
        Candidate c = { i, j, 0, 0 };
        guint small = MIN (al->fa[i].n, al->fb[j].n);

        /* Dice's coefficient is at most 2 min / (n + m): most pairs need no counting. */
        if (al->a_group[i] >= 0 || al->b_group[j] >= 0 ||
            (small > 0 && 2.0 * small < MATCH_THRESHOLD * (al->fa[i].n + al->fb[j].n)))
          continue;
        c.sim = similarity (al, i, j);
        if (c.sim < MATCH_THRESHOLD)
          continue;
        c.distance = ABS ((double) i / al->na - (double) j / al->nb);
        g_array_append_val (candidates, c);
      }
  g_array_sort (candidates, compare_candidates);
  for (guint k = 0; k < candidates->len; k++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, k);

      if (al->a_group[c->i] < 0 && al->b_group[c->j] < 0)
        add_group (al, c->i, 1, c->j, 1, c->sim);
    }
}

/* The side of an alignment seen from one release: @mine are its paragraphs, @theirs the other's;
 * a split seen from the first release is a merge seen from the second. */
typedef struct
{
  Aligner *al;
  const char *const *theirs_text;
  Features *mine, *theirs;
  int *my_group, *their_group;
  guint n_theirs;
  gboolean from_b;
} Side;

/* The share of the features of their paragraph @j found in my paragraph @i. */
static double
containment (Side *s, guint i, guint j)
{
  guint shared = s->al->shared[s->from_b ? (gsize) j * s->al->nb + i : (gsize) i * s->al->nb + j];

  return s->theirs[j].n == 0 ? 0 : (double) shared / s->theirs[j].n;
}

static int
best_piece (Side *s, guint i)
{
  int best = -1;
  double best_share = PIECE_THRESHOLD;

  for (guint j = 0; j < s->n_theirs; j++)
    {
      double share;

      if (s->their_group[j] >= 0 || s->theirs[j].n == 0)
        continue;
      share = containment (s, i, j);
      if (share >= best_share)
        best = j, best_share = share;
    }
  return best;
}

static gboolean
is_piece (Side *s, guint i, guint j, int own_group)
{
  return (s->their_group[j] < 0 || s->their_group[j] == own_group) && s->theirs[j].n > 0 &&
         containment (s, i, j) >= PIECE_THRESHOLD;
}

/* Paragraph @i of one side as several in a row of the other. */
static void
try_group (Aligner *al, Side *s, guint i)
{
  int g = s->my_group[i];
  Group *group = g >= 0 ? &g_array_index (al->groups, Group, g) : NULL;
  int seed, lo, hi;
  double base = group != NULL ? group->similarity : 0, sim;
  g_autoptr (GString) joined = g_string_new (NULL);
  Features together;

  if (group != NULL && (group->a_count != 1 || group->b_count != 1))
    return;
  seed = group != NULL ? (int) (s->from_b ? group->a_first : group->b_first) : best_piece (s, i);
  if (seed < 0)
    return;
  lo = hi = seed;
  while (lo > 0 && is_piece (s, i, lo - 1, g))
    lo--;
  while (hi + 1 < (int) s->n_theirs && is_piece (s, i, hi + 1, g))
    hi++;
  if (lo == hi)
    return;

  for (int j = lo; j <= hi; j++)
    g_string_append_printf (joined, "%s%s", j > lo ? " " : "", s->theirs_text[j]);
  features_init (&together, joined->str);
  sim = dice (&s->mine[i], &together);
  g_free (together.features);
  if (sim < MATCH_THRESHOLD || sim < base + GROUP_MARGIN)
    return;

  if (group != NULL)
    {
      /* Its paragraph of the other side joins the group: no longer a group of its own. */
      group->a_count = group->b_count = 0;
    }
  if (s->from_b)
    add_group (al, lo, hi - lo + 1, i, 1, sim);
  else
    add_group (al, i, 1, lo, hi - lo + 1, sim);
}

static void
find_splits_and_merges (Aligner *al)
{
  Side split = { al, al->b, al->fa, al->fb, al->a_group, al->b_group, al->nb, FALSE };
  Side merge = { al, al->a, al->fb, al->fa, al->b_group, al->a_group, al->na, TRUE };

  for (guint i = 0; i < al->na; i++)
    try_group (al, &split, i);
  for (guint j = 0; j < al->nb; j++)
    try_group (al, &merge, j);
}

static int
compare_groups_by_a (gconstpointer x, gconstpointer y, gpointer user_data)
{
  const Group *groups = user_data;
  const Group *a = &groups[*(const guint *) x], *b = &groups[*(const guint *) y];

  return a->a_first < b->a_first ? -1 : a->a_first > b->a_first;
}

/* The groups that keep their order: the heaviest run increasing in both releases, weighed by the
 * paragraphs it covers, so that one paragraph moves rather than the many around it. */
static void
mark_in_order (Aligner *al)
{
  Group *groups = (Group *) al->groups->data;
  g_autoptr (GArray) live = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *weight = NULL;
  g_autofree int *previous = NULL;
  int best_end = -1;

  for (guint g = 0; g < al->groups->len; g++)
    if (groups[g].a_count > 0)
      g_array_append_val (live, g);
  g_array_sort_with_data (live, compare_groups_by_a, groups);
  weight = g_new0 (guint, live->len);
  previous = g_new (int, live->len);
  for (guint k = 0; k < live->len; k++)
    {
      Group *gk = &groups[g_array_index (live, guint, k)];

      weight[k] = gk->a_count + gk->b_count;
      previous[k] = -1;
      for (guint l = 0; l < k; l++)
        {
          Group *gl = &groups[g_array_index (live, guint, l)];
          guint w = weight[l] + gk->a_count + gk->b_count;

          if (gl->b_first < gk->b_first && w > weight[k])
            weight[k] = w, previous[k] = l;
        }
      if (best_end < 0 || weight[k] > weight[best_end])
        best_end = k;
    }
  for (int k = best_end; k >= 0; k = previous[k])
    groups[g_array_index (live, guint, k)].in_order = TRUE;
}

static char *
join_paragraphs (const char *const *paragraphs, guint first, guint count)
{
  g_autoptr (GString) joined = g_string_new (NULL);

  for (guint i = first; i < first + count; i++)
    g_string_append_printf (joined, "%s%s", i > first ? "\n" : "", paragraphs[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
item_free (CmqCompareItem *item)
{
  g_clear_pointer (&item->spans, g_ptr_array_unref);
  g_free (item);
}

static guint
add_item (CmqComparison *self, Aligner *al, CmqCompareKind kind, int g, guint a_first,
          guint b_first)
{
  CmqCompareItem *item = g_new0 (CmqCompareItem, 1);
  Group *group = g >= 0 ? &g_array_index (al->groups, Group, g) : NULL;

  item->kind = kind;
  item->link = -1;
  item->a_first = a_first;
  item->b_first = b_first;
  item->a_count = kind == CMQ_COMPARE_REMOVED ? 1 : group != NULL ? group->a_count : 0;
  item->b_count = kind == CMQ_COMPARE_ADDED        ? 1
                  : kind == CMQ_COMPARE_MOVED_AWAY ? 0
                  : group != NULL                  ? group->b_count
                                                   : 0;
  if (kind != CMQ_COMPARE_MOVED_AWAY)
    {
      g_autofree char *a = join_paragraphs (al->a, item->a_first, item->a_count);
      g_autofree char *b = join_paragraphs (al->b, item->b_first, item->b_count);

      item->spans = cmq_word_diff (a, b);
    }
  if (group != NULL && kind != CMQ_COMPARE_MOVED_AWAY)
    {
      item->similarity = group->similarity;
      if (kind == CMQ_COMPARE_REWORDED && cmq_word_diff_is_equal (item->spans))
        item->kind = CMQ_COMPARE_UNCHANGED;
      if (item->kind == CMQ_COMPARE_UNCHANGED)
        item->similarity = 1;
    }
  g_ptr_array_add (self->items, item);
  if (item->kind != CMQ_COMPARE_MOVED_AWAY)
    self->counts[item->kind]++;
  return self->items->len - 1;
}

static CmqCompareKind
kind_in_order (const Group *group)
{
  if (group->a_count > 1)
    return CMQ_COMPARE_MERGED;
  if (group->b_count > 1)
    return CMQ_COMPARE_SPLIT;
  return CMQ_COMPARE_REWORDED;
}

/* Everything of the first release before @a_end and of the second before @b_end that is not in
 * order: removed paragraphs and where moved ones stood, then added ones and moved ones. */
static void
emit_gap (CmqComparison *self, Aligner *al, guint *oi, guint a_end, guint *nj, guint b_end)
{
  for (; *oi < a_end; (*oi)++)
    {
      int g = al->a_group[*oi];
      Group *group = g >= 0 ? &g_array_index (al->groups, Group, g) : NULL;

      if (group == NULL)
        add_item (self, al, CMQ_COMPARE_REMOVED, -1, *oi, 0);
      else if (!group->in_order && group->a_first == *oi)
        group->away_item = add_item (self, al, CMQ_COMPARE_MOVED_AWAY, g, *oi, group->b_first);
    }
  for (; *nj < b_end; (*nj)++)
    {
      int g = al->b_group[*nj];
      Group *group = g >= 0 ? &g_array_index (al->groups, Group, g) : NULL;

      if (group == NULL)
        add_item (self, al, CMQ_COMPARE_ADDED, -1, 0, *nj);
      else if (!group->in_order && group->b_first == *nj)
        group->item = add_item (self, al, CMQ_COMPARE_MOVED, g, group->a_first, *nj);
    }
}

static void
emit_items (CmqComparison *self, Aligner *al)
{
  Group *groups = (Group *) al->groups->data;
  g_autoptr (GArray) anchors = g_array_new (FALSE, FALSE, sizeof (guint));
  guint oi = 0, nj = 0;

  for (guint g = 0; g < al->groups->len; g++)
    if (groups[g].in_order)
      g_array_append_val (anchors, g);
  g_array_sort_with_data (anchors, compare_groups_by_a, groups);

  for (guint k = 0; k < anchors->len; k++)
    {
      guint g = g_array_index (anchors, guint, k);

      emit_gap (self, al, &oi, groups[g].a_first, &nj, groups[g].b_first);
      add_item (self, al, kind_in_order (&groups[g]), g, groups[g].a_first, groups[g].b_first);
      oi = groups[g].a_first + groups[g].a_count;
      nj = groups[g].b_first + groups[g].b_count;
    }
  emit_gap (self, al, &oi, al->na, &nj, al->nb);

  for (guint g = 0; g < al->groups->len; g++)
    if (groups[g].item >= 0 && groups[g].away_item >= 0)
      {
        ((CmqCompareItem *) g_ptr_array_index (self->items, groups[g].item))->link =
            groups[g].away_item;
        ((CmqCompareItem *) g_ptr_array_index (self->items, groups[g].away_item))->link =
            groups[g].item;
      }
}

static Features *
features_of_all (const char *const *paragraphs, guint n)
{
  Features *features = g_new0 (Features, n + 1);

  for (guint i = 0; i < n; i++)
    features_init (&features[i], paragraphs[i]);
  return features;
}

static void
features_free_all (Features *features, guint n)
{
  for (guint i = 0; i < n; i++)
    g_free (features[i].features);
  g_free (features);
}

CmqComparison *
cmq_comparison_new (const char *const *a, const char *const *b)
{
  CmqComparison *self;
  Aligner al = { a, b };

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  al.na = g_strv_length ((char **) a);
  al.nb = g_strv_length ((char **) b);
  al.fa = features_of_all (a, al.na);
  al.fb = features_of_all (b, al.nb);
  al.a_group = g_new (int, al.na + 1);
  al.b_group = g_new (int, al.nb + 1);
  memset (al.a_group, 0xff, sizeof (int) * (al.na + 1));
  memset (al.b_group, 0xff, sizeof (int) * (al.nb + 1));
  al.groups = g_array_new (FALSE, FALSE, sizeof (Group));

  match_one_to_one (&al);
  find_splits_and_merges (&al);
  mark_in_order (&al);

  self = g_new0 (CmqComparison, 1);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  emit_items (self, &al);

  features_free_all (al.fa, al.na);
  features_free_all (al.fb, al.nb);
  g_free (al.a_group);
  g_free (al.b_group);
  g_free (al.shared);
  g_array_unref (al.groups);
  return self;
}

void
cmq_comparison_free (CmqComparison *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->items);
  g_free (self);
}

guint
cmq_comparison_get_n_items (CmqComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

const CmqCompareItem *
cmq_comparison_get_item (CmqComparison *self, guint index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return g_ptr_array_index (self->items, index);
}

guint
cmq_comparison_count (CmqComparison *self, CmqCompareKind kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind < CMQ_COMPARE_N_KINDS, 0);
  return self->counts[kind];
}

char *
cmq_comparison_summary (CmqComparison *self)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint kind = 0; kind < CMQ_COMPARE_MOVED_AWAY; kind++)
    {
      guint n = self->counts[kind];
      if (n == 0)
        continue;
      if (out->len > 0)
        /* Translators: between the counts of a summary, "3 added, 1 removed" */
        g_string_append (out, _(", "));
      switch ((CmqCompareKind) kind)
        {
        case CMQ_COMPARE_UNCHANGED:
          /* Translators: paragraphs that stayed the same between two releases */
          g_string_append_printf (out, ngettext ("%u unchanged", "%u unchanged", n), n);
          break;
        case CMQ_COMPARE_REWORDED:
          /* Translators: paragraphs whose words changed between two releases */
          g_string_append_printf (out, ngettext ("%u reworded", "%u reworded", n), n);
          break;
        case CMQ_COMPARE_ADDED:
          /* Translators: paragraphs new in the second release */
          g_string_append_printf (out, ngettext ("%u added", "%u added", n), n);
          break;
        case CMQ_COMPARE_REMOVED:
          /* Translators: paragraphs of the first release missing from the second */
          g_string_append_printf (out, ngettext ("%u removed", "%u removed", n), n);
          break;
        case CMQ_COMPARE_MOVED:
          /* Translators: paragraphs found elsewhere in the second release */
          g_string_append_printf (out, ngettext ("%u moved", "%u moved", n), n);
          break;
        case CMQ_COMPARE_SPLIT:
          /* Translators: paragraphs of the first release cut in several in the second */
          g_string_append_printf (out, ngettext ("%u split", "%u split", n), n);
          break;
        case CMQ_COMPARE_MERGED:
          /* Translators: paragraphs of the first release joined into one in the second */
          g_string_append_printf (out, ngettext ("%u merged", "%u merged", n), n);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  if (out->len == 0)
    g_string_append (out, _("No paragraphs"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

double
cmq_compare_similarity (const char *const *a, const char *const *b)
{
  g_autofree char *ja = NULL;
  g_autofree char *jb = NULL;
  Features fa, fb;
  double sim;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  ja = g_strjoinv (" ", (char **) a);
  jb = g_strjoinv (" ", (char **) b);
  features_init (&fa, ja);
  features_init (&fb, jb);
  sim = dice (&fa, &fb);
  g_free (fa.features);
  g_free (fb.features);
  return sim;
}
