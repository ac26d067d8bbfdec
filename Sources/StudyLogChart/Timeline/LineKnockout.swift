/// Vertical lines (gridlines, the today line, marks) cut where they would cross a text, so that
/// no text is ever struck through: each line stops `gap` points short of a text's box and goes on
/// past it.
struct LineKnockout {
  /// A text's box: its measured width and its line box (the font size around its middle), in
  /// points.
  struct Box {
    var minX, maxX, minY, maxY: Double
  }

  /// The boxes of the texts to keep clear.
  let boxes: [Box]
  /// Space kept between a line and a text, in points.
  static let gap = 2.0

  /// The boxes of every text below `nodes`.
  init(texts nodes: [SceneNode]) {
    boxes = Scene.texts(in: nodes).filter { !$0.text.isEmpty }.map { t in
      Box(
        minX: t.minX - Self.gap, maxX: t.maxX + Self.gap, minY: t.y - t.font.size * 0.6 - Self.gap,
        maxY: t.y + t.font.size * 0.6 + Self.gap)
    }.sorted { $0.minX < $1.minX }
  }

  /// `nodes` with every vertical line split around the boxes it crosses (groups kept).
  func apply(_ nodes: [SceneNode]) -> [SceneNode] {
    nodes.flatMap { node -> [SceneNode] in
      switch node {
      case .group(let name, let children): return [.group(name, apply(children))]
      case .line(let l) where l.from.x == l.to.x: return split(l).map { .line($0) }
      default: return [node]
      }
    }
  }

  /// The pieces of a vertical line that lie outside every box (half a line width around it).
  func split(_ line: LineNode) -> [LineNode] {
    let x = line.from.x
    let half = line.width / 2
    let top = min(line.from.y, line.to.y)
    let bottom = max(line.from.y, line.to.y)
    let cuts = boxes.filter { $0.minX < x + half && $0.maxX > x - half && $0.maxY > top && $0.minY < bottom }
      .map { ($0.minY, $0.maxY) }.sorted { $0.0 < $1.0 }
    guard !cuts.isEmpty else { return [line] }
    var pieces: [LineNode] = []
    var y = top
    for (from, to) in cuts {
      if from > y + 0.5 {
        var piece = line
        piece.from = Point(x, y)
        piece.to = Point(x, from)
        pieces.append(piece)
      }
      y = max(y, to)
    }
    if bottom > y + 0.5 {
      var piece = line
      piece.from = Point(x, y)
      piece.to = Point(x, bottom)
      pieces.append(piece)
    }
    return pieces
  }
}
