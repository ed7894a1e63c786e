/* STUB */
#include "cmq-html.h"
char *
cmq_html_render_release (CmqRelease *release, CmqSearchQuery *query)
{
  return g_markup_escape_text (cmq_release_get_title (release), -1);
}
