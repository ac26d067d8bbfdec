/// A problem found in an input file, located by physical line and column.
///
/// Printed in the format compilers use, which editors and CI annotate:
/// `roadmap.csv:14:23: error: planned end 2024-04-01 is before planned start 2024-05-01`.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable, Comparable {
    /// `note`: no problem, but something the user may want to change (how to show what is left
    /// out).
    case error, warning, note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  public var severity: Severity
  /// The file's name as the user gave it (`-` reads as `<stdin>`).
  public var source: String
  /// 1-based physical line; nil for a problem with the whole file.
  public var line: Int?
  /// 1-based column in characters; nil when the problem is with a whole line or file.
  public var column: Int?
  public var message: String

  public init(_ severity: Severity, _ message: String, source: String, line: Int? = nil, column: Int? = nil) {
    self.severity = severity
    self.source = source
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var location = source
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): \(severity.rawValue): \(message)"
  }
}

extension Array where Element == Diagnostic {
  public var errorCount: Int { count(where: { $0.severity == .error }) }
  public var warningCount: Int { count(where: { $0.severity == .warning }) }
  public var hasErrors: Bool { contains(where: { $0.severity == .error }) }
}
