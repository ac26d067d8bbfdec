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
    var document = ""
    write(scene, dark: dark, annotations: annotations) { document += $0 }
    return document
  }

  /// Hands the document `document(_:dark:annotations:)` makes to `emit`, in order, in pieces of
  /// about `chunkSize` UTF-8 bytes (at most one element more), so that no copy of the whole
  /// document is ever held. The body is written twice: once to learn what comes before it (the
  /// document's id, a hash of the body, and the colours and pattern tiles it uses), keeping
  /// nothing of it, and once for `emit`. An error `emit` throws stops the writing.
  public func write<E: Error>(
    _ scene: Scene, dark: Scene? = nil, annotations: SVGAnnotations, chunkSize: Int = 1 << 16,
    into emit: (String) throws(E) -> Void
  ) throws(E) {
    let paired = dark.flatMap { Self.sameLayout(scene, $0) ? $0 : nil }
    func walk<F: Error>(_ body: inout SVGBody, flush: (String) throws(F) -> Void) throws(F) {
      body.chunkSize = chunkSize
      body.rect(
        RectNode(x: 0, y: 0, width: scene.width, height: scene.height, fill: scene.background),
        dark: RectNode(x: 0, y: 0, width: scene.width, height: scene.height, fill: paired?.background))
      try body.walk(scene.nodes, dark: paired?.nodes ?? scene.nodes, item: nil, flush: flush)
      try flush(body.out)
      body.out = ""
    }

    var hash = Hash()
    var first = SVGBody(annotations: annotations)
    walk(&first) { hash.add($0) }
    hash.add(annotations.title)
    hash.add(annotations.description)
    let id = "studylog-" + hash.hex

    let size = "width=\"\(fmt(scene.width))\" height=\"\(fmt(scene.height))\""
    let lang = annotations.language.rawValue
    var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    head +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" \(size)"
      + " viewBox=\"0 0 \(fmt(scene.width)) \(fmt(scene.height))\" role=\"img\""
      + " aria-labelledby=\"\(id)-t \(id)-d\" lang=\"\(lang)\" xml:lang=\"\(lang)\" xml:space=\"preserve\">\n"
    head += "<title id=\"\(id)-t\">\(XMLText.content(annotations.title))</title>\n"
    head += "<desc id=\"\(id)-d\">\(XMLText.content(annotations.description))</desc>\n"
    head += "<style>\n"
    head += XMLText.content(
      "text{font-family:\(Self.cssFontFamilies(families));dominant-baseline:central}\n"
        + first.palette.css(root: "#" + id, twoThemes: paired != nil))
    head += "</style>\n"
    try emit(head + first.patterns.defs(document: id))

    // The same walk gives the same colours and tiles: the second starts with the first's, and its
    // references name the id.
    var second = SVGBody(annotations: annotations)
    second.palette = first.palette
    second.patterns = first.patterns
    second.patterns.document = id
    try walk(&second) { (chunk) throws(E) in if !chunk.isEmpty { try emit(chunk) } }
    try emit("</svg>\n")
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
    var h = Hash()
    h.add(text)
    return h.hex
  }

  /// FNV-1a (32 bits) of UTF-8 added piece by piece.
  struct Hash {
    private var h: UInt32 = 0x811C_9DC5

    mutating func add(_ text: String) {
      for byte in text.utf8 { h = (h ^ UInt32(byte)) &* 0x0100_0193 }
    }

    /// The hash so far, 8 hex digits.
    var hex: String {
      let hex = String(h, radix: 16)
      return String(repeating: "0", count: 8 - hex.count) + hex
    }
  }
}
