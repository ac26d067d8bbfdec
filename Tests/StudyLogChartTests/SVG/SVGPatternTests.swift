import ChartTestSupport
import Foundation
import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The web SVG of timelines past the palette's twelve colours, parsed back: every patterned
/// shape is filled with `<pattern>` tiles of its kind, in its colours in both schemes, on the
/// lines where Cairo draws them.
@Suite struct SVGPatternTests {
  /// A shape of a scene that carries a pattern, with its twin in the dark scene.
  struct Shape {
    let node: SceneNode
    let dark: SceneNode
    var pattern: FillPattern {
      switch node {
      case .rect(let r): return r.pattern!
      case .polygon(let p): return p.pattern!
      default: fatalError("not a shape")
      }
    }
    var darkPattern: FillPattern {
      switch dark {
      case .rect(let r): return r.pattern!
      case .polygon(let p): return p.pattern!
      default: fatalError("not a shape")
      }
    }
    /// The shape's box: x, y, height.
    var box: (x: Double, y: Double, height: Double) {
      switch node {
      case .rect(let r): return (r.x, r.y, r.height)
      case .polygon(let p):
        let ys = p.points.map(\.y)
        return (p.points.map(\.x).min()!, ys.min()!, ys.max()! - ys.min()!)
      default: fatalError("not a shape")
      }
    }

    /// Every patterned rect and polygon below `nodes`, in paint order, with its twin in `dark`.
    static func all(_ nodes: [SceneNode], dark: [SceneNode]) -> [Shape] {
      zip(nodes, dark).flatMap { node, twin -> [Shape] in
        switch (node, twin) {
        case (.group(_, let children), .group(_, let darkChildren)): return all(children, dark: darkChildren)
        case (.rect(let r), _) where r.pattern != nil: return [Shape(node: node, dark: twin)]
        case (.polygon(let p), _) where p.pattern != nil: return [Shape(node: node, dark: twin)]
        default: return []
        }
      }
    }
  }

  /// `--cN` → colour, in the light rules and in the dark ones.
  func properties(_ style: String) -> (light: [Int: String], dark: [Int: String]) {
    func read(_ css: Substring) -> [Int: String] {
      var out: [Int: String] = [:]
      for match in css.matches(of: /--c(\d+):(#[0-9A-F]+)/) { out[Int(match.1)!] = String(match.2) }
      return out
    }
    let parts = style.split(separator: "@media", maxSplits: 1)
    return (read(parts[0]), parts.count > 1 ? read(parts[1]) : [:])
  }

  @Test(arguments: [16, 40])
  func everyPatternedShapeIsFilledWithTilesOfItsKind(categories: Int) throws {
    let chart = CategoriesChart(categories, families: "DejaVu Sans")
    let xml = try ParsedXML(Data(chart.document.utf8))
    let style = xml.root.elements("style")[0].allText
    #expect(style.contains("@media (prefers-color-scheme:dark)"), "the dark theme is kept")
    let (light, dark) = properties(style)
    let patterns = Dictionary(
      uniqueKeysWithValues: xml.root.elements("pattern").map { ($0.attributes["id"]!, $0) })
    let all = xml.root.all
    let overlays = all.filter { $0.attributes["fill"]?.hasPrefix("url(#") == true }
    let shapes = Shape.all(chart.light.nodes, dark: chart.dark.nodes)
    // Categories 13 and up, and only they, carry a pattern: each item's bars or diamonds, and
    // its legend swatch.
    #expect(shapes.count >= (categories - 12) * 3)
    for id in 1...categories {
      let rows = Shape.all(
        chart.light.group("item \(id)") ?? [], dark: chart.dark.group("item \(id)") ?? [])
      #expect(rows.isEmpty == (id <= 12), "item \(id)")
    }
    let expected = shapes.map { SVGPatterns.directions($0.pattern.kind).count }.reduce(0, +)
    try #require(overlays.count == expected)
    var used: Set<String> = []
    var next = overlays.makeIterator()
    for shape in shapes {
      let directions = SVGPatterns.directions(shape.pattern.kind)
      for (i, direction) in directions.enumerated() {
        let overlay = next.next()!
        let reference = overlay.attributes["fill"]!.dropFirst(5).dropLast()
        let tile = try #require(patterns[String(reference)], "\(reference) is defined")
        used.insert(String(reference))
        // The tile of the right direction (its lines rise or fall) in the lines' colour.
        let path = tile.elements("path")[0]
        let n = Int(path.attributes["class"]!.dropFirst())!
        #expect(reference.hasSuffix("-\(direction.rawValue)-\(n)"))
        #expect(tile.attributes["patternUnits"] == "userSpaceOnUse")
        #expect(tile.attributes["width"] == "4" && tile.attributes["height"] == "4")
        #expect(path.attributes["d"]!.hasPrefix(direction == .hatch ? "M0,4L4,0" : "M0,0L4,4"))
        // The lines' colour follows the scheme.
        #expect(light[n] == shape.pattern.color.hex && dark[n] == shape.darkPattern.color.hex)
        // Moved to where Cairo's lines of that direction pass.
        let translate = overlay.attributes["transform"]!.matches(of: /translate\(([-\d.]+) ([-\d.]+)\)/)[0]
        let origin = Point(Double(translate.1)!, Double(translate.2)!)
        let box = shape.box
        let cairo = FillPattern(direction, color: shape.pattern.color).segments(
          x: box.x, y: box.y, width: 10, height: box.height)[0].0
        let offset =
          direction == .hatch
          ? (origin.x + origin.y) - (cairo.x + cairo.y) : (origin.x - origin.y) - (cairo.x - cairo.y)
        let phase = offset.truncatingRemainder(dividingBy: FillPattern.spacing)
        #expect(min(abs(phase), FillPattern.spacing - abs(phase)) <= 0.02, "phase \(phase)")
        // Only the last copy draws the outline, over the lines' ends.
        let strokes = overlay.attributes["class"] != nil
        let stroked: Bool
        switch shape.node {
        case .rect(let r): stroked = r.stroke != nil
        case .polygon(let p): stroked = p.stroke != nil
        default: stroked = false
        }
        #expect(strokes == (stroked && i == directions.count - 1))
      }
    }
    // Every tile is used, once per direction and colour.
    #expect(used == Set(patterns.keys))
    #expect(patterns.count == xml.root.elements("pattern").count)
    if categories == 40 {
      #expect(Set(shapes.map(\.pattern.kind)) == Set(FillPattern.Kind.allCases))
    }
  }

  /// A chart with no more categories than colours has no patterns, and no `<defs>` at all.
  @Test func twelveCategoriesHaveNoDefs() throws {
    let chart = CategoriesChart(12, families: "DejaVu Sans")
    #expect(!chart.document.contains("<defs") && !chart.document.contains("url("))
    #expect(Shape.all(chart.light.nodes, dark: chart.dark.nodes).isEmpty)
  }

  /// Two documents inlined in one page keep their own tiles: the ids carry the document's id.
  @Test func tileIdsBelongToTheDocument() throws {
    let a = try ParsedXML(Data(CategoriesChart(16, families: "DejaVu Sans").document.utf8))
    let b = try ParsedXML(Data(CategoriesChart(17, families: "DejaVu Sans").document.utf8))
    let ids = [a, b].map { xml in Set(xml.root.elements("pattern").map { $0.attributes["id"]! }) }
    #expect(ids[0].isDisjoint(with: ids[1]))
    for (xml, set) in zip([a, b], ids) {
      #expect(set.allSatisfy { $0.hasPrefix(xml.root.attributes["id"]! + "-") })
    }
  }
}
