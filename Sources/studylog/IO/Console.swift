import Foundation
import StudyLog

/// Standard output and standard error: the only place that writes to the terminal.
enum Console {
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Prints `studylog: error: <message>` for an error that has not been reported yet.
  static func report(_ error: StudyLogError) {
    if let message = error.errorDescription { printError("studylog: error: " + message) }
  }

  /// Prints each diagnostic on its own line of standard error, styled.
  static func printDiagnostics(_ diagnostics: some Sequence<Diagnostic>) {
    for d in diagnostics { printError(styled(d)) }
  }

  /// A diagnostic, with `error:`/`warning:` in colour when standard error is a terminal and
  /// NO_COLOR is not set.
  static func styled(_ d: Diagnostic) -> String {
    let text = d.description
    guard useColor else { return text }
    let word = d.severity.rawValue + ":"
    let colour = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
    return text.replacingOccurrences(
      of: " \(word) ", with: " \(colour)\(word)\u{1B}[0m ", options: [], range: nil)
  }

  static let useColor: Bool =
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
