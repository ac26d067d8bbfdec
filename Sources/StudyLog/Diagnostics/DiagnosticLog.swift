/// Collects the diagnostics of one file, turning byte offsets into lines and columns.
struct DiagnosticLog {
  let source: String
  let text: SourceText
  private(set) var diagnostics: [Diagnostic] = []

  init(source: String, text: SourceText) {
    self.source = source
    self.text = text
  }

  mutating func error(_ message: String, at offset: Int) {
    add(.error, message, at: offset)
  }

  mutating func warning(_ message: String, at offset: Int) {
    add(.warning, message, at: offset)
  }

  /// A problem with a whole line (or, without a line, the whole file).
  mutating func add(_ severity: Diagnostic.Severity, _ message: String, line: Int?) {
    diagnostics.append(Diagnostic(severity, message, source: source, line: line))
  }

  private mutating func add(_ severity: Diagnostic.Severity, _ message: String, at offset: Int) {
    let (line, column) = text.location(ofByte: offset)
    diagnostics.append(Diagnostic(severity, message, source: source, line: line, column: column))
  }

  /// Reports the CSV reader's issues.
  mutating func add(_ issues: [CSVIssue]) {
    for issue in issues { add(issue.severity, issue.message, at: issue.offset) }
  }

  /// By line, then column, then the order they were found in.
  var sorted: [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let la = a.element.line ?? 0
      let lb = b.element.line ?? 0
      if la != lb { return la < lb }
      let ca = a.element.column ?? 0
      let cb = b.element.column ?? 0
      return ca != cb ? ca < cb : a.offset < b.offset
    }.map(\.element)
  }

  /// Decodes a file's bytes for parsing: the text, or the diagnostic that says why it cannot be
  /// read; with a warning for CP949.
  static func decode(_ bytes: [UInt8], source: String) -> (
    log: DiagnosticLog?, failure: Diagnostic?, encoding: TextEncoding?
  ) {
    switch TextDecoder.decode(bytes) {
    case .failure(let error):
      return (nil, Diagnostic(.error, error.message, source: source, line: error.line), nil)
    case .success(let decoded):
      var log = DiagnosticLog(source: source, text: SourceText(decoded.utf8))
      if decoded.encoding == .cp949 {
        log.add(
          .warning,
          "read as CP949 (EUC-KR), the encoding Excel uses in a Korean locale; re-save as 'CSV UTF-8' to share it safely",
          line: nil)
      }
      return (log, nil, decoded.encoding)
    }
  }

  /// True when the text is empty or only white space.
  var isBlank: Bool { text.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
}
