#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// printf-style formatting of numbers by the C library (`%.1f`, `%.2f`, `\u%04x`), as
/// `String(format:)` gave it, without Foundation's ICU: the same digits, halves rounded as the
/// binary value lies (`0.15` → `0.1`, `2.675` → `2.67`), `-0.0`, `nan` and `inf` written alike.
public enum Printf {
  /// `format` with `arguments` filled in, in the C locale's notation.
  public static func format(_ format: String, _ arguments: any CVarArg...) -> String {
    let count = withVaList(arguments) { vsnprintf(nil, 0, format, $0) }
    guard count > 0 else { return "" }
    var buffer = [CChar](repeating: 0, count: Int(count) + 1)
    _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(decoding: buffer[..<Int(count)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
