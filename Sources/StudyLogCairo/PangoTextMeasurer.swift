import CPangoCairo
import StudyLogChart

/// The extent of a run of text as Pango lays it out.
public struct TextExtent: Equatable, Sendable {
  /// Logical width in points.
  public var width: Double
  /// Logical height (one line) in points.
  public var height: Double
  /// Characters no installed font can draw (shown as boxes); non-zero means a font is missing.
  public var unknownGlyphs: Int
}

/// The default family list: Hangul and Latin render consistently once `fonts-nanum` is there;
/// fontconfig falls back per glyph for anything else.
public let defaultFontFamilies = "NanumGothic, NanumBarunGothic, Noto Sans CJK KR, DejaVu Sans, sans-serif"

/// A Pango layout on a Cairo context with unhinted, unrounded metrics, so that widths are the
/// same in PNG, SVG and PDF and measuring agrees with drawing.
final class PangoText {
  let layout: OpaquePointer
  let families: String
  private var descriptions: [Font: OpaquePointer] = [:]

  init(context: OpaquePointer, families: String) {
    self.families = families
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
    for description in descriptions.values { pango_font_description_free(description) }
    g_object_unref(UnsafeMutableRawPointer(layout))
  }

  /// Sets the layout's text and font; returns the logical extent.
  @discardableResult
  func set(_ text: String, font: Font) -> (width: Double, height: Double) {
    pango_layout_set_font_description(layout, description(font))
    pango_layout_set_text(layout, text, -1)
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    return (Double(logical.width) / scale, Double(logical.height) / scale)
  }

  /// The ink rectangle of the layout's text, in points from the layout's top-left corner.
  var ink: (x: Double, y: Double, width: Double, height: Double) {
    var ink = PangoRectangle()
    pango_layout_get_extents(layout, &ink, nil)
    let scale = Double(PANGO_SCALE)
    return (
      Double(ink.x) / scale, Double(ink.y) / scale, Double(ink.width) / scale, Double(ink.height) / scale
    )
  }

  var unknownGlyphs: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

  private func description(_ font: Font) -> OpaquePointer {
    if let d = descriptions[font] { return d }
    let d = pango_font_description_new()!
    pango_font_description_set_family(d, families)
    pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(d, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    descriptions[font] = d
    return d
  }
}

/// Measures text with Pango, so that fontconfig picks a font per glyph (Hangul from Nanum, Latin
/// from the first family that has it) exactly as drawing will. Remembers texts with characters
/// that no installed font can draw.
///
/// Not thread-safe: use one measurer per thread.
public final class PangoTextMeasurer: TextMeasuring {
  private let surface: OpaquePointer
  private let context: OpaquePointer
  private let text: PangoText
  /// Texts measured so far that hold characters no font can draw, in the order first seen.
  public private(set) var textsWithUnknownGlyphs: [String] = []
  private var seenUnknown: Set<String> = []

  public init(families: String = defaultFontFamilies) {
    surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
    context = cairo_create(surface)
    text = PangoText(context: context, families: families)
  }

  deinit {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }

  /// Measures one line of `text`.
  public func measure(_ string: String, font: Font) -> TextExtent {
    let (width, height) = text.set(string, font: font)
    let unknown = text.unknownGlyphs
    if unknown > 0 && seenUnknown.insert(string).inserted { textsWithUnknownGlyphs.append(string) }
    return TextExtent(width: width, height: height, unknownGlyphs: unknown)
  }

  /// Measures one line of `text` at `size` points, optionally bold.
  public func measure(_ string: String, size: Double, bold: Bool = false) -> TextExtent {
    measure(string, font: Font(size: size, bold: bold))
  }

  /// The glyphs' box as the renderer draws them: the layout's top sits half its logical height
  /// above the text node's `y`.
  public func inkBox(of string: String, font: Font) -> InkBox {
    let (_, height) = text.set(string, font: font)
    let ink = text.ink
    return InkBox(x: ink.x, y: ink.y - height / 2, width: ink.width, height: ink.height)
  }

  public func width(of string: String, font: Font) -> Double {
    measure(string, font: font).width
  }
}
