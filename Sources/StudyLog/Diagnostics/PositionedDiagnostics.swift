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
