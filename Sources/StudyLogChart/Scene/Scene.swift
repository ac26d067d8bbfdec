/// A point in chart coordinates: points (1/72 inch) from the top-left corner, y downwards.
public struct Point: Hashable, Sendable {
  public var x: Double
  public var y: Double

  public init(_ x: Double, _ y: Double) {
    self.x = x
    self.y = y
  }
}

/// A font request; the family comes from the renderer's font list.
public struct Font: Hashable, Sendable {
  /// Size in points.
  public var size: Double
  public var bold: Bool

  public init(size: Double, bold: Bool = false) {
    self.size = size
    self.bold = bold
  }
}

/// Which point of a text run its `x` names.
public enum TextAnchor: String, Sendable {
  case start, middle, end
}

/// A filled and/or stroked rectangle.
public struct RectNode: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double
  public var fill: Color?
  public var stroke: Color?
  public var lineWidth: Double
  public var cornerRadius: Double
  /// Lines drawn over the fill, under the outline; nil for a plain fill.
  public var pattern: FillPattern?

  public init(
    x: Double, y: Double, width: Double, height: Double, fill: Color? = nil, stroke: Color? = nil,
    lineWidth: Double = 1, cornerRadius: Double = 0, pattern: FillPattern? = nil
  ) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
    self.fill = fill
    self.stroke = stroke
    self.lineWidth = lineWidth
    self.cornerRadius = cornerRadius
    self.pattern = pattern
  }

  public var maxX: Double { x + width }
  public var midX: Double { x + width / 2 }
  public var midY: Double { y + height / 2 }
}

/// A straight line, solid or dashed.
public struct LineNode: Hashable, Sendable {
  public var from: Point
  public var to: Point
  public var color: Color
  public var width: Double
  /// Dash pattern in points (on, off, …); empty for a solid line.
  public var dash: [Double]

  public init(from: Point, to: Point, color: Color, width: Double = 1, dash: [Double] = []) {
    self.from = from
    self.to = to
    self.color = color
    self.width = width
    self.dash = dash
  }
}

/// A closed polygon (milestone diamonds, continuation arrows).
public struct PolygonNode: Hashable, Sendable {
  public var points: [Point]
  public var fill: Color?
  public var stroke: Color?
  public var lineWidth: Double
  /// Lines drawn over the fill, under the outline; nil for a plain fill.
  public var pattern: FillPattern?

  public init(
    points: [Point], fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 1,
    pattern: FillPattern? = nil
  ) {
    self.points = points
    self.fill = fill
    self.stroke = stroke
    self.lineWidth = lineWidth
    self.pattern = pattern
  }
}

/// One line of text, already cut to fit: renderers draw it as it is.
public struct TextNode: Hashable, Sendable {
  public var text: String
  /// The anchor's x.
  public var x: Double
  /// The vertical middle of the text's line box.
  public var y: Double
  public var font: Font
  public var color: Color
  public var anchor: TextAnchor
  /// The width the layout measured, in points.
  public var width: Double

  public init(
    _ text: String, x: Double, y: Double, font: Font, color: Color, anchor: TextAnchor = .start, width: Double
  ) {
    self.text = text
    self.x = x
    self.y = y
    self.font = font
    self.color = color
    self.anchor = anchor
    self.width = width
  }

  /// Left and right edges, from the anchor and the measured width.
  public var minX: Double {
    switch anchor {
    case .start: return x
    case .middle: return x - width / 2
    case .end: return x - width
    }
  }
  public var maxX: Double { minX + width }
}

/// A node of the scene tree.
public indirect enum SceneNode: Hashable, Sendable {
  case rect(RectNode)
  case line(LineNode)
  case polygon(PolygonNode)
  case text(TextNode)
  /// A named group, for structure: renderers draw its children in order.
  case group(String, [SceneNode])
}

/// What a chart looks like, as plain values: the layout's output and the renderers' input.
public struct Scene: Hashable, Sendable {
  /// Size in points.
  public var width: Double
  public var height: Double
  public var background: Color
  /// Painted in order: later nodes cover earlier ones.
  public var nodes: [SceneNode]

  public init(width: Double, height: Double, background: Color, nodes: [SceneNode]) {
    self.width = width
    self.height = height
    self.background = background
    self.nodes = nodes
  }

  /// The children of the first group with this name, searched depth-first.
  public func group(_ name: String) -> [SceneNode]? {
    func find(_ nodes: [SceneNode]) -> [SceneNode]? {
      for node in nodes {
        if case .group(let n, let children) = node {
          if n == name { return children }
          if let found = find(children) { return found }
        }
      }
      return nil
    }
    return find(nodes)
  }

  /// Every text node below `nodes`, in paint order.
  public static func texts(in nodes: [SceneNode]) -> [TextNode] {
    nodes.flatMap { node -> [TextNode] in
      switch node {
      case .text(let t): return [t]
      case .group(_, let children): return texts(in: children)
      default: return []
      }
    }
  }

  /// Every rectangle below `nodes`, in paint order.
  public static func rects(in nodes: [SceneNode]) -> [RectNode] {
    nodes.flatMap { node -> [RectNode] in
      switch node {
      case .rect(let r): return [r]
      case .group(_, let children): return rects(in: children)
      default: return []
      }
    }
  }

  /// Every polygon below `nodes`, in paint order.
  public static func polygons(in nodes: [SceneNode]) -> [PolygonNode] {
    nodes.flatMap { node -> [PolygonNode] in
      switch node {
      case .polygon(let p): return [p]
      case .group(_, let children): return polygons(in: children)
      default: return []
      }
    }
  }

  /// A readable, indented dump of the tree, for tests and debugging.
  public func dump() -> String {
    var out = "scene \(fmt(width))x\(fmt(height)) \(background)\n"
    func walk(_ nodes: [SceneNode], _ depth: Int) {
      let pad = String(repeating: "  ", count: depth)
      for node in nodes {
        switch node {
        case .rect(let r):
          out +=
            "\(pad)rect \(fmt(r.x)),\(fmt(r.y)) \(fmt(r.width))x\(fmt(r.height))"
            + (r.fill.map { " fill \($0)" } ?? "") + (r.stroke.map { " stroke \($0)" } ?? "")
            + (r.pattern.map { " \($0.kind.rawValue) \($0.color)" } ?? "") + "\n"
        case .line(let l):
          out +=
            "\(pad)line \(fmt(l.from.x)),\(fmt(l.from.y)) -> \(fmt(l.to.x)),\(fmt(l.to.y)) \(l.color)"
            + (l.dash.isEmpty ? "" : " dashed") + "\n"
        case .polygon(let p):
          out += "\(pad)polygon " + p.points.map { "\(fmt($0.x)),\(fmt($0.y))" }.joined(separator: " ")
          out += (p.fill.map { " fill \($0)" } ?? "")
          out += (p.pattern.map { " \($0.kind.rawValue) \($0.color)" } ?? "") + "\n"
        case .text(let t):
          out +=
            "\(pad)text \"\(t.text)\" \(t.anchor.rawValue) \(fmt(t.x)),\(fmt(t.y)) \(fmt(t.font.size))"
            + (t.font.bold ? " bold" : "") + " \(t.color)\n"
        case .group(let name, let children):
          out += "\(pad)\(name)\n"
          walk(children, depth + 1)
        }
      }
    }
    walk(nodes, 1)
    return out
  }
}

/// A number with at most two decimals and no trailing zeros.
func fmt(_ x: Double) -> String {
  let r = (x * 100).rounded() / 100
  if r == r.rounded() { return String(Int(r)) }
  var s = String(r)
  if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) > 3 {
    s = String(s[...s.index(dot, offsetBy: 2)])
  }
  return s
}
