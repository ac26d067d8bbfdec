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
