#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Keeps the parts of a post between studylog markers in step with a roadmap:
///
///     <!-- studylog:table track=SRE -->     (without track=, every track)
///     …replaced with the exported table…
///     <!-- studylog:end -->
///     <!-- studylog:image src="/assets/img/roadmap.png" dark="…" alt="…" -->
///     …replaced with the image (a <picture> with dark=)…
///     <!-- studylog:end -->
///     <!-- studylog:report src="…" dark="…" -->
///     …replaced with the image, the summary, the week and the comparison (`PostSection`)…
///     <!-- studylog:end -->
///
/// Markers inside fenced code blocks (```` ``` ```` or `~~~`) are examples and are left alone.
/// What is written stands between blank lines, so that kramdown (GFM input, as GitHub Pages runs
/// it) reads tables as tables and a `<picture>` as HTML; a table of the post's own that touches a
/// marker's line gets a blank line between them for the same reason. Every other byte outside the
/// markers stays as it was, line endings included. A table already there keeps its header row (the
/// user's column names, order and language) and the cells of columns studylog does not own.
public enum PostSync {
  public struct Outcome: Sendable {
    /// The post with its marked parts replaced; the original when there are errors.
    public var text: String
    public var changed: Bool
    public var diagnostics: [Diagnostic]
    /// How many marked parts were found.
    public var blocks: Int
  }

  /// What a sync writes besides the roadmap's tables.
  public struct Settings: Sendable {
    /// Dates in tables.
    public var style: DateStyle
    /// The day statuses, alt texts and reports are taken on.
    public var today: Day
    /// The language of alt texts and reports.
    public var language: Language
    /// The roadmap's title, for alt texts.
    public var title: String
    /// The session log, for the week of a `studylog:report` part.
    public var sessions: [Session]?
    /// Settings written into every image and report marker (`--src`, `--dark`, `--alt`).
    public var imageChanges: [(key: String, value: String)]
    /// The alt text of an image whose marker gives none; nil for one that says what the chart
    /// shows (`PostImage.defaultAlt`).
    public var defaultAlt: String?

    public init(
      style: DateStyle = .yymmdd, today: Day, language: Language = .en, title: String,
      sessions: [Session]? = nil, imageChanges: [(key: String, value: String)] = [], defaultAlt: String? = nil
    ) {
      self.defaultAlt = defaultAlt
      self.style = style
      self.today = today
      self.language = language
      self.title = title
      self.sessions = sessions
      self.imageChanges = imageChanges
    }
  }

  /// `sync(post:source:roadmap:settings:)` with `imageAlt` for images whose marker has no alt
  /// text, as of the last day the roadmap names (so every actual date counts).
  public static func sync(post: String, source: String, roadmap: Roadmap, style: DateStyle, imageAlt: String)
    -> Outcome
  {
    let days = roadmap.items.flatMap { [$0.planned?.end, $0.actualStart, $0.actualEnd].compactMap { $0 } }
    let settings = Settings(
      style: style, today: days.max() ?? Day(year: 2000, month: 1, day: 1)!, title: imageAlt,
      defaultAlt: imageAlt)
    return sync(post: post, source: source, roadmap: roadmap, settings: settings)
  }

  /// Replaces every marked part of `post` with content from `roadmap`.
  public static func sync(post: String, source: String, roadmap: Roadmap, settings: Settings) -> Outcome {
    let lines = Markdown.lines(post)
    let ending = lines.first { !$0.ending.isEmpty }.map { String($0.ending) } ?? "\n"
    var diagnostics: [Diagnostic] = []
    func error(_ message: String, line: Int) {
      diagnostics.append(Diagnostic(.error, message, source: source, line: line))
    }

    let pairs = markerPairs(lines, source: source, diagnostics: &diagnostics)
    diagnostics += markerProblems(pairs.map(\.open), roadmap: roadmap, settings: settings, source: source)
    guard !diagnostics.hasErrors else {
      return Outcome(text: post, changed: false, diagnostics: diagnostics, blocks: pairs.count)
    }

    func isTableLine(_ i: Int) -> Bool {
      lines.indices.contains(i) && lines[i].text.contains("|") && PostMarker.parse(lines[i], index: i) == nil
    }
    var out = ""
    var next = 0
    for (o, e) in pairs {
      for line in lines[next..<o.index] { out += line.text + line.ending }
      // kramdown reads a table that touches a marker's line as a paragraph, the post's own tables
      // outside the markers too: a blank line between them.
      if o.index > next, isTableLine(o.index - 1) { out += ending }
      out += markerLine(lines[o.index], o, settings: settings) + lines[o.index].ending
      let inside = Array(lines[(o.index + 1)..<e.index])
      let content: [String]
      switch o.kind {
      case .image:
        content = [""] + image(o, roadmap: roadmap, settings: settings).lines + [""]
      case .report:
        content = [""] + PostSection.lines(o, roadmap: roadmap, settings: settings) + [""]
      default:
        let table = tableContent(
          inside: inside, track: o["track"], roadmap: roadmap, style: settings.style,
          fill: TableFill(today: settings.today, language: settings.language))
        content = [""] + table.lines + [""]
        if let note = table.missingActual {
          diagnostics.append(Diagnostic(.note, note, source: source, line: o.line))
        }
        if !table.replaced.isEmpty {
          let more = table.replaced.count > 10 ? " and \(table.replaced.count - 10) more cells" : ""
          let note =
            "the roadmap's values replace what the post had in "
            + table.replaced.prefix(10).joined(separator: ", ") + more
            + "; the roadmap's user columns win over the post's cells"
          diagnostics.append(Diagnostic(.note, note, source: source, line: o.line))
        }
      }
      for line in content { out += line + ending }
      out += lines[e.index].text + lines[e.index].ending
      if isTableLine(e.index + 1) { out += lines[e.index].ending.isEmpty ? ending + ending : ending }
      next = e.index + 1
    }
    for line in lines[next...] { out += line.text + line.ending }
    if pairs.isEmpty { out = post }
    return Outcome(text: out, changed: out != post, diagnostics: diagnostics, blocks: pairs.count)
  }

  /// The marker's line with `settings.imageChanges` written into an image or report marker;
  /// as it was otherwise.
  static func markerLine(_ line: MarkdownLine, _ marker: PostMarker, settings: Settings) -> String {
    guard marker.kind == .image || marker.kind == .report, !settings.imageChanges.isEmpty else {
      return String(line.text)
    }
    let indent = line.text.prefix { $0 == " " || $0 == "\t" }
    return marker.line(changing: settings.imageChanges, indent: indent) ?? String(line.text)
  }

  /// The image of an image or report marker: its settings, overridden by `--src`, `--dark` and
  /// `--alt`; the alt text says what the chart shows when neither gives one.
  static func image(_ marker: PostMarker, roadmap: Roadmap, settings: Settings) -> PostImage {
    func value(_ key: String) -> String? {
      (settings.imageChanges.last { $0.key == key }?.value ?? marker[key]).flatMap { $0.isEmpty ? nil : $0 }
    }
    let alt =
      value("alt") ?? settings.defaultAlt
      ?? PostImage.defaultAlt(
        roadmap, title: settings.title, today: settings.today, language: settings.language)
    return PostImage(src: value("src") ?? "", dark: value("dark"), alt: alt)
  }

  /// Pairs each opening marker with its `studylog:end`; markers in fenced code blocks are
  /// examples, not markers. Unpaired and nested markers are errors.
  static func markerPairs(_ lines: [MarkdownLine], source: String, diagnostics: inout [Diagnostic])
    -> [(open: PostMarker, end: PostMarker)]
  {
    func error(_ message: String, line: Int) {
      diagnostics.append(Diagnostic(.error, message, source: source, line: line))
    }
    let fenced = CodeFence.fencedLines(lines)
    var pairs: [(open: PostMarker, end: PostMarker)] = []
    var open: PostMarker?
    for (i, line) in lines.enumerated() where !fenced[i] {
      guard let m = PostMarker.parse(line, index: i) else { continue }
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
    if let fence = CodeFence.unclosed(lines),
      lines[fence...].contains(where: { PostMarker.parse($0, index: 0) != nil })
    {
      diagnostics.append(
        Diagnostic(
          .warning,
          "this code fence is never closed, so the studylog markers after it are taken as examples; close it",
          source: source, line: lines[fence].number))
    }
    return pairs
  }

  /// The lines that go between a table's markers: one track's table, or every track's under
  /// `### Track` headings; with the header row of the table already there, if any, and the cells
  /// of its columns studylog does not own. `missingActual` says how to show actual dates that the
  /// tables' columns leave out; `replaced` names the kept cells that the roadmap's user columns
  /// replace (`TableFill.replaced`).
  static func tableContent(
    inside: [MarkdownLine], track: String?, roadmap: Roadmap, style: DateStyle, fill: TableFill
  ) -> (lines: [String], missingActual: String?, replaced: [String]) {
    // The header and delimiter rows of each table already there, by the heading above it (nil
    // before the first heading), so that every track keeps its own columns (the user's names, order
    // and language) and a second sync changes nothing.
    typealias Header = (line: String, cells: [String], delimiter: String)
    var headers: [String?: Header] = [:]
    var first: Header?
    var heading: String?
    var fill = fill
    for i in inside.indices {
      if let h = Markdown.heading(inside[i].text) {
        heading = h
      } else if i + 1 < inside.count, inside[i].text.contains("|"),
        Markdown.isDelimiterRow(inside[i + 1].text)
      {
        let cells = Markdown.split(inside[i].text).map(\.raw)
        let rows = inside[(i + 2)...].prefix {
          !$0.text.trimmingWhitespace().isEmpty && $0.text.contains("|")
        }
        fill.keep(header: cells, rows: rows.map { Markdown.split($0.text).map(\.raw) })
        if headers[heading] == nil {
          headers[heading] = (String(inside[i].text), cells, String(inside[i + 1].text))
          first = first ?? headers[heading]
        }
      }
    }
    // How many items have actual dates that a table's own header leaves out.
    func hidden(_ items: [Item], _ header: Header?) -> Int {
      let shown = header?.cells.compactMap { RoadmapColumn(header: Markdown.inline($0).text) }
      guard let shown, !shown.contains(where: { [.actual, .actualStart, .actualEnd].contains($0) }) else {
        return 0
      }
      return items.count { $0.actualStart != nil }
    }
    var lines: [String] = []
    var hiddenCount = 0
    var replaced: [String] = []
    let extras = roadmap.extraColumns
    if let track {
      let items = roadmap.items.filter { $0.track == track }
      let header = headers[nil] ?? first
      lines = MarkdownExporter.table(
        items, style: style, extraColumns: extras, header: header, fill: fill, language: fill.language)
      hiddenCount = hidden(items, header)
      replaced = fill.replaced(items, header: header?.cells ?? [], extraColumns: extras)
    } else {
      for (i, group) in roadmap.byTrack.enumerated() {
        if i > 0 { lines.append("") }
        if let name = group.track { lines += ["### \(Markdown.escapeHeading(name))", ""] }
        // A track without a table yet takes the columns (and their language) of the first one.
        let header = headers[group.track] ?? first
        lines += MarkdownExporter.table(
          group.items, style: style, extraColumns: extras, header: header, fill: fill, language: fill.language
        )
        hiddenCount += hidden(group.items, header)
        replaced += fill.replaced(group.items, header: header?.cells ?? [], extraColumns: extras)
      }
    }
    let note =
      hiddenCount == 0
      ? nil
      : "\(hiddenCount) item\(hiddenCount == 1 ? " has" : "s have") actual dates that this table does not show;"
        + " add a column headed Actual (or 실제) to its header and delimiter rows to show them"
    return (lines, note, replaced)
  }
}
