/// Why `log` appends nothing to a session log (exit 65): the file is left as it was.
public enum SessionLogAppendError: StudyLogError, Equatable {
  /// The file does not start with a session log's header (or is not text); `diagnostics` are the
  /// reader's.
  case notASessionLog(String, diagnostics: [Diagnostic])
  /// The log has errors, such as an unterminated quote in its last field, into which a new line
  /// would vanish; `diagnostics` are the reader's, to print.
  case doesNotReadCleanly(String, diagnostics: [Diagnostic])
  /// The log has no note column, so the session's note would be lost.
  case noNoteColumn(String)
  /// The log's encoding has no bytes for a character of the line.
  case cannotEncode(String, TextEncodingError)
  /// The log with the new line would not read back with the session as its last; `problem` says
  /// what the reader would find.
  case wouldNotReadBack(String, problem: String)

  public var errorDescription: String? {
    switch self {
    case .notASessionLog(let path, _):
      return "cannot append to '\(path)': its header is not a session log's"
    case .doesNotReadCleanly(let path, let diagnostics):
      let count = diagnostics.errorCount
      return
        "cannot append to '\(path)': the log has \(count) error\(count == 1 ? "" : "s") (above); fix \(count == 1 ? "it" : "them") first, nothing was written"
    case .noNoteColumn(let path):
      return
        "cannot append to '\(path)': the log has no note column, so the note would be lost; add a 'note' column to its header, or log without --note"
    case .cannotEncode(let path, let error):
      return
        "cannot append to '\(path)': the file is \(error.encoding.rawValue), which has no \(error.characterName); nothing was written (re-save it as UTF-8 to log such text)"
    case .wouldNotReadBack(let path, let problem):
      return
        "cannot append to '\(path)': the new line would not read back as written (\(problem)); nothing was written"
    }
  }

  /// The diagnostics to print before the message.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .notASessionLog(_, let d): return d.filter { $0.line == 1 || $0.line == nil }
    case .doesNotReadCleanly(_, let d): return d
    case .noNoteColumn, .cannotEncode, .wouldNotReadBack: return []
    }
  }

  public var exitCode: Int32 { ExitStatus.dataError }
}
