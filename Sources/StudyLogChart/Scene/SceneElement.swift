/// One drawn node of a scene, flattened out of its groups, with what it draws: the unit of the
/// scene dump (`chart -o chart.scene.json`) and of the tests that check a chart by machine.
public struct SceneElement: Hashable, Sendable {
  /// `rect`, `line`, `polygon` or `text`.
  public var kind: String
  /// What the node draws (`title`, `axis`, `bar.planned`, `today`, …): the role of the
  /// innermost group around it that names one (see `SceneElement.role(ofGroup:)`).
  public var role: String
  /// The id of the item the node belongs to, where there is one.
  public var item: String?
  /// The box the node covers, in points from the top-left corner: for a rect its rectangle, for
  /// a line or polygon the box of its points (zero wide for a vertical line), for text its
  /// measured ink box.
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double
  /// The colours it paints with: a rect's or polygon's fill and outline, a line's colour (as
  /// `stroke`), a text's colour (as `color`).
  public var fill: Color?
  public var stroke: Color?
  public var color: Color?
  /// A text's string; nil for shapes.
  public var text: String?
  /// A line's dash pattern is not empty.
  public var dashed: Bool
  /// The lines a rect or polygon carries over its fill (`FillPattern`), nil without.
  public var pattern: FillPattern? = nil

  public var maxX: Double { x + width }
  public var maxY: Double { y + height }

  /// Whether the two boxes share an area wider and taller than `tolerance` points.
  public func overlaps(_ other: SceneElement, tolerance: Double = 0) -> Bool {
    min(maxX, other.maxX) - max(x, other.x) > tolerance && min(maxY, other.maxY) - max(y, other.y) > tolerance
  }

  /// The role a group's name gives its children: nil for groups that only hold others (`rows`,
  /// `markers`, `item …`, `bars`), `section` for `section …` and the bands, `axis` for either
  /// tier of either axis, `marker` for a `--mark`; otherwise the group's name itself.
  public static func role(ofGroup name: String) -> String? {
    switch name {
    case "rows", "markers", "bars": return nil
    case "bands": return "section"
    case "mark": return "marker"
    case "months", "weekdays": return "axis"
    case "cells": return "cell"
    default:
      if name.hasPrefix("item ") { return nil }
      if name.hasPrefix("axis") { return "axis" }
      if name.hasPrefix("section ") { return "section" }
      if name.hasPrefix("category ") || name == "total" { return "progress" }
      return name
    }
  }
}

extension Scene {
  /// Calls `body` with every drawn node (not groups) in paint order, with its role and item as
  /// `SceneElement` has them; texts without characters are left out.
  func forEachDrawn(_ body: (_ node: SceneNode, _ role: String, _ item: String?) -> Void) {
    func walk(_ nodes: [SceneNode], role: String, item: String?) {
      for node in nodes {
        switch node {
        case .group(let name, let children):
          let id = name.hasPrefix("item ") ? String(name.dropFirst(5)) : item
          walk(children, role: SceneElement.role(ofGroup: name) ?? role, item: id)
        case .text(let t) where t.text.isEmpty: continue
        default: body(node, role, item)
        }
      }
    }
    walk(nodes, role: "", item: nil)
  }

  /// The roles of the drawn nodes, and the items that have a drawn shape (a text aside): what the
  /// legend lists, found without building or measuring elements.
  func drawnRolesAndItems() -> (roles: Set<String>, itemsWithShapes: Set<String>) {
    var roles: Set<String> = []
    var items: Set<String> = []
    forEachDrawn { node, role, item in
      roles.insert(role)
      if case .text = node { return }
      if let item { items.insert(item) }
    }
    return (roles, items)
  }

  /// Every drawn node in paint order, with its role, item and box; texts are boxed by `measurer`
  /// (their ink as the renderer will draw them).
  public func elements(measurer: TextMeasuring) -> [SceneElement] {
    var out: [SceneElement] = []
    forEachDrawn { node, role, item in
      switch node {
      case .rect(let r):
        out.append(
          SceneElement(
            kind: "rect", role: role, item: item, x: r.x, y: r.y, width: r.width, height: r.height,
            fill: r.fill, stroke: r.stroke, color: nil, text: nil, dashed: false, pattern: r.pattern))
      case .line(let l):
        let x = min(l.from.x, l.to.x)
        let y = min(l.from.y, l.to.y)
        out.append(
          SceneElement(
            kind: "line", role: role, item: item, x: x, y: y, width: max(l.from.x, l.to.x) - x,
            height: max(l.from.y, l.to.y) - y, fill: nil, stroke: l.color, color: nil, text: nil,
            dashed: !l.dash.isEmpty))
      case .polygon(let p):
        let xs = p.points.map(\.x)
        let ys = p.points.map(\.y)
        let x = xs.min() ?? 0
        let y = ys.min() ?? 0
        out.append(
          SceneElement(
            kind: "polygon", role: role, item: item, x: x, y: y, width: (xs.max() ?? 0) - x,
            height: (ys.max() ?? 0) - y, fill: p.fill, stroke: p.stroke, color: nil, text: nil,
            dashed: false, pattern: p.pattern))
      case .text(let t):
        let ink = measurer.inkBox(of: t.text, font: t.font)
        out.append(
          SceneElement(
            kind: "text", role: role, item: item, x: t.minX + ink.x, y: t.y + ink.y, width: ink.width,
            height: ink.height, fill: nil, stroke: nil, color: t.color, text: t.text, dashed: false))
      case .group: break
      }
    }
    return out
  }
}
