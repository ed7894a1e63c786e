/* STUB */
#include "cmq-reader-view.h"
struct _CmqReaderView { GtkWidget parent_instance; };
G_DEFINE_FINAL_TYPE (CmqReaderView, cmq_reader_view, GTK_TYPE_WIDGET)
static void cmq_reader_view_class_init (CmqReaderViewClass *klass) {}
static void cmq_reader_view_init (CmqReaderView *self) {}
GtkWidget *cmq_reader_view_new (void) { return g_object_new (CMQ_TYPE_READER_VIEW, NULL); }
void cmq_reader_view_show_release (CmqReaderView *self, CmqRelease *release, CmqSearchQuery *query) {}
CmqRelease *cmq_reader_view_get_release (CmqReaderView *self) { return NULL; }
WebKitWebView *cmq_reader_view_get_web_view (CmqReaderView *self) { return NULL; }
