import CPNGWriter
import CPangoCairo
import StudyLogChart

/// Draws a scene's PNG in horizontal bands of `bandRows` pixel rows, each on the surface of one
/// of several workers (one per thread), for `studylog_write_banded_png`, which encodes each band
/// as soon as it is drawn. Only the nodes that reach into a band are drawn for it.
///
/// A band is drawn exactly as the same rows of one surface the image's size would be: the same
/// Cairo calls under a transformation moved by a whole number of pixels, which Cairo rasterizes
/// identically (every coordinate moves by an integer in its 24.8 fixed point).
final class BandDrawer {
  let scene: Scene
  let scale: Double
  let bandRows: Int
  let width: Int
  let height: Int
  /// The scene's nodes with their groups flattened away, in paint order.
  private let leaves: [SceneNode]
  /// For each band, the indices into `leaves` of the nodes that may paint a pixel of it (or of
  /// the row above it, which the Up filter reads), in paint order.
  private let bands: [[Int32]]
  private let workers: [BandWorker]
  /// The texts shaped before drawing; the rest are laid out by each band's Pango layout.
  let shaped: [TextKey: ShapedText]

  init(
    scene: Scene, scale: Double, width: Int, height: Int, bandRows: Int, threads: Int, families: String,
    shapeTextOnce: Bool = true, known: [TextKey: ShapedText] = [:]
  ) {
    self.scene = scene
    self.scale = scale
    self.width = width
    self.height = height
    self.bandRows = bandRows
    var leaves: [SceneNode] = []
    func flatten(_ nodes: [SceneNode]) {
      for node in nodes {
        if case .group(_, let children) = node { flatten(children) } else { leaves.append(node) }
      }
    }
    flatten(scene.nodes)
    self.leaves = leaves
    let count = (height + bandRows - 1) / bandRows
    var bands = [[Int32]](repeating: [], count: count)
    for (index, node) in leaves.enumerated() {
      let (top, bottom) = Self.rows(of: node, scale: scale)
      // Band b draws rows b·bandRows − 1 ..< (b + 1)·bandRows.
      let first = max(0, top.map { $0 / bandRows } ?? 0)
      let last = min(count - 1, bottom.map { ($0 + 1) / bandRows } ?? count - 1)
      if first <= last { for b in first...last { bands[b].append(Int32(index)) } }
    }
    self.bands = bands
    let shaped = shapeTextOnce ? Self.shape(leaves, scale: scale, families: families, known: known) : [:]
    self.shaped = shaped
    // Worker 0 draws on this thread (see `studylog_write_banded_png`): it shares this thread's
    // font map, whose fonts the measurer has loaded already. The others make a font map of their
    // own only if some text could not be shaped here.
    workers = (0..<max(1, min(threads, count))).map {
      BandWorker(
        width: width, rows: bandRows + 1, scale: scale, families: families, shaped: shaped,
        privateFontMap: $0 > 0)
    }
  }

  /// Every text of `leaves` shaped once, on this thread, for a surface at `scale`: the band
  /// workers draw these glyphs (see `ShapedText`). Texts in `known` (shaped for this scale
  /// already, by the measurer) are taken as they are; texts Pango must draw itself are left out.
  private static func shape(
    _ leaves: [SceneNode], scale: Double, families: String, known: [TextKey: ShapedText]
  ) -> [TextKey: ShapedText] {
    var shaped: [TextKey: ShapedText] = [:]
    var tried: Set<TextKey> = []
    var layout: (surface: OpaquePointer, context: OpaquePointer, text: PangoText)?
    defer {
      if let layout {
        cairo_destroy(layout.context)
        cairo_surface_destroy(layout.surface)
      }
    }
    for case .text(let node) in leaves where !node.text.isEmpty {
      let key = TextKey(text: node.text, font: node.font)
      guard tried.insert(key).inserted else { continue }
      if let glyphs = known[key] {
        shaped[key] = glyphs
        continue
      }
      if layout == nil {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)!
        let context = cairo_create(surface)!
        // The matrix the workers draw with, but for translation, which Pango leaves out of fonts.
        cairo_scale(context, scale, scale)
        let text = PangoText(
          context: context, families: families, fontMap: FontPreparation.fontMap(scale: scale))
        layout = (surface, context, text)
      }
      shaped[key] = ShapedText(node.text, font: node.font, on: layout!.text)
    }
    return shaped
  }

  var threads: Int { workers.count }

  /// The pixel rows `node` may paint, generously: strokes, antialiasing and glyphs that reach out
  /// of their line box included. Nil bounds when a coordinate is not finite (drawn everywhere).
  static func rows(of node: SceneNode, scale: Double) -> (Int?, Int?) {
    var low: Double
    var high: Double
    switch node {
    case .rect(let r):
      let stroke = r.stroke == nil ? 0 : r.lineWidth
      (low, high) = (r.y - stroke, r.y + r.height + stroke)
    case .line(let l):
      (low, high) = (min(l.from.y, l.to.y) - l.width, max(l.from.y, l.to.y) + l.width)
    case .polygon(let p):
      let ys = p.points.map(\.y)
      let stroke = p.stroke == nil ? 0 : p.lineWidth
      (low, high) = ((ys.min() ?? 0) - stroke, (ys.max() ?? 0) + stroke)
    case .text(let t):
      (low, high) = (t.y - 2 * t.font.size, t.y + 2 * t.font.size)
    case .group:
      return (nil, nil)
    }
    let pad = 2 / scale
    low = ((low - pad) * scale).rounded(.down)
    high = ((high + pad) * scale).rounded(.up)
    let limit = Double(Int32.max)
    return (
      low.isFinite && abs(low) < limit ? Int(low) : nil, high.isFinite && abs(high) < limit ? Int(high) : nil
    )
  }

  /// Draws rows `top ..< top + rows` of band `band` on `worker`'s surface; returns its pixels
  /// and stride, or nil when Cairo failed.
  func draw(band: Int, top: Int, rows: Int, worker: Int) -> (UnsafePointer<UInt8>, Int32)? {
    let w = workers[worker]
    let cr = w.context
    cairo_identity_matrix(cr)
    cairo_translate(cr, 0, -Double(top))
    cairo_scale(cr, scale, scale)
    // The background replaces the last band's pixels in one fill: what clearing the surface and
    // painting the background over it gave, in half the memory traffic.
    w.painter.fill(scene.background)
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
    cairo_paint(cr)
    cairo_set_operator(cr, CAIRO_OPERATOR_OVER)
    for index in bands[band] { w.painter.draw(leaves[Int(index)]) }
    cairo_surface_flush(w.surface)
    guard cairo_status(cr) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(w.surface) else {
      return nil
    }
    return (UnsafePointer(data), cairo_image_surface_get_stride(w.surface))
  }
}

/// One thread's surface, context, and Pango layout for the texts not shaped beforehand (made when
/// first needed, on a font map of its own when it draws on another thread: Pango's font maps are
/// not thread-safe).
private final class BandWorker {
  let surface: OpaquePointer
  let context: OpaquePointer
  let painter: Painter

  init(
    width: Int, rows: Int, scale: Double, families: String, shaped: [TextKey: ShapedText],
    privateFontMap: Bool
  ) {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(rows))!
    let context = cairo_create(surface)!
    self.surface = surface
    self.context = context
    cairo_scale(context, scale, scale)
    let text = TextSource(shaped: shaped) {
      guard privateFontMap else { return PangoText(context: context, families: families) }
      let map = FontConfiguration.newFontMap()
      defer { g_object_unref(UnsafeMutableRawPointer(map)) }
      return PangoText(context: context, families: families, fontMap: map)
    }
    painter = Painter(cr: context, text: text, snapScale: scale)
  }

  deinit {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }
}

/// `studylog_band_drawer` over a `BandDrawer`.
func drawBand(
  _ closure: UnsafeMutableRawPointer?, _ worker: Int32, _ band: Int32, _ top: Int32, _ rows: Int32,
  _ pixels: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ stride: UnsafeMutablePointer<Int32>?
) -> Int32 {
  guard let closure, let pixels, let stride else { return -1 }
  let drawer = Unmanaged<BandDrawer>.fromOpaque(closure).takeUnretainedValue()
  guard
    let (data, rowBytes) = drawer.draw(band: Int(band), top: Int(top), rows: Int(rows), worker: Int(worker))
  else { return -1 }
  pixels.pointee = data
  stride.pointee = rowBytes
  return 0
}
