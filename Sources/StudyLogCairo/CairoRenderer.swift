import CPNGWriter
import CPangoCairo
import StudyLog
import StudyLogChart

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a scene could not be drawn.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// The PNG would be wider than Cairo's image surfaces can be (32,767 pixels).
  case tooLarge(width: Int, height: Int)
  case cairo(String)

  public var description: String {
    switch self {
    case .tooLarge(let w, let h):
      return
        "the PNG would be \(w)×\(h) pixels; a PNG is at most 32767 pixels wide: use a smaller --scale or"
        + " --width, or write SVG or PDF"
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

  /// Threads that draw and encode a PNG's bands: the processors available, at most 8. The bytes
  /// are the same whatever the number.
  public var pngThreads = min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
  /// Pixel rows per band of a PNG (see `BandDrawer`), or nil for `bandRows(height:)`; at least
  /// the image's height draws it on one surface.
  public var pngBandRows: Int?

  /// The rows per band of a PNG `height` pixels tall: 64 up to 4,096 rows (a small chart's few
  /// bands then share out evenly between the threads), else 128 (a band's surface and filtered
  /// rows stay in the cache). Measured against 256, 128 and 64 rows everywhere at 50 and 500
  /// items, scale 1 and 2 (see reports/benchmarks.md); files are about 0.1% larger than with 256.
  /// It depends on the image alone, so the bytes do not depend on the number of threads.
  public static func bandRows(height: Int) -> Int { height <= 4096 ? 64 : 128 }
  /// The zlib level of PNGs (0–9): `defaultPNGLevel` unless changed.
  public var pngLevel = CairoRenderer.defaultPNGLevel
  /// Whether a PNG's texts are shaped once before its bands are drawn (see `ShapedText`); off,
  /// each band lays its texts out with Pango again, as drawing used to. The pixels are the same.
  var pngShapesTextOnce = true
  /// A measurer that kept the glyphs of the texts it measured (`PangoTextMeasurer.keepsShapes`):
  /// a PNG at scale 1 in the same families draws those glyphs instead of shaping its texts again.
  public var shapesFrom: PangoTextMeasurer?

  /// Draws `scene` and returns the file's bytes.
  public func render(_ scene: Scene, as format: ImageFormat, scale: Double = 2, pdf: PDFMetadata? = nil)
    throws
    -> [UInt8]
  {
    var bytes: [UInt8] = []
    try render(scene, as: format, scale: scale, pdf: pdf) { chunk in
      bytes.append(contentsOf: chunk)
      return true
    }
    return bytes
  }

  /// Draws `scene` and hands the file's bytes, in order, to `write` as they are made, so that no
  /// copy of the whole file is held; `write` returns false to stop (then this throws).
  public func render(
    _ scene: Scene, as format: ImageFormat, scale: Double = 2, pdf: PDFMetadata? = nil,
    into write: (UnsafeRawBufferPointer) -> Bool
  ) throws {
    try withoutActuallyEscaping(write) { write in
      let sink = ByteSink(write)
      try withExtendedLifetime(sink) {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        if format == .png {
          try renderPNG(scene, scale: scale, sink: closure)
        } else {
          try renderVector(scene, as: format, pdf: pdf, sink: closure)
        }
      }
    }
  }

  private func renderVector(
    _ scene: Scene, as format: ImageFormat, pdf: PDFMetadata?, sink: UnsafeMutableRawPointer
  )
    throws
  {
    let surface: OpaquePointer
    if format == .svg {
      surface = cairo_svg_surface_create_for_stream(writeToSink, sink, scene.width, scene.height)
      cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_USER)
    } else {
      surface = cairo_pdf_surface_create_for_stream(writeToSink, sink, scene.width, scene.height)
      if let pdf {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, pdf.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "studylog")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pdf.date)
      }
    }
    defer { cairo_surface_destroy(surface) }
    try check(cairo_surface_status(surface))
    let cr = cairo_create(surface)!
    let painter = Painter(
      cr: cr, text: TextSource { [families] in PangoText(context: cr, families: families) }, snapScale: nil)
    painter.fill(scene.background)
    cairo_paint(cr)
    painter.draw(scene.nodes)
    let status = cairo_status(cr)
    cairo_destroy(cr)
    try check(status)
    cairo_surface_finish(surface)
    try check(cairo_surface_status(surface))
  }

  /// Draws and encodes the PNG band by band on `pngThreads` threads.
  private func renderPNG(_ scene: Scene, scale: Double, sink: UnsafeMutableRawPointer) throws {
    let w = Int((scene.width * scale).rounded(.up))
    let h = Int((scene.height * scale).rounded(.up))
    guard w <= Self.maxPNGWidth, h <= Int(Int32.max) else { throw RenderError.tooLarge(width: w, height: h) }
    guard w > 0, h > 0 else { throw RenderError.cairo("PNG: the image has no pixels") }
    let drawer = BandDrawer(
      scene: scene, scale: scale, width: w, height: h,
      bandRows: max(1, min(pngBandRows ?? Self.bandRows(height: h), h)),
      threads: pngThreads, families: families, shapeTextOnce: pngShapesTextOnce,
      known: scale == 1 && shapesFrom?.families == families ? shapesFrom?.shapes ?? [:] : [:])
    var error = [CChar](repeating: 0, count: 256)
    let status = withExtendedLifetime(drawer) {
      studylog_write_banded_png(
        Int32(w), Int32(h), scene.background.alpha == 1 ? 1 : 0, Int32(pngLevel), Int32(drawer.bandRows),
        Int32(drawer.threads), drawBand, Unmanaged.passUnretained(drawer).toOpaque(), appendToSink, sink,
        &error)
    }
    if status != 0 {
      throw RenderError.cairo(
        "PNG: " + String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
  }

  /// The widest PNG: Cairo's image surfaces are at most 32,767 pixels a side, and each band is one.
  public static let maxPNGWidth = 32_767

  /// The zlib level PNGs are written at by default. Charts are rows of flat colour that repeat
  /// downwards, so the Up filter alone at level 3 compresses them well in little time (see the
  /// README, "PNG size").
  public static let defaultPNGLevel = 3

  private func check(_ status: cairo_status_t) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw RenderError.cairo(String(cString: cairo_status_to_string(status)))
    }
  }
}

/// Collects what Cairo writes.
private final class ByteSink {
  let write: (UnsafeRawBufferPointer) -> Bool

  init(_ write: @escaping (UnsafeRawBufferPointer) -> Bool) { self.write = write }
}

private func writeToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32)
  -> cairo_status_t
{
  guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
  let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
  return sink.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
    ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}

private func appendToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: Int)
  -> Int32
{
  guard let closure, let data else { return -1 }
  let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
  return sink.write(UnsafeRawBufferPointer(start: data, count: length)) ? 0 : -1
}
