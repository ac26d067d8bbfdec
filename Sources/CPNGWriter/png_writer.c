// A PNG writer for Cairo image surfaces with the compression settings chosen by the caller.
// Cairo's own writer lets libpng try every filter on every row, which costs most of the time
// of a chart; flat-coloured charts compress as well with one cheap filter. libpng reports
// errors with longjmp, which only C can catch: hence this file.
#include "png_writer.h"

#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct sink_state {
  studylog_png_sink sink;
  void *closure;
  int failed;
};

static void on_write(png_structp png, png_bytep bytes, png_size_t length) {
  struct sink_state *state = png_get_io_ptr(png);
  if (state->sink(state->closure, bytes, length) != 0) {
    state->failed = 1;
    png_error(png, "could not write the PNG's bytes");
  }
}

static void on_flush(png_structp png) { (void)png; }

static void on_error(png_structp png, png_const_charp message) {
  char *error = png_get_error_ptr(png);
  strncpy(error, message, 255);
  error[255] = 0;
  png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp message) {
  (void)png;
  (void)message;
}

int studylog_write_png(const unsigned char *data, int width, int height, int stride, int opaque,
                       int level, int filters, studylog_png_sink sink, void *closure, char *error) {
  struct sink_state state = {sink, closure, 0};
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, error, on_error, on_warning);
  if (!png) {
    strcpy(error, "libpng could not start");
    return -1;
  }
  png_infop info = png_create_info_struct(png);
  unsigned char *volatile row = NULL;
  if (!info || setjmp(png_jmpbuf(png))) {
    if (!info) strcpy(error, "libpng could not start");
    free(row);
    png_destroy_write_struct(&png, info ? &info : NULL);
    return -1;
  }
  png_set_write_fn(png, &state, on_write, on_flush);
  png_set_compression_level(png, level);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
  png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
               opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info(png, info);
  row = malloc((size_t)width * 4);
  if (!row) png_error(png, "out of memory");
  for (int y = 0; y < height; y++) {
    const uint32_t *pixels = (const uint32_t *)(data + (size_t)y * (size_t)stride);
    unsigned char *out = row;
    for (int x = 0; x < width; x++) {
      uint32_t p = pixels[x];
      unsigned a = p >> 24, r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
      if (opaque) {
        *out++ = (unsigned char)r;
        *out++ = (unsigned char)g;
        *out++ = (unsigned char)b;
      } else {
        if (a != 0 && a != 255) {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
        *out++ = (unsigned char)r;
        *out++ = (unsigned char)g;
        *out++ = (unsigned char)b;
        *out++ = (unsigned char)a;
      }
    }
    png_write_row(png, row);
  }
  png_write_end(png, info);
  free(row);
  png_destroy_write_struct(&png, &info);
  return 0;
}
