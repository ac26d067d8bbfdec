import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error: the only place that writes to the terminal.
///
/// Nothing a roadmap holds reaches a terminal as a control sequence: messages and diagnostics on
/// standard error always show control characters and bidirectional overrides as `\u{…}`
/// (`TerminalText`), and so does standard output when it is a terminal. Standard output that goes
/// to a file or a pipe gets the bytes as they are (a markdown or CSV report must not change on
/// the way); text reports are made visible by the library itself.
enum Console {
  /// Prints `text` on standard output: as it is into a file or pipe, with controls (other than
  /// line breaks) made visible on a terminal.
  static func print(_ text: String) {
    let shown = stdoutIsTerminal ? TerminalText.visible(text, keepingLineBreaks: true) : text
    write(shown, to: STDOUT_FILENO)
  }

  /// Prints one line on standard error, every control character in it made visible (a line break
  /// in it too, so that it stays one line).
  static func printError(_ line: String) {
    writeError(TerminalText.visible(line))
  }

  /// Prints `studylog: error: <message>` for an error that has not been reported yet.
  static func report(_ error: StudyLogError) {
    if let message = error.errorDescription { printError("studylog: error: " + message) }
  }

  /// Prints each diagnostic on its own line of standard error, styled.
  static func printDiagnostics(_ diagnostics: some Sequence<Diagnostic>) {
    for d in diagnostics { writeError(styled(d)) }
  }

  /// A diagnostic with its control characters made visible, then `error:`/`warning:` in colour
  /// when standard error is a terminal and NO_COLOR is not set.
  static func styled(_ d: Diagnostic) -> String {
    let text = TerminalText.visible(d.description)
    guard useColor else { return text }
    let word = d.severity.rawValue + ":"
    let colour = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
    return text.replacing(" \(word) ", with: " \(colour)\(word)\u{1B}[0m ")
  }

  /// Writes a line that is safe to show as it is, and a line break.
  private static func writeError(_ safeLine: String) {
    write(safeLine + "\n", to: STDERR_FILENO)
  }

  /// Writes all of `text` to `fd`, after short writes too. When standard output cannot take it,
  /// says why on standard error and exits with 73; when its reader has gone (EPIPE, with
  /// SIGPIPE ignored; by default that signal ends the run first, as for any filter), exits
  /// quietly with 73. A failure on standard error itself is left unsaid.
  private static func write(_ text: String, to fd: Int32) {
    do throws(WriteError) {
      // Straight from the string's own bytes: a report of 100,000 rows is 20 MB to copy.
      var text = text
      var failure: WriteError?
      text.withUTF8 { utf8 in
        do throws(WriteError) {
          try OutputFile.writeAll(UnsafeRawBufferPointer(utf8), to: fd, named: "<stdout>")
        } catch { failure = error }
      }
      if let failure { throw failure }
    } catch {
      guard fd == STDOUT_FILENO else { return }
      if case .readerGone = error {
        exit(73)
      } else if let message = error.errorDescription {
        write("studylog: error: " + message + "\n", to: STDERR_FILENO)
      }
      exit(73)
    }
  }

  static let useColor: Bool =
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

  /// Whether standard output is a terminal (not a file or a pipe).
  static let stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1
}
