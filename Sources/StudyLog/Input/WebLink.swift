/// Links the roadmap format accepts.
enum WebLink {
  /// True for an absolute http or https link with a host: `https://blog.example/post`.
  /// Checked by hand because URLComponents costs more than the rest of a row's validation.
  static func isValid(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let lower = bytes.prefix(8).map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }
    let schemeLength: Int
    if lower.starts(with: Array("https://".utf8)) {
      schemeLength = 8
    } else if lower.starts(with: Array("http://".utf8)) {
      schemeLength = 7
    } else {
      return false
    }
    if bytes.contains(where: { $0 <= 0x20 }) { return false }
    if bytes.contains(where: { $0 >= 0x80 }), text.unicodeScalars.contains(where: \.properties.isWhitespace) {
      return false
    }
    let rest = bytes[schemeLength...]
    let authorityEnd = rest.firstIndex(where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }) ?? rest.endIndex
    var host = rest[rest.startIndex..<authorityEnd]
    if let at = host.lastIndex(of: 0x40) { host = host[(at + 1)...] }
    if host.first == 0x5B { return host.count > 2 && host.last == 0x5D || host.contains(0x5D) }
    if let colon = host.lastIndex(of: 0x3A) {
      let port = host[(colon + 1)...]
      guard port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      host = host[..<colon]
    }
    guard !host.isEmpty, host.first != 0x2E, host.first != 0x2D else { return false }
    return host.allSatisfy { b in
      b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E
        || b == 0x2D
        || b == 0x5F
    }
  }
}
