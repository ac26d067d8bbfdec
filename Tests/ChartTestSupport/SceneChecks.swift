import StudyLog
import StudyLogChart

/// What the chart tests assert of every scene, on its elements (`Scene.elements`): each check
/// returns one line per violation, empty when the scene passes.
public enum SceneChecks {
  /// Pairs of texts whose boxes overlap by more than 0.5 points.
  public static func overlappingTexts(_ elements: [SceneElement]) -> [String] {
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
  public static func linesThroughTexts(_ elements: [SceneElement]) -> [String] {
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
  public static func colorUnder(_ index: Int, in elements: [SceneElement], background: Color) -> Color {
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
  public static func lowContrastTexts(_ elements: [SceneElement], background: Color) -> [String] {
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
  public static func faintBars(_ elements: [SceneElement], background: Color) -> [String] {
    elements.filter { ["bar.planned", "bar.actual", "milestone", "milestone.met"].contains($0.role) }
      .compactMap {
        let best = [$0.fill, $0.stroke].compactMap { $0?.contrast(with: background) }.max() ?? 1
        return best < 3 ? "item \($0.item ?? "?") \($0.role) is \(best):1" : nil
      }
  }

  /// The legend's names against what the rows draw: each category with a shape (bar, diamond
  /// or arrow), planned, actual and milestone when drawn, today when its line is.
  public static func legendMismatch(_ elements: [SceneElement], roadmap: Roadmap, locale: Language)
    -> [String]
  {
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

  /// Categories that look alike: two legend swatches with the same colour and pattern, or an
  /// item's bar or diamond whose pattern is not its category's swatch's.
  public static func categoryCueProblems(_ elements: [SceneElement], roadmap: Roadmap) -> [String] {
    var out: [String] = []
    var cue: [String: FillPattern.Kind?] = [:]
    var seen: [String: String] = [:]
    let legend = elements.filter { $0.role == "legend" }
    for (swatch, name) in zip(legend, legend.dropFirst()) where swatch.kind == "rect" && name.kind == "text" {
      guard roadmap.categories.contains(name.text!) else { continue }
      let key = "\(swatch.fill!) \(swatch.pattern?.kind.rawValue ?? "plain")"
      if let other = seen[key] { out.append("\(name.text!) looks like \(other): \(key)") }
      seen[key] = name.text!
      cue[name.text!] = swatch.pattern?.kind
    }
    let category = Dictionary(uniqueKeysWithValues: roadmap.items.map { ($0.id, $0.category) })
    for e in elements where ["bar.planned", "bar.actual", "milestone"].contains(e.role) {
      guard let item = e.item, let name = category[item], let expected = cue[name] else { continue }
      if e.fill != nil, e.stroke != Theme.light.mutedText, e.stroke != Theme.dark.mutedText,
        e.pattern?.kind != expected
      {
        out.append(
          "item \(item) \(e.role) has \(e.pattern?.kind.rawValue ?? "no pattern"), \(name) has \(expected?.rawValue ?? "none")"
        )
      }
    }
    return out
  }

  /// Marker labels a reader cannot follow to their line: each marker group (`markers` in the
  /// scene) must hold a label and a chain of lines that starts under the label, within its
  /// width, and runs (joined end to end, or down the same x past a cut around a text) to the
  /// marker's own x, `lineX[label]`, and on to `bottom`. Leaders that bend must not cross.
  public static func unattachedMarkerLabels(_ markers: [SceneNode], lineX: [String: Double], bottom: Double)
    -> [String]
  {
    var out: [String] = []
    var bends: [(Point, Point)] = []
    for case .group(_, let children) in markers {
      guard let label = Scene.texts(in: children).first else {
        out.append("a marker without a label")
        continue
      }
      let lines = children.compactMap { node -> LineNode? in
        if case .line(let l) = node { return l }
        return nil
      }
      bends += lines.filter { $0.from.x != $0.to.x }.map { ($0.from, $0.to) }
      guard
        var current = lines.first(where: {
          $0.from.x >= label.minX && $0.from.x <= label.maxX && $0.from.y > label.y
            && $0.from.y < label.y + 10
        })
      else {
        out.append("'\(label.text)' has no line starting under it")
        continue
      }
      while let next = lines.first(where: { n in
        (abs(n.from.x - current.to.x) < 0.01 && abs(n.from.y - current.to.y) < 0.01)
          || (n.from.x == n.to.x && current.from.x == current.to.x && n.from.x == current.to.x
            && n.from.y > current.to.y && n.from.y < current.to.y + 30)
      }) {
        current = next
      }
      guard let x = lineX[label.text] else {
        out.append("'\(label.text)' is not a marker's label")
        continue
      }
      if abs(current.to.x - x) > 0.01 || abs(current.to.y - bottom) > 0.01 {
        out.append("'\(label.text)' leads to \(current.to), not down to its line at x \(x)")
      }
    }
    for (i, a) in bends.enumerated() {
      for b in bends[(i + 1)...] where crosses(a, b) { out.append("leaders \(a) and \(b) cross") }
    }
    return out
  }

  /// Whether two segments cross at a point inside both.
  public static func crosses(_ a: (Point, Point), _ b: (Point, Point)) -> Bool {
    func side(_ p: Point, _ q: Point, _ r: Point) -> Double {
      (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
    }
    return side(a.0, a.1, b.0) * side(a.0, a.1, b.1) < 0 && side(b.0, b.1, a.0) * side(b.0, b.1, a.1) < 0
  }

  /// Items with dates that show no shape at all, and items shown only by an arrow whose labels
  /// are not on the arrow's side of the plot (`plotLeft`...`plotRight`).
  public static func croppingProblems(
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
