#ifndef STUDYLOG_BANDED_PNG_H
#define STUDYLOG_BANDED_PNG_H
#include <stddef.h>

#include "png_writer.h"

/// Draws device rows [top, top + rows) of band `band` on worker `worker`'s own surface and sets
/// `*pixels` to the first of those rows (Cairo CAIRO_FORMAT_ARGB32: native-endian 32-bit words,
/// premultiplied alpha) and `*stride` to the bytes from one row to the next. Called on several
/// threads at once, never twice at once with the same `worker`. Returns 0 on success.
typedef int (*studylog_band_drawer)(void *closure, int worker, int band, int top, int rows,
                                    const unsigned char **pixels, int *stride);

/// Writes a `width` × `height` PNG whose pixels `draw` paints `band_rows` rows at a time, on
/// `threads` threads (the calling one among them). Each band is Up-filtered and deflated at zlib
/// `level` as soon as it is drawn, as a raw deflate stream of its own ending in a sync flush; the
/// bands' streams are joined in order into the image's one zlib stream (their Adler-32 sums
/// combined), so the bytes are the same whatever the number of threads, and memory holds only
/// the bands in flight and at most two deflated bands per thread waiting for their turn to be
/// written (a thread waits only when all of those are taken). RGB when `opaque` is non-zero, else
/// RGBA with the alpha un-premultiplied. Each band is asked for one row more above it (the Up
/// filter's previous row), except the first. `sink` is called on any of the threads, one call at
/// a time, with the bytes in file order. Returns 0 on success, or -1 with a message in `error`
/// (at least 256 bytes).
int studylog_write_banded_png(int width, int height, int opaque, int level, int band_rows, int threads,
                              studylog_band_drawer draw, void *draw_closure, studylog_png_sink sink,
                              void *closure, char *error);

#endif
