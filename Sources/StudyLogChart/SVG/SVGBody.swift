import StudyLog

/// The elements of an SVG document's body, written as a scene is walked, and the colours and
/// pattern tiles they use. What is written collects in `out`, which `walk` hands on in pieces.
struct SVGBody {
  let annotations: SVGAnnotations
  var palette = SVGPalette()
  var patterns = SVGPatterns()
  var out = ""
  /// How many UTF-8 bytes `out` may hold before `walk` hands it on (at most one element more).
  var chunkSize = Int.max

  init(annotations: SVGAnnotations) {
    self.annotations = annotations
  }

  /// Writes `nodes`, taking each node's dark colours from the node in the same place of `dark`.
  /// An item's group gets its tooltip; an item's label group its link. Whenever `out` holds
  /// `chunkSize` bytes or more after an element, it is handed to `flush` and emptied.
  mutating func walk<E: Error>(
    _ nodes: [SceneNode], dark: [SceneNode], item: String?, flush: (String) throws(E) -> Void
  ) throws(E) {
    for (node, darkNode) in zip(nodes, dark) {
      switch (node, darkNode) {
      case (.group(let name, let children), .group(_, let darkChildren)):
        if name.hasPrefix("item ") {
          let id = String(name.dropFirst(5))
          let tooltip = annotations.tooltips[id]
          if let tooltip { out += "<g><title>\(XMLText.content(tooltip))</title>\n" }
          try walk(children, dark: darkChildren, item: id, flush: flush)
          if tooltip != nil { out += "</g>\n" }
        } else if name == "label", let item, let url = annotations.links[item] {
          out += "<a href=\"\(XMLText.attribute(url))\" rel=\"noopener noreferrer\">"
          try walk(children, dark: darkChildren, item: item, flush: flush)
          out += "</a>\n"
        } else {
          try walk(children, dark: darkChildren, item: item, flush: flush)
        }
      case (.rect(let r), .rect(let d)): rect(r, dark: d)
      case (.line(let l), .line(let d)): line(l, dark: d)
      case (.polygon(let p), .polygon(let d)): polygon(p, dark: d)
      case (.text(let t), .text(let d)): text(t, dark: d)
      default: break
      }
      if out.utf8.count >= chunkSize {
        try flush(out)
        out.removeAll(keepingCapacity: true)
      }
    }
  }

  /// The `class` (and `fill="none"`, `stroke-width`) of a shape filled and stroked with these.
  private mutating func paint(
    fill: Color?, darkFill: Color?, stroke: Color?, darkStroke: Color?, lineWidth: Double
  ) -> String {
    var classes: [String] = []
    var extra = ""
    if let fill { classes.append(palette.fill(fill, darkFill ?? fill)) } else { extra += " fill=\"none\"" }
    if let stroke {
      classes.append(palette.stroke(stroke, darkStroke ?? stroke))
      if lineWidth != 1 { extra += " stroke-width=\"\(fmt(lineWidth))\"" }
    }
    return (classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"") + extra
  }

  mutating func rect(_ r: RectNode, dark: RectNode) {
    let radius = min(r.cornerRadius, r.width / 2, r.height / 2)
    func shape(_ origin: Point) -> String {
      var tag =
        "<rect x=\"\(fmt(r.x - origin.x))\" y=\"\(fmt(r.y - origin.y))\" width=\"\(fmt(r.width))\""
        + " height=\"\(fmt(r.height))\""
      if radius > 0 { tag += " rx=\"\(fmt(radius))\"" }
      return tag
    }
    filled(
      shape, fill: r.fill, darkFill: dark.fill, stroke: r.stroke, darkStroke: dark.stroke,
      lineWidth: r.lineWidth,
      pattern: r.pattern, darkPattern: dark.pattern
    ) { (r.x, r.y, r.height) }
  }

  /// The shape whose opening tag `shape` writes (its coordinates relative to a point), painted;
  /// with a pattern, its fill and then the pattern's stripes (`stripes`) over the box `bounds`
  /// gives (its left, top and height).
  private mutating func filled(
    _ shape: (Point) -> String, fill: Color?, darkFill: Color?, stroke: Color?, darkStroke: Color?,
    lineWidth: Double, pattern: FillPattern?, darkPattern: FillPattern?,
    bounds: () -> (x: Double, y: Double, height: Double)
  ) {
    guard let pattern else {
      out +=
        shape(Point(0, 0))
        + paint(fill: fill, darkFill: darkFill, stroke: stroke, darkStroke: darkStroke, lineWidth: lineWidth)
        + "/>\n"
      return
    }
    if let fill {
      out += shape(Point(0, 0)) + " class=\"\(palette.fill(fill, darkFill ?? fill))\"/>\n"
    }
    let box = bounds()
    stripes(
      pattern, dark: darkPattern, x: box.x, y: box.y, height: box.height, stroke: stroke,
      darkStroke: darkStroke,
      lineWidth: lineWidth, shape: shape)
  }

  /// `pattern`'s lines over the shape whose opening tag `shape` writes (with its coordinates
  /// relative to a point): one copy of the shape per direction of lines, each filled with its
  /// tile (`SVGPatterns`) and moved so that the lines fall where Cairo draws them, the last with
  /// the shape's outline, over the lines' ends as in Cairo.
  private mutating func stripes(
    _ pattern: FillPattern, dark: FillPattern?, x: Double, y: Double, height: Double, stroke: Color?,
    darkStroke: Color?, lineWidth: Double, shape: (Point) -> String
  ) {
    let color = palette.strokeNumber(pattern.color, dark?.color ?? pattern.color)
    let directions = SVGPatterns.directions(pattern.kind)
    for (i, direction) in directions.enumerated() {
      let anchor = SVGPatterns.anchor(direction, x: x, y: y, height: height)
      let origin = Point((anchor.x * 100).rounded() / 100, (anchor.y * 100).rounded() / 100)
      out +=
        shape(origin) + " transform=\"translate(\(fmt(origin.x)) \(fmt(origin.y)))\""
        + " fill=\"\(patterns.reference(direction, color: color))\""
      if i == directions.count - 1, let stroke {
        out += " class=\"\(palette.stroke(stroke, darkStroke ?? stroke))\""
        if lineWidth != 1 { out += " stroke-width=\"\(fmt(lineWidth))\"" }
      }
      out += "/>\n"
    }
  }

  private mutating func line(_ l: LineNode, dark: LineNode) {
    out +=
      "<line x1=\"\(fmt(l.from.x))\" y1=\"\(fmt(l.from.y))\" x2=\"\(fmt(l.to.x))\" y2=\"\(fmt(l.to.y))\""
      + " class=\"\(palette.stroke(l.color, dark.color))\""
    if l.width != 1 { out += " stroke-width=\"\(fmt(l.width))\"" }
    if !l.dash.isEmpty { out += " stroke-dasharray=\"\(l.dash.map(fmt).joined(separator: " "))\"" }
    out += "/>\n"
  }

  private mutating func polygon(_ p: PolygonNode, dark: PolygonNode) {
    guard !p.points.isEmpty else { return }
    func shape(_ origin: Point) -> String {
      "<polygon points=\""
        + p.points.map { "\(fmt($0.x - origin.x)),\(fmt($0.y - origin.y))" }.joined(separator: " ") + "\""
    }
    filled(
      shape, fill: p.fill, darkFill: dark.fill, stroke: p.stroke, darkStroke: dark.stroke,
      lineWidth: p.lineWidth,
      pattern: p.pattern, darkPattern: dark.pattern
    ) {
      let ys = p.points.map(\.y)
      return (p.points.map(\.x).min()!, ys.min()!, ys.max()! - ys.min()!)
    }
  }

  /// A text at its anchor, its line's middle on the central baseline, held to the width the
  /// layout measured (`textLength`), so that a browser whose fonts are wider or narrower than
  /// the chart's still keeps it in its room; a label cut to fit (ending in `…`) is squeezed
  /// glyphs and all, others only in their spacing.
  private mutating func text(_ t: TextNode, dark: TextNode) {
    guard !t.text.isEmpty else { return }
    out += "<text x=\"\(fmt(t.x))\" y=\"\(fmt(t.y))\" font-size=\"\(fmt(t.font.size))\""
    if t.font.bold { out += " font-weight=\"bold\"" }
    if t.anchor != .start { out += " text-anchor=\"\(t.anchor.rawValue)\"" }
    out += " class=\"\(palette.fill(t.color, dark.color))\" textLength=\"\(fmt(t.width))\""
    if t.text.hasSuffix("…") { out += " lengthAdjust=\"spacingAndGlyphs\"" }
    out += ">\(XMLText.content(t.text))</text>\n"
  }
}
