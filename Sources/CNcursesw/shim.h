/*
 * The ncursesw surface that Swift can call.
 *
 * Swift imports neither C globals under strict concurrency nor function-like
 * macros, so each one the backend needs gets a one-line inline wrapper here,
 * prefixed cnc_.
 */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* Must precede the include: without it the wide API (get_wch, setcchar) is hidden. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

/* stdscr, LINES and COLS are mutable C globals: Swift 6 refuses to read them directly. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }

/* Attribute macros expand to expressions Swift does not import. */
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_color_pair(int pair) { return COLOR_PAIR(pair); }

/* wattr_set and mvwaddwstr are macros: one call draws a run of text in one style. */
static inline int cnc_draw(int y, int x, const wchar_t *text, int count, attr_t attrs, short pair) {
    wattr_set(stdscr, attrs, pair, NULL);
    return mvwaddnwstr(stdscr, y, x, text, count);
}

/* wtimeout via the timeout macro: how long get_wch waits (-1 forever). */
static inline void cnc_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

/* get_wch is a macro over wget_wch(stdscr, ...). */
static inline int cnc_get_wch(wint_t *key) { return wget_wch(stdscr, key); }

/* stdin and stdout are globals too; newterm needs them as FILE pointers. */
static inline FILE *cnc_stdin(void) { return stdin; }
static inline FILE *cnc_stdout(void) { return stdout; }

#endif
