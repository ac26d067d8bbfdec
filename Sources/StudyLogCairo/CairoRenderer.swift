import CPNGWriter
import CPangoCairo
import StudyLog
import StudyLogChart

/// Why a scene could not be drawn.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// The PNG would exceed Cairo's image size limit (32,767 pixels a side).
  case tooLarge(width: Int, height: Int)
  case cairo(String)

  public var description: String {
    switch self {
    case .tooLarge(let w, let h):
      return
        "the PNG would be \(w)×\(h) pixels; PNG images are limited to 32767 pixels a side: use a smaller"
        + " --scale, crop with --from/--to, or write SVG or PDF"
    case .cairo(let message): return "cairo: \(message)"
    }
  }
}

extension RenderError: StudyLogError {
  public var errorDescription: String? { description }
  /// A scene that cannot be drawn is an output that cannot be written (73).
  public var exitCode: Int32 { ExitStatus.cannotCreate }
}

/// Draws a `Scene` with Cairo and Pango and returns the file's bytes: PNG (at `scale` pixels per
/// point), SVG (in CSS pixels, one per point) or PDF (one page, in points).
///
/// The same scene gives byte-identical PNG and SVG output.
public final class CairoRenderer {
  public let families: String

  public init(families: String = defaultFontFamilies) {
    self.families = families
  }

  /// Extra PDF metadata: the creation date is pinned so that output is reproducible.
  public struct PDFMetadata: Sendable {
    public var title: String
    /// ISO 8601, e.g. `2024-09-15T00:00:00Z`.
    public var date: String

    public init(title: String, date: String) {
      self.title = title
      self.date = date
    }
  }

  public func render(_ scene: Scene, as format: ImageFormat, scale: Double = 2, pdf: PDFMetadata? = nil)
    throws
    -> [UInt8]
  {
    let sink = ByteSink()
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    let surface: OpaquePointer
    switch format {
    case .png:
      let w = Int((scene.width * scale).rounded(.up))
      let h = Int((scene.height * scale).rounded(.up))
      guard w <= 32767, h <= 32767 else { throw RenderError.tooLarge(width: w, height: h) }
      surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))
    case .svg:
      surface = cairo_svg_surface_create_for_stream(writeToSink, closure, scene.width, scene.height)
      cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_USER)
    case .pdf:
      surface = cairo_pdf_surface_create_for_stream(writeToSink, closure, scene.width, scene.height)
      if let pdf {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, pdf.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "studylog")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pdf.date)
      }
    }
    defer { cairo_surface_destroy(surface) }
    try check(cairo_surface_status(surface))

    let cr = cairo_create(surface)!
    let deviceScale = format == .png ? scale : 1
    cairo_scale(cr, deviceScale, deviceScale)
    let painter = Painter(
      cr: cr, text: PangoText(context: cr, families: families), snapScale: format == .png ? scale : nil)
    painter.fill(scene.background)
    cairo_paint(cr)
    painter.draw(scene.nodes)
    let status = cairo_status(cr)
    cairo_destroy(cr)
    try check(status)

    switch format {
    case .png:
      cairo_surface_flush(surface)
      try writePNG(surface, opaque: scene.background.alpha == 1, sink: closure)
    case .svg, .pdf:
      cairo_surface_finish(surface)
      try check(cairo_surface_status(surface))
    }
    return sink.bytes
  }

  /// zlib level and PNG row filter. Cairo's own writer lets libpng try all five filters on every
  /// row at level 6, which was 85% of a 50-item chart's time. Charts are rows of flat colour
  /// that repeat downwards, so the Up filter alone at level 3 compresses them to within a third of
  /// that size in well under half the time (measured on a 500-item chart: 1.76 MB in 0.28 s
  /// against 0.66 s; level 6 saves only 10% more).
  static let pngLevel: Int32 = 3
  static let pngFilters: Int32 = 0x20  // PNG_FILTER_UP

  private func writePNG(_ surface: OpaquePointer, opaque: Bool, sink: UnsafeMutableRawPointer) throws {
    var error = [CChar](repeating: 0, count: 256)
    let status = studylog_write_png(
      cairo_image_surface_get_data(surface), cairo_image_surface_get_width(surface),
      cairo_image_surface_get_height(surface), cairo_image_surface_get_stride(surface), opaque ? 1 : 0,
      Self.pngLevel, Self.pngFilters, appendToSink, sink, &error)
    if status != 0 {
      throw RenderError.cairo(
        "PNG: " + String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
  }

  private func check(_ status: cairo_status_t) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw RenderError.cairo(String(cString: cairo_status_to_string(status)))
    }
  }
}

/// Collects what Cairo writes.
private final class ByteSink {
  var bytes: [UInt8] = []
}

private func writeToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32)
  -> cairo_status_t
{
  guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
  let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
  sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
  return CAIRO_STATUS_SUCCESS
}

private func appendToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: Int)
  -> Int32
{
  guard let closure, let data else { return -1 }
  Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(
    contentsOf: UnsafeBufferPointer(start: data, count: length))
  return 0
}

/// Walks a scene and issues the Cairo calls for each node.
private struct Painter {
  let cr: OpaquePointer
  let text: PangoText
  /// Pixels per point when drawing to pixels: horizontal and vertical lines are snapped to the
  /// pixel grid, in position and width, so that they stay crisp. Nil for vector output.
  let snapScale: Double?

  func fill(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

  func draw(_ nodes: [SceneNode]) {
    for node in nodes {
      switch node {
      case .rect(let r): rect(r)
      case .line(let l): line(l)
      case .polygon(let p): polygon(p)
      case .text(let t): draw(t)
      case .group(_, let children): draw(children)
      }
    }
  }

  private func rect(_ r: RectNode) {
    path(r)
    paint(fill: r.fill, stroke: r.stroke, lineWidth: r.lineWidth)
    if let pattern = r.pattern {
      hatch(
        pattern, x: r.x, y: r.y, width: r.width, height: r.height, stroke: r.stroke, lineWidth: r.lineWidth
      ) {
        path(r)
      }
    }
  }

  private func path(_ r: RectNode) {
    let radius = min(r.cornerRadius, r.width / 2, r.height / 2)
    if radius > 0 {
      let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.width, r.y + r.height)
      cairo_new_sub_path(cr)
      cairo_arc(cr, x1 - radius, y0 + radius, radius, -.pi / 2, 0)
      cairo_arc(cr, x1 - radius, y1 - radius, radius, 0, .pi / 2)
      cairo_arc(cr, x0 + radius, y1 - radius, radius, .pi / 2, .pi)
      cairo_arc(cr, x0 + radius, y0 + radius, radius, .pi, 3 * .pi / 2)
      cairo_close_path(cr)
    } else {
      cairo_rectangle(cr, r.x, r.y, r.width, r.height)
    }
  }

  private func line(_ l: LineNode) {
    var (from, to) = (l.from, l.to)
    var width = l.width
    if let scale = snapScale, from.x == to.x || from.y == to.y {
      let device = max(1, (l.width * scale).rounded())
      width = device / scale
      func snap(_ v: Double) -> Double {
        let centre = (v * scale).rounded(.down) + (device.truncatingRemainder(dividingBy: 2) == 1 ? 0.5 : 0)
        return centre / scale
      }
      if from.x == to.x {
        from.x = snap(from.x)
        to.x = from.x
      } else if from.y == to.y {
        from.y = snap(from.y)
        to.y = from.y
      }
    }
    cairo_set_line_width(cr, width)
    l.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
    cairo_move_to(cr, from.x, from.y)
    cairo_line_to(cr, to.x, to.y)
    fill(l.color)
    cairo_stroke(cr)
    if !l.dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) }
  }

  private func polygon(_ p: PolygonNode) {
    guard let first = p.points.first else { return }
    func path() {
      cairo_move_to(cr, first.x, first.y)
      for point in p.points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
      cairo_close_path(cr)
    }
    path()
    paint(fill: p.fill, stroke: p.stroke, lineWidth: p.lineWidth)
    if let pattern = p.pattern {
      let (xs, ys) = (p.points.map(\.x), p.points.map(\.y))
      let (x, y) = (xs.min()!, ys.min()!)
      hatch(
        pattern, x: x, y: y, width: xs.max()! - x, height: ys.max()! - y, stroke: p.stroke,
        lineWidth: p.lineWidth
      ) {
        path()
      }
    }
  }

  /// A fill pattern's lines, clipped to the shape that `path` traces, then the shape's outline
  /// again over their ends.
  private func hatch(
    _ pattern: FillPattern, x: Double, y: Double, width: Double, height: Double, stroke: Color?,
    lineWidth: Double, path: () -> Void
  ) {
    cairo_save(cr)
    path()
    cairo_clip(cr)
    for (from, to) in pattern.segments(x: x, y: y, width: width, height: height) {
      cairo_move_to(cr, from.x, from.y)
      cairo_line_to(cr, to.x, to.y)
    }
    cairo_set_line_width(cr, FillPattern.lineWidth)
    fill(pattern.color)
    cairo_stroke(cr)
    cairo_restore(cr)
    if let stroke {
      path()
      paint(fill: nil, stroke: stroke, lineWidth: lineWidth)
    }
  }

  private func paint(fill fillColor: Color?, stroke: Color?, lineWidth: Double) {
    if let fillColor {
      fill(fillColor)
      if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
    }
    if let stroke {
      fill(stroke)
      cairo_set_line_width(cr, lineWidth)
      cairo_stroke(cr)
    }
  }

  private func draw(_ t: TextNode) {
    guard !t.text.isEmpty else { return }
    let (width, height) = text.set(t.text, font: t.font)
    let left: Double
    switch t.anchor {
    case .start: left = t.x
    case .middle: left = t.x - width / 2
    case .end: left = t.x - width
    }
    fill(t.color)
    cairo_move_to(cr, left, t.y - height / 2)
    pango_cairo_show_layout(cr, text.layout)
  }
}
