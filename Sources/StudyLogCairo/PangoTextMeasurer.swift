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

/// The default family list. Every character studylog draws itself (Latin, digits, Hangul, and
/// `−`, `…`, `·`, `–`, which Nanum lacks or draws differently) comes from the two pinned families,
/// NanumGothic (`fonts-nanum`) and DejaVu Sans (`fonts-dejavu-core`), in that order, so that other
/// installed fonts never change a chart; fontconfig falls back per glyph only for user text that
/// neither can draw (Noto Sans CJK KR first, for Chinese and Japanese).
public let defaultFontFamilies = "NanumGothic, DejaVu Sans, Noto Sans CJK KR, sans-serif"

/// The families that draw every character studylog writes itself (see `defaultFontFamilies`).
public let pinnedFontFamilies = ["NanumGothic", "DejaVu Sans"]

/// A Pango layout on a Cairo context with unhinted, unrounded metrics, so that widths are the
/// same in PNG, SVG and PDF and measuring agrees with drawing.
final class PangoText {
  let layout: OpaquePointer
  let families: String
  private var descriptions: [Font: OpaquePointer] = [:]

  /// A layout for `context` on `fontMap`, or on Pango's default font map of this thread. A layout
  /// on a font map of its own may be used on another thread than the default map's, and one on a
  /// prepared map (`FontPreparation`) finds its fonts loaded.
  init(context: OpaquePointer, families: String, fontMap: UnsafeMutablePointer<PangoFontMap>? = nil) {
    FontConfiguration.install()
    self.families = families
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_set_font_options(context, options)
    cairo_font_options_destroy(options)
    if let fontMap {
      // The Pango context keeps a reference to the map, and the layout one to the context.
      let pangoContext = pango_font_map_create_context(fontMap)!
      pango_cairo_update_context(context, pangoContext)
      layout = pango_layout_new(pangoContext)
      g_object_unref(UnsafeMutableRawPointer(pangoContext))
    } else {
      layout = pango_cairo_create_layout(context)
    }
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

  /// The runs of the layout's text, each with the family of the font that draws it.
  var fontRuns: [(text: String, family: String)] {
    guard let line = pango_layout_get_line_readonly(layout, 0), let utf8 = pango_layout_get_text(layout)
    else { return [] }
    var runs: [(text: String, family: String)] = []
    var list = line.pointee.runs
    while let node = list {
      if let run = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
        let item = run.pointee.item
      {
        let bytes = UnsafeRawBufferPointer(
          start: utf8 + Int(item.pointee.offset), count: Int(item.pointee.length))
        var family = ""
        if let font = item.pointee.analysis.font, let description = pango_font_describe(font) {
          family = pango_font_description_get_family(description).map { String(cString: $0) } ?? ""
          pango_font_description_free(description)
        }
        runs.append((String(decoding: bytes, as: UTF8.self), family))
      }
      list = node.pointee.next
    }
    return runs
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
  /// Texts measured so far that some character sends to a font outside `pinnedFontFamilies`, with
  /// that font's family: they may look different, and measure differently, on other machines.
  public private(set) var textsWithFallbackFonts: [(text: String, family: String)] = []
  /// Texts measured so far whose backslash NanumGothic draws as `₩` (its Korean code-page
  /// heritage).
  public private(set) var textsWithWonBackslash: [String] = []
  private var seenRuns: Set<String> = []
  /// What each (text, font) measured: a chart measures the same labels many times (fitting a
  /// title, the legend, the axis), and shaping is most of a measurement's cost.
  private var extents: [TextKey: TextExtent] = [:]
  private var inkBoxes: [TextKey: InkBox] = [:]
  /// Whether measuring keeps each text's glyphs (`shapes`), for a PNG drawn at scale 1: its
  /// texts are laid out exactly as here (the same font options, an identity matrix), so the
  /// glyphs measured are the glyphs drawn and need not be shaped again (see
  /// `CairoRenderer.shapesFrom`).
  public var keepsShapes = false
  /// The glyphs of each text measured while `keepsShapes` was on, but those Pango must draw itself.
  private(set) var shapes: [TextKey: ShapedText] = [:]
  /// The families this measurer measures in.
  public var families: String { text.families }

  /// The runs of one line of `text`, each with the family of the font Pango chose to draw it.
  public func fontRuns(of string: String, font: Font) -> [(text: String, family: String)] {
    text.set(string, font: font)
    return text.fontRuns
  }

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
    let key = TextKey(text: string, font: font)
    if let known = extents[key] { return known }
    let extent = shape(string, font: font)
    extents[key] = extent
    if keepsShapes, let glyphs = ShapedText(layoutOf: text, width: extent.width, height: extent.height) {
      shapes[key] = glyphs
    }
    return extent
  }

  private func shape(_ string: String, font: Font) -> TextExtent {
    let (width, height) = text.set(string, font: font)
    let unknown = text.unknownGlyphs
    if unknown > 0 && seenUnknown.insert(string).inserted { textsWithUnknownGlyphs.append(string) }
    // Plain ASCII without a backslash is drawn by the first family; only other text is checked.
    if string.utf8.contains(where: { $0 > 0x7E || $0 == 0x5C }) && seenRuns.insert(string).inserted {
      for run in text.fontRuns {
        if !pinnedFontFamilies.contains(run.family) && unknown == 0 {
          textsWithFallbackFonts.append((string, run.family))
          break
        }
        if run.family == "NanumGothic" && run.text.contains("\\") { textsWithWonBackslash.append(string) }
      }
    }
    return TextExtent(width: width, height: height, unknownGlyphs: unknown)
  }

  /// Measures one line of `text` at `size` points, optionally bold.
  public func measure(_ string: String, size: Double, bold: Bool = false) -> TextExtent {
    measure(string, font: Font(size: size, bold: bold))
  }

  /// The glyphs' box as the renderer draws them: the layout's top sits half its logical height
  /// above the text node's `y`.
  public func inkBox(of string: String, font: Font) -> InkBox {
    let key = TextKey(text: string, font: font)
    if let known = inkBoxes[key] { return known }
    let (_, height) = text.set(string, font: font)
    let ink = text.ink
    let box = InkBox(x: ink.x, y: ink.y - height / 2, width: ink.width, height: ink.height)
    inkBoxes[key] = box
    return box
  }

  public func width(of string: String, font: Font) -> Double {
    measure(string, font: font).width
  }
}
