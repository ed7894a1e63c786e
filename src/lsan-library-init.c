/* lsan-library-init.c: in sanitizer builds only (src/meson.build), LeakSanitizer leaves out what
 * shared libraries allocate in their own initialisers, before main() runs.
 *
 * The reason is one block: GLib's table of quarks starts as a 16 KB array allocated in GLib's
 * initialiser (g_quark_init()), and when a process creates its 2049th quark, g_quark_from_*()
 * copies the table into a larger array and drops the first one on purpose, so that lookups need
 * no lock (gquark.c: "This leaks the old quarks array"). GTK, libadwaita and WebKit bring the
 * app and the UI tests close to that number, so whether the block is lost depended on what a run
 * did. Its allocation stack is only g_malloc (GLib has no frame pointers and no symbols for
 * g_quark_init here), which a suppression could match only by hiding every other g_malloc leak.
 *
 * No code of Communiqué runs before main(), so nothing of ours is left out: the counter is raised
 * before any library initialiser (.preinit_array runs first) and lowered by this executable's
 * own initialiser, which runs after those of every library it links.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sanitizer/lsan_interface.h>

typedef void (*PreinitFunc) (int argc, char **argv, char **envp);

static void
lsan_ignore_library_init (int argc, char **argv, char **envp)
{
  __lsan_disable ();
}

__attribute__ ((section (".preinit_array"), used)) static const PreinitFunc lsan_preinit =
    lsan_ignore_library_init;

__attribute__ ((constructor)) static void
lsan_check_from_main (void)
{
  __lsan_enable ();
}
