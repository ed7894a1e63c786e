/* STUB: replaced by the date inference work. */
#define G_LOG_DOMAIN "cmq-date"
#include "cmq-date.h"

gboolean
cmq_date_find (const char *text, const char *language, const GDate *reference, CmqDateGuess *out)
{
  *out = (CmqDateGuess) { 0, };
  return FALSE;
}
