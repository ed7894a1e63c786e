/* test-importer-found200.c: a month cut to three letters in a wire's dateline (issue 11:
 * heldout33 lacaixa-01, "Barcelona, 29 dic (EFE).-"), with or without a full stop, in the
 * languages the importer reads: the day and month are the release's. Out of a dateline's or a
 * date's shape, or in a language that does not write it, the cut name is no month.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define NOTICIA                                                                                    \
  "La fundación recupera su nombre original y será solo la Caixa, según ha informado la "       \
  "entidad en un comunicado en el que explica los motivos del cambio.\n\n"                         \
  "La fundación ha destacado que el cambio no afecta a ninguno de los programas sociales que "    \
  "lleva a cabo en todo el país desde hace más de un siglo.\n"

#define NOTIZIA                                                                                    \
  "La fondazione ha presentato oggi il suo nuovo programma per la cultura e la ricerca, che "      \
  "sarà realizzato nei prossimi anni in tutte le regioni del paese.\n\n"                          \
  "Il presidente della fondazione ha spiegato che il programma è stato preparato con le "         \
  "università e con i comuni della regione.\n"

#define STORY                                                                                      \
  "The foundation presented its new programme for culture and research, which will be carried "    \
  "out in every region of the country over the coming years.\n\n"                                  \
  "Its chairman said that the programme had been prepared with the universities and the towns "    \
  "of the region.\n"

static void
test_dateline_short_month (void)
{
  assert_import_field ("Barcelona, 29 dic (EFE).- " NOTICIA, partial_date, "--12-29");
  assert_import_field ("Barcelona, 29 dic. (EFE).- " NOTICIA, partial_date, "--12-29");
  assert_import_field ("Madrid, 3 abr.- " NOTICIA, partial_date, "--04-03");
  assert_import_field ("Roma, 12 ott (ANSA) - " NOTIZIA, partial_date, "--10-12");
  /* with its year, in a date's shape */
  assert_import_field ("Barcelona, 29 dic. 2018 (EFE).- " NOTICIA, date, "2018-12-29");
}

static void
test_not_a_month (void)
{
  /* no place and comma before the day */
  assert_import_field ("Hay 29 dic (EFE).- " NOTICIA, partial_date, NULL);
  /* "set" is Italian or Portuguese, not English */
  assert_import_field ("London, 12 set (Wire) - " STORY, partial_date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found200/dateline-short-month", test_dateline_short_month);
  g_test_add_func ("/importer/found200/not-a-month", test_not_a_month);
  return g_test_run ();
}
