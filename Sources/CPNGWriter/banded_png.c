// A PNG encoder that draws and encodes an image in horizontal bands on several threads: the
// image never exists whole, so memory stays flat in its height and there is no limit on it but
// PNG's own. See banded_png.h.
#include "banded_png.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libdeflate.h>
#include <zlib.h>

struct encoder {
  int width, height, opaque, level, band_rows, bands, bytes_per_pixel;
  studylog_band_drawer draw;
  void *draw_closure;
  studylog_png_sink sink;
  void *closure;
  pthread_mutex_t lock;
  pthread_cond_t written;
  int next_band;      // the next band a worker takes
  int next_to_write;  // the band whose bytes go out next
  int writing;        // whether a worker is writing bands out (outside the lock)
  uLong adler;        // of the filtered bytes written so far
  int failed;
  char *error;
  // Bands deflated but not yet written, band b in slot b % slot_count: a worker that finishes a
  // band ahead of its turn leaves it here and draws the next one instead of waiting.
  struct slot *slots;
  int slot_count;
};

// A deflated band waiting for its turn to be written.
struct slot {
  int ready;          // set under the lock once the band is in the slot
  int drawn;          // what the band drawer returned (0: drawn)
  int status;         // what deflate returned
  int consumed;       // whether deflate took all of the band's input
  unsigned char *bytes;
  size_t length, capacity;
  uLong adler;        // of the band's filtered bytes
  size_t filtered;    // how many filtered bytes the band has
};

struct worker {
  struct encoder *encoder;
  int index;
};

static void fail(struct encoder *e, const char *message) {
  if (!e->failed) {
    e->failed = 1;
    strncpy(e->error, message, 255);
    e->error[255] = 0;
  }
  pthread_cond_broadcast(&e->written);
}

static void put32(unsigned char *out, uint32_t v) {
  out[0] = (unsigned char)(v >> 24);
  out[1] = (unsigned char)(v >> 16);
  out[2] = (unsigned char)(v >> 8);
  out[3] = (unsigned char)v;
}

// Writes one chunk: `head` and `body` (either may be empty) are its data. Called by one thread at a
// time: the one writing the bands out (see `write_ready_bands`), or the caller before and after.
static int chunk(struct encoder *e, const char *type, const unsigned char *head, size_t head_length,
                 const unsigned char *body, size_t body_length) {
  unsigned char prefix[8];
  put32(prefix, (uint32_t)(head_length + body_length));
  memcpy(prefix + 4, type, 4);
  uLong crc = crc32(0, (const unsigned char *)type, 4);
  if (head_length) crc = crc32(crc, head, (uInt)head_length);
  if (body_length) crc = crc32_z(crc, body, body_length);
  unsigned char suffix[4];
  put32(suffix, (uint32_t)crc);
  if (e->sink(e->closure, prefix, 8) != 0) return -1;
  if (head_length && e->sink(e->closure, head, head_length) != 0) return -1;
  if (body_length && e->sink(e->closure, body, body_length) != 0) return -1;
  return e->sink(e->closure, suffix, 4);
}

// Converts one row of Cairo pixels to PNG samples. The encoder's fields are read into locals
// first: `out` may alias anything, so reading them through `e` in the loop would keep the compiler
// from vectorising the opaque case, which is every chart's.
static void samples(const struct encoder *e, const uint32_t *restrict pixels, unsigned char *restrict out) {
  const int width = e->width;
  if (e->opaque) {
    for (int x = 0; x < width; x++) {
      uint32_t p = pixels[x];
      out[3 * x] = (unsigned char)(p >> 16);
      out[3 * x + 1] = (unsigned char)(p >> 8);
      out[3 * x + 2] = (unsigned char)p;
    }
    return;
  }
  for (int x = 0; x < width; x++) {
    uint32_t p = pixels[x];
    unsigned a = p >> 24, r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
    if (a != 0 && a != 255) {
      r = (r * 255 + a / 2) / a;
      g = (g * 255 + a / 2) / a;
      b = (b * 255 + a / 2) / a;
    }
    out[4 * x] = (unsigned char)r;
    out[4 * x + 1] = (unsigned char)g;
    out[4 * x + 2] = (unsigned char)b;
    out[4 * x + 3] = (unsigned char)a;
  }
}

// The Up filter: each sample less the one above it.
static void up(const unsigned char *restrict current, const unsigned char *restrict previous,
               unsigned char *restrict out, size_t length) {
  for (size_t i = 0; i < length; i++) out[i] = (unsigned char)(current[i] - previous[i]);
}

// Writes the band in `slot` (band `band`) as its IDAT chunk, the image's last with the stream's
// Adler-32 after it. Called with the lock released, by one worker at a time (`writing`); returns
// an error message, or NULL.
static const char *write_band(struct encoder *e, struct slot *slot, int band) {
  if (slot->drawn != 0) return "a band could not be drawn";
  int last = band == e->bands - 1;
  if ((last && slot->status != Z_STREAM_END) || (!last && (slot->status != Z_OK || !slot->consumed)))
    return "zlib could not deflate a band";
  e->adler = adler32_combine(e->adler, slot->adler, (z_off_t)slot->filtered);
  unsigned char head[2] = {0x78, 0x01}, tail[4];
  // The zlib header names the level band (FLEVEL) and is a multiple of 31.
  if (e->level >= 7) head[1] = 0xDA;
  else if (e->level == 6 || e->level < 0) head[1] = 0x9C;
  else if (e->level >= 2) head[1] = 0x5E;
  int failed = chunk(e, "IDAT", head, band == 0 ? 2 : 0, slot->bytes, slot->length);
  if (!failed && last) {
    put32(tail, (uint32_t)e->adler);
    failed = chunk(e, "IDAT", tail, 4, NULL, 0);
  }
  return failed ? "could not write the PNG's bytes" : NULL;
}

// Writes out, in order, the bands that are ready, unless another worker is doing so (it will
// write them). Called and returns with the lock held.
static void write_ready_bands(struct encoder *e) {
  if (e->writing) return;
  e->writing = 1;
  while (!e->failed && e->next_to_write < e->bands) {
    struct slot *slot = &e->slots[e->next_to_write % e->slot_count];
    if (!slot->ready) break;
    pthread_mutex_unlock(&e->lock);
    const char *message = write_band(e, slot, e->next_to_write);
    pthread_mutex_lock(&e->lock);
    if (message) {
      fail(e, message);
      break;
    }
    slot->ready = 0;
    e->next_to_write++;
    pthread_cond_broadcast(&e->written);
  }
  e->writing = 0;
}

static void *work(void *argument) {
  struct worker *w = argument;
  struct encoder *e = w->encoder;
  size_t row_bytes = (size_t)e->width * (size_t)e->bytes_per_pixel;
  size_t filtered_capacity = (row_bytes + 1) * (size_t)e->band_rows;
  unsigned char *previous = malloc(row_bytes), *current = malloc(row_bytes);
  unsigned char *filtered = malloc(filtered_capacity);
  uLong deflated_capacity = compressBound((uLong)filtered_capacity) + 64;
  unsigned char *deflated = malloc(deflated_capacity);
  z_stream z;
  memset(&z, 0, sizeof z);
  int ready = previous && current && filtered && deflated &&
              deflateInit2(&z, e->level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  pthread_mutex_lock(&e->lock);
  if (!ready) fail(e, "out of memory");
  for (;;) {
    if (e->failed || e->next_band >= e->bands) break;
    // A band's slot is free once the band slot_count before it has been written.
    if (e->next_band >= e->next_to_write + e->slot_count) {
      pthread_cond_wait(&e->written, &e->lock);
      continue;
    }
    int band = e->next_band++;
    struct slot *slot = &e->slots[band % e->slot_count];
    pthread_mutex_unlock(&e->lock);

    int y0 = band * e->band_rows;
    int rows = e->height - y0 < e->band_rows ? e->height - y0 : e->band_rows;
    int top = band == 0 ? 0 : y0 - 1;
    const unsigned char *pixels = NULL;
    int stride = 0;
    slot->drawn = e->draw(e->draw_closure, w->index, band, top, rows + (y0 - top), &pixels, &stride);
    slot->status = Z_OK;
    slot->consumed = 1;
    slot->length = 0;
    size_t length = 0;
    const char *problem = NULL;
    if (slot->drawn == 0) {
      if (band == 0) {
        memset(previous, 0, row_bytes);
      } else {
        samples(e, (const uint32_t *)pixels, previous);
        pixels += stride;
      }
      unsigned char *out = filtered;
      for (int r = 0; r < rows; r++, pixels += stride) {
        samples(e, (const uint32_t *)pixels, current);
        *out++ = 2;  // Up
        up(current, previous, out, row_bytes);
        out += row_bytes;
        unsigned char *t = previous;
        previous = current;
        current = t;
      }
      length = (size_t)(out - filtered);
      deflateReset(&z);
      z.next_in = filtered;
      z.avail_in = (uInt)length;
      z.next_out = deflated;
      z.avail_out = (uInt)deflated_capacity;
      slot->status = deflate(&z, band == e->bands - 1 ? Z_FINISH : Z_SYNC_FLUSH);
      slot->consumed = z.avail_in == 0;
      size_t produced = (size_t)(deflated_capacity - z.avail_out);
      if (produced > slot->capacity) {
        unsigned char *bigger = realloc(slot->bytes, produced);
        if (bigger) {
          slot->bytes = bigger;
          slot->capacity = produced;
        } else {
          problem = "out of memory";
        }
      }
      if (!problem) {
        memcpy(slot->bytes, deflated, produced);
        slot->length = produced;
      }
    }
    // libdeflate's Adler-32 is the same sum as zlib's, several times faster (SIMD).
    slot->adler = libdeflate_adler32(1, filtered, length);
    slot->filtered = length;

    pthread_mutex_lock(&e->lock);
    if (problem) {
      fail(e, problem);
      break;
    }
    slot->ready = 1;
    write_ready_bands(e);
  }
  pthread_mutex_unlock(&e->lock);
  if (ready) deflateEnd(&z);
  free(previous);
  free(current);
  free(filtered);
  free(deflated);
  return NULL;
}

int studylog_write_banded_png(int width, int height, int opaque, int level, int band_rows, int threads,
                              studylog_band_drawer draw, void *draw_closure, studylog_png_sink sink,
                              void *closure, char *error) {
  if (width <= 0 || height <= 0 || band_rows <= 0) {
    strcpy(error, "the image has no pixels");
    return -1;
  }
  struct encoder e;
  memset(&e, 0, sizeof e);
  e.width = width;
  e.height = height;
  e.opaque = opaque;
  e.level = level;
  e.band_rows = band_rows;
  e.bands = (int)(((long long)height + band_rows - 1) / band_rows);
  e.bytes_per_pixel = opaque ? 3 : 4;
  e.draw = draw;
  e.draw_closure = draw_closure;
  e.sink = sink;
  e.closure = closure;
  e.adler = adler32(0, NULL, 0);
  e.error = error;
  pthread_mutex_init(&e.lock, NULL);
  pthread_cond_init(&e.written, NULL);

  static const unsigned char signature[8] = {137, 80, 78, 71, 13, 10, 26, 10};
  unsigned char header[13];
  put32(header, (uint32_t)width);
  put32(header + 4, (uint32_t)height);
  header[8] = 8;
  header[9] = opaque ? 2 : 6;
  header[10] = header[11] = header[12] = 0;
  if (sink(closure, signature, 8) != 0 || chunk(&e, "IHDR", header, 13, NULL, 0) != 0) {
    strcpy(error, "could not write the PNG's bytes");
    pthread_mutex_destroy(&e.lock);
    pthread_cond_destroy(&e.written);
    return -1;
  }

  if (threads < 1) threads = 1;
  if (threads > e.bands) threads = e.bands;
  if (threads > 64) threads = 64;
  // Two slots per thread: each worker may run a band ahead of the one being written.
  e.slot_count = 2 * threads;
  e.slots = calloc((size_t)e.slot_count, sizeof *e.slots);
  if (!e.slots) {
    strcpy(error, "out of memory");
    pthread_mutex_destroy(&e.lock);
    pthread_cond_destroy(&e.written);
    return -1;
  }
  struct worker workers[64];
  pthread_t ids[64];
  int started = 0;
  for (int i = 1; i < threads; i++) {
    workers[i] = (struct worker){&e, i};
    if (pthread_create(&ids[i], NULL, work, &workers[i]) != 0) break;
    started = i;
  }
  workers[0] = (struct worker){&e, 0};
  work(&workers[0]);
  for (int i = 1; i <= started; i++) pthread_join(ids[i], NULL);
  for (int i = 0; i < e.slot_count; i++) free(e.slots[i].bytes);
  free(e.slots);
  if (!e.failed && e.next_to_write != e.bands) fail(&e, "a band was not written");
  pthread_mutex_destroy(&e.lock);
  pthread_cond_destroy(&e.written);
  if (e.failed) return -1;
  if (chunk(&e, "IEND", NULL, 0, NULL, 0) != 0) {
    strcpy(error, "could not write the PNG's bytes");
    return -1;
  }
  return 0;
}
