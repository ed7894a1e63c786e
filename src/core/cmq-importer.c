/* STUB: replaced by the importer work. */
#define G_LOG_DOMAIN "cmq-importer"
#include "cmq-importer.h"

G_DEFINE_QUARK (cmq-import-error-quark, cmq_import_error)

struct _CmqImporter
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (CmqImporter, cmq_importer, G_TYPE_OBJECT)

static void cmq_importer_class_init (CmqImporterClass *klass) {}
static void cmq_importer_init (CmqImporter *self) {}

CmqImporter *
cmq_importer_new (void)
{
  return g_object_new (CMQ_TYPE_IMPORTER, NULL);
}

void
cmq_importer_learn (CmqImporter *self, const char *text, gssize length)
{
}

CmqRelease *
cmq_importer_import_text (CmqImporter *self, const char *text, gssize length,
                          const char *file_name, gint64 file_mtime, GError **error)
{
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n\n", -1);
  CmqReleaseInfo info = { .file = file_name, .title = paragraphs[0],
                          .paragraphs = (const char *const *) paragraphs };
  return cmq_release_new (&info);
}

CmqRelease *
cmq_importer_import_file (CmqImporter *self, GFile *file, GCancellable *cancellable, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_file_get_path (file);
  gsize length;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  return cmq_importer_import_text (self, contents, length, path, 0, error);
}
