/// Where a reader reports the problems it finds, in the file's own kind of location: a byte
/// offset for CSV (`DiagnosticLog`), a line and column for markdown (`PositionedDiagnostics`).
/// The one row validator (`ItemRowReader`) reports through it, so that a roadmap row gets the same
/// diagnostics from a CSV file and from a post.
protocol DiagnosticSink {
  associatedtype Location
  /// A problem at a place in the file.
  mutating func add(_ severity: Diagnostic.Severity, _ message: String, at location: Location)
  /// A problem with a whole line (or, without a line, the whole file).
  mutating func add(_ severity: Diagnostic.Severity, _ message: String, line: Int?)
  /// The physical line that holds `location`.
  func line(of location: Location) -> Int
}

/// A 1-based line and column (in characters) in a text file.
struct TextPosition: Hashable, Sendable {
  var line: Int
  var column: Int?
}

/// Diagnostics of a file read by lines, such as a markdown post.
struct PositionedDiagnostics: DiagnosticSink {
  let source: String
  private(set) var diagnostics: [Diagnostic] = []

  init(source: String) { self.source = source }

  mutating func add(_ severity: Diagnostic.Severity, _ message: String, at location: TextPosition) {
    diagnostics.append(
      Diagnostic(severity, message, source: source, line: location.line, column: location.column))
  }

  mutating func add(_ severity: Diagnostic.Severity, _ message: String, line: Int?) {
    diagnostics.append(Diagnostic(severity, message, source: source, line: line))
  }

  func line(of location: TextPosition) -> Int { location.line }

  /// By line, then column, then the order they were found in.
  var sorted: [Diagnostic] { diagnostics.sortedByLocation() }
}

extension Array where Element == Diagnostic {
  /// By line, then column, then the order they were found in (a problem with the whole file
  /// first).
  func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let la = a.element.line ?? 0
      let lb = b.element.line ?? 0
      if la != lb { return la < lb }
      let ca = a.element.column ?? 0
      let cb = b.element.column ?? 0
      return ca != cb ? ca < cb : a.offset < b.offset
    }.map(\.element)
  }
}
