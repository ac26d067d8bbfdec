import CPangoCairo

/// The extent of a run of text as Pango lays it out.
public struct TextExtent: Equatable, Sendable {
  /// Logical width in points.
  public var width: Double
  /// Logical height (one line) in points.
  public var height: Double
  /// Characters no installed font can draw (shown as boxes); non-zero means a font is missing.
  public var unknownGlyphs: Int
}

/// Measures text with Pango, so that fontconfig picks a font per glyph (Hangul from Nanum, Latin
/// from the first family that has it) exactly as drawing will.
///
/// Not thread-safe: use one measurer per thread.
public final class PangoTextMeasurer {
  /// The default family list: Hangul and Latin render consistently once `fonts-nanum` is there.
  public static let defaultFamilies = "NanumGothic, Noto Sans CJK KR, DejaVu Sans, sans-serif"

  private let surface: OpaquePointer
  private let context: OpaquePointer
  private let layout: OpaquePointer
  private let families: String

  public init(families: String = PangoTextMeasurer.defaultFamilies) {
    self.families = families
    surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
    context = cairo_create(surface)
    // Unhinted metrics: widths in fractional points, the same for PNG, SVG and PDF.
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_set_font_options(context, options)
    cairo_font_options_destroy(options)
    layout = pango_cairo_create_layout(context)
    pango_context_set_round_glyph_positions(pango_layout_get_context(layout), 0)
    pango_layout_context_changed(layout)
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(layout))
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }

  /// Measures one line of `text` at `size` points, optionally bold.
  public func measure(_ text: String, size: Double, bold: Bool = false) -> TextExtent {
    let description = pango_font_description_new()
    defer { pango_font_description_free(description) }
    pango_font_description_set_family(description, families)
    pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
    pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_layout_set_font_description(layout, description)
    pango_layout_set_text(layout, text, -1)
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    return TextExtent(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      unknownGlyphs: Int(pango_layout_get_unknown_glyphs_count(layout)))
  }
}
