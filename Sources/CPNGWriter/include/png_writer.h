#ifndef STUDYLOG_PNG_WRITER_H
#define STUDYLOG_PNG_WRITER_H
#include <stddef.h>

/// Receives the PNG's bytes; returns 0 on success.
typedef int (*studylog_png_sink)(void *closure, const unsigned char *bytes, size_t length);

#endif
