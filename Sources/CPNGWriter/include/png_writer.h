#ifndef STUDYLOG_PNG_WRITER_H
#define STUDYLOG_PNG_WRITER_H
#include <stddef.h>

/// Receives the PNG's bytes; returns 0 on success.
typedef int (*studylog_png_sink)(void *closure, const unsigned char *bytes, size_t length);

/// Writes the pixels of a Cairo CAIRO_FORMAT_ARGB32 image (native-endian 32-bit words,
/// premultiplied alpha) as an 8-bit PNG: RGB when `opaque` is non-zero, else RGBA with the alpha
/// un-premultiplied. `level` is the zlib level (0-9) and `filters` a mask of PNG_FILTER_* values.
/// Returns 0 on success, or -1 with a message in `error` (at least 256 bytes).
int studylog_write_png(const unsigned char *data, int width, int height, int stride, int opaque,
                       int level, int filters, studylog_png_sink sink, void *closure, char *error);

#endif
