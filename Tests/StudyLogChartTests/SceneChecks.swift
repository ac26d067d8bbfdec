import StudyLog

@testable import StudyLogChart

/// What the chart tests assert of every scene, on its elements (`Scene.elements`): each check
/// returns one line per violation, empty when the scene passes.
enum SceneChecks {
  /// Pairs of texts whose boxes overlap by more than 0.5 points.
  static func overlappingTexts(_ elements: [SceneElement]) -> [String] {
    let texts = elements.filter { $0.kind == "text" }.sorted { $0.x < $1.x }
    var out: [String] = []
    for (i, a) in texts.enumerated() {
      for b in texts[(i + 1)...] {
        if b.x >= a.maxX { break }
        if a.overlaps(b, tolerance: 0.5) {
          out.append("'\(a.text!)' (\(a.role)) overlaps '\(b.text!)' (\(b.role))")
        }
      }
    }
    return out
  }

  /// Lines that cross a text's box (lines drawn after the text, or under it but through it).
  static func linesThroughTexts(_ elements: [SceneElement]) -> [String] {
    let texts = elements.filter { $0.kind == "text" }
    var out: [String] = []
    for line in elements where line.kind == "line" {
      for t in texts where line.x < t.maxX && line.maxX > t.x && line.y < t.maxY && line.maxY > t.y {
        out.append("a \(line.role) line crosses '\(t.text!)' (\(t.role))")
      }
    }
    return out
  }

  /// The colour under the middle of `element`: the last filled rect or polygon painted before it
  /// whose box holds that point, else the background.
  static func colorUnder(_ index: Int, in elements: [SceneElement], background: Color) -> Color {
    let e = elements[index]
    let (cx, cy) = (e.x + e.width / 2, e.y + e.height / 2)
    for other in elements[..<index].reversed() where other.kind == "rect" || other.kind == "polygon" {
      if let fill = other.fill, other.x <= cx, cx <= other.maxX, other.y <= cy, cy <= other.maxY {
        return fill
      }
    }
    return background
  }

  /// Texts under 4.5:1 against what is under them; anything painted over a text's box after it
  /// (other than lines, checked above) also counts.
  static func lowContrastTexts(_ elements: [SceneElement], background: Color) -> [String] {
    var out: [String] = []
    for (i, e) in elements.enumerated() where e.kind == "text" {
      let under = colorUnder(i, in: elements, background: background)
      let ratio = e.color!.contrast(with: under)
      if ratio < 4.5 { out.append("'\(e.text!)' (\(e.role)) is \(ratio) against \(under)") }
      for later in elements[(i + 1)...]
      where later.kind != "line" && later.kind != "text" && later.overlaps(e) {
        out.append("a \(later.role) \(later.kind) is drawn over '\(e.text!)'")
      }
    }
    return out
  }

  /// Bars and milestones whose fill and outline are both under 3:1 against the background.
  static func faintBars(_ elements: [SceneElement], background: Color) -> [String] {
    elements.filter { ["bar.planned", "bar.actual", "milestone", "milestone.met"].contains($0.role) }
      .compactMap {
        let best = [$0.fill, $0.stroke].compactMap { $0?.contrast(with: background) }.max() ?? 1
        return best < 3 ? "item \($0.item ?? "?") \($0.role) is \(best):1" : nil
      }
  }

  /// The legend's names against what the rows draw: each category with a shape (bar, diamond
  /// or arrow), planned, actual and milestone when drawn, today when its line is.
  static func legendMismatch(_ elements: [SceneElement], roadmap: Roadmap, locale: Language) -> [String] {
    let shapes = elements.filter { $0.kind != "text" && $0.item != nil }
    let drawnItems = Set(shapes.compactMap(\.item))
    let roles = Set(elements.map(\.role))
    var expected = roadmap.categories.filter { c in
      roadmap.items.contains { $0.category == c && drawnItems.contains($0.id) }
    }
    if roles.contains("bar.planned") { expected.append(locale.text(.planned)) }
    if roles.contains("bar.actual") || roles.contains("milestone.met") {
      expected.append(locale.text(.actual))
    }
    if roles.contains("milestone") { expected.append(locale.text(.milestone)) }
    if elements.contains(where: { $0.role == "today" && $0.kind == "line" && $0.height > 20 }) {
      expected.append(locale.text(.today))
    }
    let listed = elements.filter { $0.role == "legend" && $0.kind == "text" }.compactMap(\.text)
    return listed == expected ? [] : ["legend \(listed), drawn \(expected)"]
  }

  /// Items with dates that show no shape at all, and items shown only by an arrow whose labels
  /// are not on the arrow's side of the plot (`plotLeft`...`plotRight`).
  static func croppingProblems(
    _ elements: [SceneElement], roadmap: Roadmap, plotLeft: Double, plotRight: Double
  ) -> [String] {
    var out: [String] = []
    let byItem = Dictionary(grouping: elements.filter { $0.item != nil }, by: { $0.item! })
    for item in roadmap.items where item.planned != nil || item.actualStart != nil {
      let row = byItem[item.id] ?? []
      let shapes = row.filter { $0.kind != "text" }
      if shapes.isEmpty { out.append("item \(item.id) has dates but nothing drawn") }
      let arrows = shapes.filter { $0.role == "arrow" }
      guard shapes.count == arrows.count, !arrows.isEmpty else { continue }
      let right = arrows.allSatisfy { $0.x >= plotRight }
      let middle = (plotLeft + plotRight) / 2
      for t in row where t.kind == "text" && t.role != "label" {
        if (t.x < middle) == right { out.append("item \(item.id): '\(t.text!)' is away from its arrow") }
      }
    }
    return out
  }
}
