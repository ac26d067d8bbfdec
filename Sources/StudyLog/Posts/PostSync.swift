import Foundation

/// Keeps the parts of a post between studylog markers in step with a roadmap:
///
///     <!-- studylog:table track=SRE -->     (without track=, every track)
///     …replaced with the exported table…
///     <!-- studylog:end -->
///     <!-- studylog:image src=/assets/img/roadmap.png -->
///     …replaced with the image tag…
///     <!-- studylog:end -->
///
/// Markers inside fenced code blocks (```` ``` ```` or `~~~`) are examples and are left alone.
/// Every byte outside the markers stays as it was, line endings included. A table already there
/// keeps its header row (the user's column names, order and language).
public enum PostSync {
  public struct Outcome: Sendable {
    /// The post with its marked parts replaced; the original when there are errors.
    public var text: String
    public var changed: Bool
    public var diagnostics: [Diagnostic]
    /// How many marked parts were found.
    public var blocks: Int
  }

  struct Marker {
    enum Kind: String { case table, image, end }
    var kind: Kind
    var attributes: [String: String]
    var index: Int
    var line: Int
  }

  /// `<!-- studylog:table track="Data Eng" -->` alone on its line.
  static func marker(_ line: MarkdownLine, index: Int) -> Marker? {
    let t = line.text.trimmingWhitespace()
    guard t.hasPrefix("<!--"), t.hasSuffix("-->") else { return nil }
    let inner = t.dropFirst(4).dropLast(3).trimmingWhitespace()
    guard inner.hasPrefix("studylog:") else { return nil }
    let body = inner.dropFirst("studylog:".count)
    let word = body.prefix { !$0.isWhitespace }
    guard let kind = Marker.Kind(rawValue: String(word)) else { return nil }
    var attributes: [String: String] = [:]
    let pattern = #"([A-Za-z_-]+)\s*=\s*("([^"]*)"|'([^']*)'|(\S+))"#
    let rest = String(body.dropFirst(word.count))
    let regex = try! NSRegularExpression(pattern: pattern)
    for match in regex.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)) {
      let key = String(rest[Range(match.range(at: 1), in: rest)!])
      let value = [3, 4, 5].lazy.compactMap { Range(match.range(at: $0), in: rest) }.first.map {
        String(rest[$0])
      }
      attributes[key] = value ?? ""
    }
    return Marker(kind: kind, attributes: attributes, index: index, line: line.number)
  }

  /// Replaces every marked part of `post` with content from `roadmap`. `imageAlt` is the alt
  /// text of image tags.
  public static func sync(post: String, source: String, roadmap: Roadmap, style: DateStyle, imageAlt: String)
    -> Outcome
  {
    let lines = Markdown.lines(post)
    let ending = lines.first { !$0.ending.isEmpty }.map { String($0.ending) } ?? "\n"
    var diagnostics: [Diagnostic] = []
    func error(_ message: String, line: Int) {
      diagnostics.append(Diagnostic(.error, message, source: source, line: line))
    }

    // Pair the markers; those in fenced code blocks are examples, not markers.
    let fenced = CodeFence.fencedLines(lines)
    var pairs: [(open: Marker, end: Marker)] = []
    var open: Marker?
    for (i, line) in lines.enumerated() where !fenced[i] {
      guard let m = marker(line, index: i) else { continue }
      switch (m.kind, open) {
      case (.end, nil):
        error("studylog:end without an opening marker", line: m.line)
      case (.end, let o?):
        pairs.append((o, m))
        open = nil
      case (_, let o?):
        error(
          "studylog:\(m.kind.rawValue) inside the studylog:\(o.kind.rawValue) opened on line \(o.line)",
          line: m.line)
      case (_, nil):
        open = m
      }
    }
    if let o = open {
      error(
        "studylog:\(o.kind.rawValue) opened here is never closed with <!-- studylog:end -->", line: o.line)
    }
    if let fence = CodeFence.unclosed(lines), lines[fence...].contains(where: { marker($0, index: 0) != nil })
    {
      diagnostics.append(
        Diagnostic(
          .warning,
          "this code fence is never closed, so the studylog markers after it are taken as examples; close it",
          source: source, line: lines[fence].number))
    }
    for (o, _) in pairs {
      if o.kind == .image && (o.attributes["src"] ?? "").isEmpty {
        error(
          "studylog:image needs src=, e.g. <!-- studylog:image src=/assets/img/roadmap.png -->", line: o.line)
      }
      if o.kind == .table, let track = o.attributes["track"], !roadmap.tracks.contains(track) {
        error("no item of the roadmap has the track '\(track)'", line: o.line)
      }
    }
    guard !diagnostics.hasErrors else {
      return Outcome(text: post, changed: false, diagnostics: diagnostics, blocks: pairs.count)
    }

    var out = ""
    var next = 0
    for (o, e) in pairs {
      for line in lines[next...o.index] { out += line.text + line.ending }
      let inside = Array(lines[(o.index + 1)..<e.index])
      let content: [String]
      switch o.kind {
      case .image: content = ["![\(Markdown.escapeCell(imageAlt))](\(o.attributes["src"]!))"]
      default:
        // Blank lines around the tables: kramdown reads a table that touches a marker's line
        // as a paragraph.
        content =
          [""] + tableContent(inside: inside, track: o.attributes["track"], roadmap: roadmap, style: style)
          + [""]
      }
      for line in content { out += line + ending }
      next = e.index
    }
    for line in lines[next...] { out += line.text + line.ending }
    if pairs.isEmpty { out = post }
    return Outcome(text: out, changed: out != post, diagnostics: diagnostics, blocks: pairs.count)
  }

  /// The lines that go between a table's markers: one track's table, or every track's under
  /// `### Track` headings; with the header row of the table already there, if any.
  static func tableContent(inside: [MarkdownLine], track: String?, roadmap: Roadmap, style: DateStyle)
    -> [String]
  {
    // The header and delimiter rows of each table already there, by the heading above it (nil
    // before the first heading), so that every track keeps its own columns (the user's names, order
    // and language) and a second sync changes nothing.
    var headers: [String?: (line: String, cells: [String], delimiter: String)] = [:]
    var first: (line: String, cells: [String], delimiter: String)?
    var heading: String?
    for i in inside.indices {
      if let h = Markdown.heading(inside[i].text) {
        heading = h
      } else if i + 1 < inside.count, inside[i].text.contains("|"),
        Markdown.isDelimiterRow(inside[i + 1].text),
        headers[heading] == nil
      {
        headers[heading] = (
          String(inside[i].text), Markdown.split(inside[i].text).map(\.raw), String(inside[i + 1].text)
        )
        first = first ?? headers[heading]
      }
    }
    if let track {
      let header = headers[nil] ?? first
      return MarkdownExporter.table(roadmap.items.filter { $0.track == track }, style: style, header: header)
    }
    var lines: [String] = []
    for (i, group) in roadmap.byTrack.enumerated() {
      if i > 0 { lines.append("") }
      if let name = group.track { lines += ["### \(Markdown.escapeHeading(name))", ""] }
      // A track without a table yet takes the columns (and their language) of the first one.
      lines += MarkdownExporter.table(group.items, style: style, header: headers[group.track] ?? first)
    }
    return lines
  }
}
