#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The words for why a system call failed.
enum Errno {
  /// `strerror(code)` in lower case ("permission denied"); `otherwise`, which says what happened
  /// (such as "only 10 of 20 bytes were written"), when `code` is 0, so that no message ends in
  /// ": success".
  /// "broken pipe": what a write to a pipe without a reader says.
  static var brokenPipe: String { reason(EPIPE, otherwise: "broken pipe") }

  static func reason(_ code: Int32, otherwise: String) -> String {
    code == 0 ? otherwise : String(cString: strerror(code)).lowercased()
  }
}
