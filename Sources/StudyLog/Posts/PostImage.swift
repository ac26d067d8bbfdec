/// The image a `studylog:image` (or `studylog:report`) marker asks for, written so that kramdown
/// (GFM input) and cmark-gfm show it: `![alt](src)`, or with a dark variant a `<picture>` whose
/// `<source>` serves the dark image under `prefers-color-scheme: dark`. The lines stand between
/// blank lines, so that kramdown reads the `<picture>` as an HTML block.
struct PostImage {
  /// The light (or only) image's path or URL, as the marker gives it (Liquid kept).
  var src: String
  /// The dark image's path or URL.
  var dark: String?
  var alt: String

  /// The image's lines, without the blank lines around them.
  var lines: [String] {
    guard let dark else { return ["![\(Markdown.escapeCell(alt))](\(Markdown.imageDestination(src)))"] }
    return [
      "<picture>",
      "<source media=\"(prefers-color-scheme: dark)\" srcset=\(Markdown.htmlAttribute(dark, isURL: true))>",
      "<img src=\(Markdown.htmlAttribute(src, isURL: true)) alt=\(Markdown.htmlAttribute(alt))>",
      "</picture>",
    ]
  }

  /// What a timeline of `roadmap` shows, in `language`: its title, how many items, the planned
  /// span and how many are done as of `today`.
  static func defaultAlt(_ roadmap: Roadmap, title: String, today: Day, language: Language) -> String {
    let planned = roadmap.items.compactMap(\.planned)
    let span =
      planned.isEmpty
      ? nil : DayRange(planned.map(\.start).min()!, planned.map(\.end).max()!)
    let done = roadmap.items.count { $0.status(on: today) == .done }
    return language.text(.timelineAlt(title: title, items: roadmap.items.count, span: span, done: done))
  }
}
