#ifndef STUDYLOG_CPANGOCAIRO_SHIM_H
#define STUDYLOG_CPANGOCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <fontconfig/fontconfig.h>
#endif
