/// Collects the diagnostics of one decoded file, turning byte offsets into lines and columns.
struct DiagnosticLog: DiagnosticSink {
  let source: String
  let text: SourceText
  private(set) var diagnostics: [Diagnostic] = []

  init(source: String, text: SourceText) {
    self.source = source
    self.text = text
  }

  /// Decodes a file's bytes for parsing (with a warning for CP949), or gives the diagnostic that
  /// says why it cannot be read.
  static func decoding(_ bytes: [UInt8], source: String) -> Result<
    (log: DiagnosticLog, encoding: TextEncoding), Diagnostic
  > {
    switch TextDecoder.decode(bytes) {
    case .failure(let error):
      return .failure(Diagnostic(.error, error.message, source: source, line: error.line))
    case .success(let decoded):
      var log = DiagnosticLog(source: source, text: SourceText(decoded.utf8))
      if decoded.encoding == .cp949 {
        log.add(
          .warning,
          "read as CP949 (EUC-KR), the encoding Excel uses in a Korean locale; re-save as 'CSV UTF-8' to share it safely",
          line: nil)
      }
      return .success((log, decoded.encoding))
    }
  }

  mutating func error(_ message: String, at offset: Int) {
    add(.error, message, at: offset)
  }

  mutating func warning(_ message: String, at offset: Int) {
    add(.warning, message, at: offset)
  }

  mutating func add(_ severity: Diagnostic.Severity, _ message: String, line: Int?) {
    diagnostics.append(Diagnostic(severity, message, source: source, line: line))
  }

  mutating func add(_ severity: Diagnostic.Severity, _ message: String, at offset: Int) {
    let (line, column) = text.location(ofByte: offset)
    diagnostics.append(Diagnostic(severity, message, source: source, line: line, column: column))
  }

  func line(of offset: Int) -> Int { text.line(ofByte: offset) }

  /// Adds diagnostics found with another log of the same file.
  mutating func append(_ found: ArraySlice<Diagnostic>) {
    diagnostics.append(contentsOf: found)
  }

  /// Reports the CSV reader's issues.
  mutating func add(_ issues: [CSVIssue]) {
    for issue in issues { add(issue.severity, issue.message, at: issue.offset) }
  }

  /// By line, then column, then the order they were found in.
  var sorted: [Diagnostic] { diagnostics.sortedByLocation() }

  /// True when the text is empty or only white space.
  var isBlank: Bool { text.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
}
