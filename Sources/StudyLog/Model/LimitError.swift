/// An input or a requested output larger than studylog's stated limits (`InputLimits`,
/// `ChartLimits`), refused before the work that would take too long or too much memory starts.
public struct LimitError: Error, Equatable, Sendable {
  /// What was too large, the limit, and what to do instead.
  public let message: String
  /// `ExitStatus.dataError` (65) when the input is too large, `ExitStatus.usage` (64) when an
  /// option asks for too much.
  public let exitCode: Int32

  public init(_ message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// `n` with thousands separated by commas: `4194304` → `4,194,304`.
  public static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return (n < 0 ? "-" : "") + out
  }
}

extension LimitError: StudyLogError {
  public var errorDescription: String? { message }
}
