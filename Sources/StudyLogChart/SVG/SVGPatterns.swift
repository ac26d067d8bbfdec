/// The stripes of `FillPattern`s as SVG `<pattern>` tiles, drawn as `CairoRenderer` draws them:
/// lines `FillPattern.lineWidth` wide at 45°, `FillPattern.spacing` apart along the x axis, in the
/// pattern's colour (a palette class, so that it follows the reader's scheme), on the same lines
/// as Cairo's for every shape.
///
/// One tile per direction and colour used: `hatch` (rising) and `backhatch` (falling); a
/// crosshatched shape is covered by both. A tile's lines pass through its origin, and a shape
/// filled with it is written translated so that the origin falls where Cairo's lines start: the
/// box's top-left corner for rising lines, its bottom-left corner for falling ones.
struct SVGPatterns {
  /// A tile: its direction (`hatch` or `backhatch`) and the palette number of its colour.
  struct Tile: Hashable, Comparable {
    let kind: FillPattern.Kind
    let color: Int

    static func < (a: Tile, b: Tile) -> Bool {
      (a.color, a.kind.rawValue) < (b.color, b.kind.rawValue)
    }
  }

  /// Stands for the document's id in references written before the id is known (XMLText never
  /// lets a NUL through, so nothing else in a body holds one): the id is a hash of the body with
  /// this in its place.
  static let documentID = "\u{0}"

  /// The id that references name: `documentID` until the document's id is known.
  var document = SVGPatterns.documentID
  private(set) var used: Set<Tile> = []

  /// The directions of lines a pattern of `kind` draws: one tile each.
  static func directions(_ kind: FillPattern.Kind) -> [FillPattern.Kind] {
    kind == .crosshatch ? [.hatch, .backhatch] : [kind]
  }

  /// Where a tile of `direction`'s origin goes for the box from (`x`, `y`), `height` high.
  static func anchor(_ direction: FillPattern.Kind, x: Double, y: Double, height: Double) -> Point {
    Point(x, direction == .backhatch ? y + height : y)
  }

  /// The `url(…)` that fills with the tile of `direction` in palette colour `color`.
  mutating func reference(_ direction: FillPattern.Kind, color: Int) -> String {
    let tile = Tile(kind: direction, color: color)
    used.insert(tile)
    return "url(#\(Self.id(tile, document: document)))"
  }

  static func id(_ tile: Tile, document: String) -> String {
    "\(document)-\(tile.kind.rawValue)-\(tile.color)"
  }

  /// `<defs>` with every tile used, for the document `document`; empty when none is.
  func defs(document: String) -> String {
    guard !used.isEmpty else { return "" }
    let s = FillPattern.spacing
    let a = FillPattern.lineWidth
    var out = "<defs>\n"
    for tile in used.sorted() {
      // The line through the origin and its neighbours' ends in the tile's other corners.
      let d =
        tile.kind == .backhatch
        ? "M0,0L\(fmt(s)),\(fmt(s))M\(fmt(s - a)),\(fmt(-a))L\(fmt(s + a)),\(fmt(a))"
          + "M\(fmt(-a)),\(fmt(s - a))L\(fmt(a)),\(fmt(s + a))"
        : "M0,\(fmt(s))L\(fmt(s)),0M\(fmt(-a)),\(fmt(a))L\(fmt(a)),\(fmt(-a))"
          + "M\(fmt(s - a)),\(fmt(s + a))L\(fmt(s + a)),\(fmt(s - a))"
      out +=
        "<pattern id=\"\(Self.id(tile, document: document))\" patternUnits=\"userSpaceOnUse\""
        + " width=\"\(fmt(s))\" height=\"\(fmt(s))\"><path d=\"\(d)\" class=\"s\(tile.color)\""
        + (a != 1 ? " stroke-width=\"\(fmt(a))\"" : "") + "/></pattern>\n"
    }
    return out + "</defs>\n"
  }
}
