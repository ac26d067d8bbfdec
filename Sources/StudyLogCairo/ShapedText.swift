import CPangoCairo
import StudyLogChart

/// A text in a font: what the measurer and the PNG's glyph cache are keyed by.
struct TextKey: Hashable {
  let text: String
  let font: Font
}

/// One line of text shaped once by Pango and kept as Cairo glyphs, so that the threads drawing a
/// PNG's bands draw it with `cairo_show_glyphs` alone: no Pango layout, font map or shaping on
/// those threads, and a label that crosses a band boundary is shaped once, not once per band.
///
/// Drawing it issues the Cairo calls `pango_cairo_show_layout` issues for the same layout (Pango
/// 1.50's `PangoCairoRenderer`: the same scaled font per run, the same glyph positions computed
/// with the same arithmetic from the same Pango units), so the pixels are the same;
/// `BandedPNGTests` compares them with Pango's own drawing.
///
/// Immutable once made: the band threads read it at the same time.
final class ShapedText: @unchecked Sendable {
  struct Run {
    /// The run's font: a referenced `cairo_scaled_font_t`, made for the drawing's scale.
    let font: OpaquePointer
    /// Where Pango's renderer puts the run, in Pango units from the layout's top-left corner: the
    /// line's left plus the runs before it, and the line's baseline less the run's rise.
    let x: Int32
    let y: Int32
    /// Each glyph and its offset from the run in Pango units (its advance sum plus its own offset).
    let glyphs: [(index: UInt32, x: Int32, y: Int32)]
  }

  /// The layout's logical size in points, as `PangoText.set` returns it.
  let width: Double
  let height: Double
  let runs: [Run]

  /// Shapes `string` in `font` on `text`'s layout; nil when Pango must draw it itself: a glyph no
  /// font has (Pango draws those as hex boxes), or a font without a Cairo scaled font.
  convenience init?(_ string: String, font: Font, on text: PangoText) {
    let (width, height) = text.set(string, font: font)
    self.init(layoutOf: text, width: width, height: height)
  }

  /// The glyphs of the text `text`'s layout holds, whose logical size `PangoText.set` returned as
  /// `width` × `height`; nil as above.
  init?(layoutOf text: PangoText, width: Double, height: Double) {
    self.width = width
    self.height = height
    guard let iter = pango_layout_get_iter(text.layout) else { return nil }
    defer { pango_layout_iter_free(iter) }
    var runs: [Run] = []
    var drawable = true
    repeat {
      guard let line = pango_layout_iter_get_line_readonly(iter) else { continue }
      var logical = PangoRectangle()
      pango_layout_iter_get_line_extents(iter, nil, &logical)
      let baseline = pango_layout_iter_get_baseline(iter)
      var x = logical.x
      var list = line.pointee.runs
      while let node = list, drawable {
        list = node.pointee.next
        guard let run = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self).pointee,
          let glyphString = run.glyphs
        else { continue }
        let count = Int(glyphString.pointee.num_glyphs)
        x += run.start_x_offset
        defer { x += pango_glyph_string_get_width(glyphString) + run.end_x_offset }
        // Vertical text (a centred baseline) moves each run; studylog draws none.
        guard let item = run.item, item.pointee.analysis.flags & Self.centredBaselineFlag == 0,
          let font = item.pointee.analysis.font,
          let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)),
          cairo_scaled_font_status(scaled) == CAIRO_STATUS_SUCCESS
        else {
          drawable = count == 0
          continue
        }
        var glyphs: [(index: UInt32, x: Int32, y: Int32)] = []
        glyphs.reserveCapacity(count)
        var position: Int32 = 0
        for info in UnsafeBufferPointer(start: glyphString.pointee.glyphs, count: count) {
          if info.glyph != Self.emptyGlyph {
            if info.glyph & Self.unknownGlyphFlag != 0 { drawable = false }
            glyphs.append((info.glyph, position + info.geometry.x_offset, info.geometry.y_offset))
          }
          position += info.geometry.width
        }
        runs.append(
          Run(font: cairo_scaled_font_reference(scaled), x: x, y: baseline - run.y_offset, glyphs: glyphs))
      }
    } while drawable && pango_layout_iter_next_line(iter) != 0
    self.runs = runs
    guard drawable else { return nil }
  }

  deinit {
    for run in runs { cairo_scaled_font_destroy(run.font) }
  }

  /// Pango's `PANGO_GLYPH_EMPTY` and `PANGO_GLYPH_UNKNOWN_FLAG` (cast macros, which Swift does not
  /// import).
  static let emptyGlyph: UInt32 = 0x0FFF_FFFF
  static let unknownGlyphFlag: UInt32 = 0x1000_0000
  /// `PANGO_ANALYSIS_FLAG_CENTERED_BASELINE`.
  static let centredBaselineFlag: UInt8 = 1

  /// Draws the text with its layout's top-left corner at the current point of `cr`, as
  /// `pango_cairo_show_layout` would.
  func show(on cr: OpaquePointer) {
    var originX = 0.0
    var originY = 0.0
    cairo_get_current_point(cr, &originX, &originY)
    let scale = Double(PANGO_SCALE)
    var buffer: [cairo_glyph_t] = []
    for run in runs {
      let baseX = originX + Double(run.x) / scale
      let baseY = originY + Double(run.y) / scale
      buffer.removeAll(keepingCapacity: true)
      for glyph in run.glyphs {
        buffer.append(
          cairo_glyph_t(
            index: UInt(glyph.index), x: baseX + Double(glyph.x) / scale,
            y: glyph.y == 0 ? baseY : baseY + Double(glyph.y) / scale))
      }
      cairo_save(cr)
      cairo_set_scaled_font(cr, run.font)
      cairo_show_glyphs(cr, buffer, Int32(buffer.count))
      cairo_restore(cr)
    }
  }
}
