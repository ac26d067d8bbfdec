import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes a `Scene` as an SVG document for the web: text as `<text>` in the chart's fonts, so that
/// the browser draws it and readers can select, search, translate and hear it; colours as CSS
/// custom properties, so that one file can follow the reader's colour scheme; item titles as links
/// and item rows with tooltips (`SVGAnnotations`). Another renderer over the same scene as
/// `CairoRenderer`, which draws glyphs as outlines instead.
///
/// The document is deterministic (the same scene gives the same bytes), well-formed XML 1.0
/// whatever the text holds, and refers to nothing outside itself. Coordinates are CSS pixels, one
/// per point, rounded to 0.01.
public struct SVGWriter: Sendable {
  /// The font families, a comma-separated list as `--font` takes it.
  public let families: String

  public init(families: String) {
    self.families = families
  }

  /// The document for `scene`. With `dark`, the same layout in the dark theme, the document
  /// takes the dark colours when the reader's scheme is dark; without it, `scene`'s colours
  /// always. A `dark` scene laid out differently from `scene` is ignored.
  public func document(_ scene: Scene, dark: Scene? = nil, annotations: SVGAnnotations) -> String {
    let paired = dark.flatMap { Self.sameLayout(scene, $0) ? $0 : nil }
    var body = SVGBody(annotations: annotations)
    body.rect(
      RectNode(x: 0, y: 0, width: scene.width, height: scene.height, fill: scene.background),
      dark: RectNode(x: 0, y: 0, width: scene.width, height: scene.height, fill: paired?.background))
    body.walk(scene.nodes, dark: paired?.nodes ?? scene.nodes, item: nil)

    let id = "studylog-" + Self.hash(body.out + annotations.title + annotations.description)
    let drawing = body.out.replacing(SVGPatterns.documentID, with: id)
    let size = "width=\"\(fmt(scene.width))\" height=\"\(fmt(scene.height))\""
    let lang = annotations.language.rawValue
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" \(size)"
      + " viewBox=\"0 0 \(fmt(scene.width)) \(fmt(scene.height))\" role=\"img\""
      + " aria-labelledby=\"\(id)-t \(id)-d\" lang=\"\(lang)\" xml:lang=\"\(lang)\" xml:space=\"preserve\">\n"
    out += "<title id=\"\(id)-t\">\(XMLText.content(annotations.title))</title>\n"
    out += "<desc id=\"\(id)-d\">\(XMLText.content(annotations.description))</desc>\n"
    out += "<style>\n"
    out += XMLText.content(
      "text{font-family:\(Self.cssFontFamilies(families));dominant-baseline:central}\n"
        + body.palette.css(root: "#" + id, twoThemes: paired != nil))
    out += "</style>\n"
    return out + body.patterns.defs(document: id) + drawing + "</svg>\n"
  }

  /// `text` without the spaces and tabs around it (what `CharacterSet.whitespaces` trimmed).
  private static func trimmingBlanks(_ text: Substring) -> String {
    let isBlank = { (c: Unicode.Scalar) in c == "\t" || c.properties.generalCategory == .spaceSeparator }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isBlank($0) })!
    return String(scalars[first...last])
  }

  /// `families` as a CSS `font-family` value: each name quoted unless it is a generic family, and
  /// `sans-serif` last when the list names no generic family.
  static func cssFontFamilies(_ families: String) -> String {
    let generic: Set<String> = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]
    var names = families.split(separator: ",").map(trimmingBlanks).filter {
      !$0.isEmpty
    }
    if !names.contains(where: { generic.contains($0.lowercased()) }) { names.append("sans-serif") }
    return names.map { name in
      if generic.contains(name.lowercased()) { return name.lowercased() }
      var quoted = "\""
      for scalar in name.unicodeScalars {
        switch scalar {
        case "\"", "\\": quoted += "\\" + String(scalar)
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: quoted += " "
        default: quoted.unicodeScalars.append(scalar)
        }
      }
      return quoted + "\""
    }.joined(separator: ",")
  }

  /// Whether two scenes have the same nodes in the same places, whatever their colours (and their
  /// patterns' colours).
  static func sameLayout(_ a: Scene, _ b: Scene) -> Bool {
    a.width == b.width && a.height == b.height && sameLayout(a.nodes, b.nodes)
  }

  private static func sameLayout(_ a: [SceneNode], _ b: [SceneNode]) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
      switch (x, y) {
      case (.group(let n, let c), .group(let m, let d)):
        guard n == m, sameLayout(c, d) else { return false }
      case (.rect(var r), .rect(let s)):
        (r.fill, r.stroke) = (s.fill, s.stroke)
        if let color = s.pattern?.color { r.pattern?.color = color }
        guard r == s else { return false }
      case (.line(var l), .line(let m)):
        l.color = m.color
        guard l == m else { return false }
      case (.polygon(var p), .polygon(let q)):
        (p.fill, p.stroke) = (q.fill, q.stroke)
        if let color = q.pattern?.color { p.pattern?.color = color }
        guard p == q else { return false }
      case (.text(var t), .text(let u)):
        t.color = u.color
        guard t == u else { return false }
      default: return false
      }
    }
    return true
  }

  /// FNV-1a (32 bits) of `text`'s UTF-8, in hex: the document's id, so that two charts inlined
  /// in one page keep their own colours.
  static func hash(_ text: String) -> String {
    var h: UInt32 = 0x811C_9DC5
    for byte in text.utf8 { h = (h ^ UInt32(byte)) &* 0x0100_0193 }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
