/* cmq-cite-library.c: the citations of the user's favourites and highlighted passages, for
 * Export Citations.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-cite-library"

#include <string.h>

#include "cmq-cite-library.h"

static void
add_passages (GPtrArray *citations, CmqStore *store, const CmqStoreEntry *entry,
              CmqRelease *release, const CmqCitation *whole)
{
  g_autoptr (GPtrArray) places = cmq_store_locate_passages (store, entry->id, release);

  for (guint i = 0; i < places->len; i++)
    {
      CmqStorePassagePlace *place = g_ptr_array_index (places, i);
      CmqCitation *citation = cmq_citation_copy (whole);
      guint paragraph = place->position.match != CMQ_ANCHOR_DETACHED
                            ? place->position.paragraph
                            : place->passage->anchor->paragraph;

      cmq_citation_set_passage (citation, paragraph, place->passage->anchor->quote);
      g_ptr_array_add (citations, citation);
    }
}

GPtrArray *
cmq_cite_kept (CmqStore *store, CmqIndex *index, CmqCiteKept what, guint *n_missing)
{
  g_autoptr (GPtrArray) entries = NULL;
  GPtrArray *citations;
  guint missing = 0;

  g_return_val_if_fail (CMQ_IS_STORE (store), NULL);
  g_return_val_if_fail (CMQ_IS_INDEX (index), NULL);

  citations = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_citation_free);
  entries = cmq_store_dup_entries (store);
  for (guint i = 0; i < entries->len; i++)
    {
      CmqStoreEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr (GPtrArray) passages = cmq_store_dup_passages (store, entry->id);
      gboolean favourite = (what & CMQ_CITE_KEPT_FAVOURITES) && entry->favourite;
      gboolean highlighted = (what & CMQ_CITE_KEPT_HIGHLIGHTS) && passages->len > 0;
      g_autoptr (CmqRelease) release = NULL;
      g_autoptr (CmqCitation) whole = NULL;
      g_autoptr (GError) error = NULL;

      if (!favourite && !highlighted)
        continue;
      release = cmq_index_load_release (index, entry->id, &error);
      if (release == NULL)
        {
          g_debug ("Not cited, not in the index: %s: %s", entry->id,
                   error != NULL ? error->message : "");
          missing++;
          continue;
        }
      whole = cmq_citation_new (release);
      if (favourite)
        g_ptr_array_add (citations, cmq_citation_copy (whole));
      if (highlighted)
        add_passages (citations, store, entry, release, whole);
    }
  if (n_missing != NULL)
    *n_missing = missing;
  return citations;
}

static const char *const extensions[] = {
  [CMQ_CITE_EXPORT_CSL_JSON] = ".json",
  [CMQ_CITE_EXPORT_BIBTEX] = ".bib",
  [CMQ_CITE_EXPORT_RIS] = ".ris",
};

CmqCiteExportFormat
cmq_cite_export_format_for_name (const char *name, CmqCiteExportFormat chosen, char **file_name)
{
  gsize len;

  g_return_val_if_fail (name != NULL && file_name != NULL, chosen);
  g_return_val_if_fail ((guint) chosen < G_N_ELEMENTS (extensions), CMQ_CITE_EXPORT_CSL_JSON);

  len = strlen (name);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      gsize ext_len = strlen (extensions[i]);

      if (len > ext_len && g_ascii_strcasecmp (name + len - ext_len, extensions[i]) == 0)
        {
          g_autofree char *stem = g_strndup (name, len - ext_len);

          *file_name = i == chosen ? g_strdup (name) : g_strconcat (stem, extensions[chosen], NULL);
          return chosen;
        }
    }
  *file_name = g_strconcat (name, extensions[chosen], NULL);
  return chosen;
}
