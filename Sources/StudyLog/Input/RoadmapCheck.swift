/// What `studylog check` reports of a roadmap file: every problem in it and how many items it
/// has, found with the same parser and diagnostics as `Roadmap.load`, but without keeping the
/// items. What stays in memory per row is the file's own bytes (the encoding is decided for the
/// whole file, and limits are checked before parsing), its line index, each id and each title in
/// its track with its line (later rows are checked against them), and the diagnostics.
public struct RoadmapCheck: Sendable {
  /// Every problem, by line, then column.
  public var diagnostics: [Diagnostic]
  /// The rows read as items (with or without errors in other cells).
  public var items: Int
  /// The encoding the file was read in; nil when it could not be decoded.
  public var encoding: TextEncoding?

  /// Checks a roadmap CSV from a file's bytes; `source` and `today` as for `Roadmap.load`.
  public init(bytes: [UInt8], source: String, today: Day) {
    switch RoadmapParser.parse(bytes: bytes, source: source, today: today, keepsItems: false) {
    case .failure(let diagnostic):
      (diagnostics, items, encoding) = ([diagnostic], 0, nil)
    case .success(let (parser, _, decodedAs)):
      (diagnostics, items, encoding) = (parser.log.sorted, parser.itemCount, decodedAs)
    }
  }
}
