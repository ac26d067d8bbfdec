import CPangoCairo
import StudyLogChart

/// Walks a scene and issues the Cairo calls for each node.
struct Painter {
  let cr: OpaquePointer
  let text: TextSource
  /// Pixels per point when drawing to pixels: horizontal and vertical lines are snapped to the
  /// pixel grid, in position and width, so that they stay crisp. Nil for vector output.
  let snapScale: Double?

  func fill(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

  func draw(_ nodes: [SceneNode]) {
    for node in nodes { draw(node) }
  }

  func draw(_ node: SceneNode) {
    switch node {
    case .rect(let r): rect(r)
    case .line(let l): line(l)
    case .polygon(let p): polygon(p)
    case .text(let t): draw(t)
    case .group(_, let children): draw(children)
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
    let shaped = text.shaped[TextKey(text: t.text, font: t.font)]
    let (width, height) = shaped.map { ($0.width, $0.height) } ?? text.layout.set(t.text, font: t.font)
    let left: Double
    switch t.anchor {
    case .start: left = t.x
    case .middle: left = t.x - width / 2
    case .end: left = t.x - width
    }
    fill(t.color)
    cairo_move_to(cr, left, t.y - height / 2)
    if let shaped {
      shaped.show(on: cr)
    } else {
      pango_cairo_show_layout(cr, text.layout.layout)
    }
  }
}

/// Where a painter's text comes from: glyphs shaped before drawing began (see `ShapedText`), or
/// else a Pango layout, made when first needed.
final class TextSource {
  let shaped: [TextKey: ShapedText]
  private let makeLayout: () -> PangoText
  private(set) lazy var layout: PangoText = makeLayout()

  init(shaped: [TextKey: ShapedText] = [:], layout: @escaping () -> PangoText) {
    self.shaped = shaped
    makeLayout = layout
  }
}
