/// The most studylog reads from one file. Every command reads a whole roadmap or session log and
/// keeps it in memory (`check` keeps the file and what later rows are checked against, not the
/// items), and the costliest outputs (the export as JSON, a tree of every value, and as markdown)
/// take about 45 µs and up to 3.6 KB per item, so larger files are refused before they are
/// parsed (exit 65), with what to do instead.
public enum InputLimits {
  /// Which kind of file is read, with its limits.
  public enum Kind: Sendable {
    /// A roadmap CSV file.
    case roadmap
    /// A session log (CSV).
    case sessionLog
    /// A markdown post (`import`, `sync`), whose tables hold a roadmap.
    case post

    /// Bytes the file may hold: 32 MiB for a roadmap (twice the 15 MB of 100,000 generated rows),
    /// 4 MiB for a session log, 2 MiB for a post.
    public var maxBytes: Int {
      switch self {
      case .roadmap: return 32 << 20
      case .sessionLog: return 4 << 20
      case .post: return 2 << 20
      }
    }

    /// Lines the file may have, the header included: 120,000 for a roadmap (at that size
    /// `export` took 4.9 s and 434 MB as JSON and 5.4 s as markdown on a busy 2-core machine,
    /// where `check` took 1.0 s and `compare` 1.9 s at 100,000 rows), 100,000 for a session log,
    /// 10,000 for a post (whose tables are read cell by cell with their markup, about 0.5 ms a
    /// row). A quoted cell that holds line breaks counts each of its lines.
    public var maxLines: Int {
      switch self {
      case .roadmap: return 120_000
      case .sessionLog: return 100_000
      case .post: return 10_000
      }
    }

    /// What the file is called in messages.
    var name: String {
      switch self {
      case .roadmap: return "a roadmap"
      case .sessionLog: return "a session log"
      case .post: return "a post"
      }
    }

    /// `maxBytes` in MiB, for messages.
    var mebibytes: String { "\(maxBytes >> 20) MiB" }

    /// What to do with a file over a limit.
    var advice: String {
      switch self {
      case .roadmap: return "split it into several files (one per track, say)"
      case .sessionLog: return "move older sessions into another file"
      case .post: return "split it into several posts"
      }
    }
  }

  /// Fields a row may have (the header's columns included), and cells a post's table row may
  /// have: 100. A file's diagnostics point into its rows, and finding the column of each costs
  /// the length of its line, so that rows of thousands of fields, each with a warning, took
  /// minutes.
  public static let maxFields = 100

  /// Refuses a file of `size` bytes, before it is read, when it is larger than `kind.maxBytes`.
  /// `source` names it in the message; `isWhole` is false when only the first `size` bytes of a
  /// stream were read.
  public static func checkSize(_ size: Int, source: String, kind: Kind, isWhole: Bool = true)
    throws(LimitError)
  {
    guard size > kind.maxBytes else { return }
    let what = isWhole ? "is \(LimitError.grouped(size)) bytes" : "is larger than \(kind.mebibytes)"
    throw LimitError(
      "\(source) \(what); studylog reads at most \(kind.mebibytes)"
        + " (\(LimitError.grouped(kind.maxBytes)) bytes) from \(kind.name): \(kind.advice)",
      exitCode: ExitStatus.dataError)
  }

  /// Refuses `bytes`, the whole file, when it is larger than `kind.maxBytes`, has more lines
  /// than `kind.maxLines`, or a row with more than `maxFields` fields.
  public static func check(_ bytes: [UInt8], source: String, kind: Kind) throws(LimitError) {
    try checkSize(bytes.count, source: source, kind: kind)
    let shape = Shape(bytes, isCSV: kind != .post)
    if shape.lines > kind.maxLines {
      throw LimitError(
        "\(source) has \(LimitError.grouped(shape.lines)) lines; \(kind.name) may have at most"
          + " \(LimitError.grouped(kind.maxLines)): \(kind.advice)",
        exitCode: ExitStatus.dataError)
    }
    if shape.widestRow.fields > maxFields {
      let (fields, line) = shape.widestRow
      throw LimitError(
        kind == .post
          ? "\(source):\(line): the line has \(LimitError.grouped(fields - 1)) '|'; a table row may have at most"
            + " \(maxFields) cells: delete the columns studylog does not read"
          : "\(source):\(line): the row has \(LimitError.grouped(fields)) fields; a row may have at most"
            + " \(maxFields): delete the columns studylog does not read",
        exitCode: ExitStatus.dataError)
    }
  }

  /// The number of lines in `bytes`, ended by LF, CR LF or CR; a last line without an ending
  /// counts too.
  public static func lineCount(_ bytes: [UInt8]) -> Int { Shape(bytes).lines }
}
