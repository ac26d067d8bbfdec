/// Links the roadmap format accepts: absolute http and https URLs written, as RFC 3986 says, in
/// its characters only (letters, digits, `-._~:/?#[]@!$&'()*+,;=` and `%` with two hex digits),
/// with a host name of letters, digits, `-`, `.` and `_` or an IPv6 address in brackets, and a
/// numeric port. Everything else is percent-encoded (`%3C` for `<`, `%EB%B8%94` for `블`), which
/// also means that no URL studylog accepts can end a markdown link or table cell, or an HTML
/// attribute.
///
/// Checked by hand, on UTF-8 bytes, because URLComponents costs more than the rest of a row's
/// validation; a message is built only for a link that is refused.
enum WebLink {
  /// True for a link `problem` has nothing against: `https://blog.example/post`.
  static func isValid(_ text: String) -> Bool { problem(text) == nil }

  /// Why `text` is not such a link, to follow "is not a valid http or https link: ", such as
  /// `'<' is not allowed in a URL (percent-encode it as %3C)`; nil when it is one.
  static func problem(_ text: String) -> String? {
    let b = Array(text.utf8)
    // The scheme, case-insensitively, without a lower-cased copy.
    func starts(with scheme: StaticString) -> Bool {
      let count = scheme.utf8CodeUnitCount
      guard b.count >= count else { return false }
      let start = scheme.utf8Start
      for i in 0..<count where b[i] | ((0x41...0x5A).contains(b[i]) ? 0x20 : 0) != start[i] { return false }
      return true
    }
    let schemeLength: Int
    if starts(with: "https://") {
      schemeLength = 8
    } else if starts(with: "http://") {
      schemeLength = 7
    } else {
      return "it must start with http:// or https://"
    }
    let authorityEnd =
      b[schemeLength...].firstIndex(where: {
        $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
      })
      ?? b.count
    if let problem = characterProblem(b, from: schemeLength, authorityEnd: authorityEnd) { return problem }
    return authorityProblem(b[schemeLength..<authorityEnd])
  }

  /// The first character RFC 3986 does not allow where it stands, or a `%` without two hex digits.
  private static func characterProblem(_ b: [UInt8], from start: Int, authorityEnd: Int) -> String? {
    var fragment = false
    var i = start
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "%") {
        guard i + 2 < b.count, isHexDigit(b[i + 1]), isHexDigit(b[i + 2]) else {
          return "'%' is not followed by two hex digits (write a literal % as %25)"
        }
        i += 3
        continue
      }
      if c >= 0x80 || !isURLCharacter[Int(c)] {
        let character = String(decoding: b[i...].prefix(4), as: UTF8.self).unicodeScalars.first!
        if c >= 0x80 && i < authorityEnd {
          return
            "'\(character)' is not allowed in a host name (write an international domain name in its xn-- form)"
        }
        return "'\(character)' is not allowed in a URL (percent-encode it as \(percentEncoded(character)))"
      }
      if (c == UInt8(ascii: "[") || c == UInt8(ascii: "]")) && i >= authorityEnd {
        return
          "'\(UnicodeScalar(c))' is allowed only around an IPv6 address (percent-encode it as %\(c == 0x5B ? "5B" : "5D"))"
      }
      if c == UInt8(ascii: "#") {
        if fragment { return "a second '#' is not allowed (percent-encode it as %23)" }
        fragment = true
      }
      i += 1
    }
    return nil
  }

  /// What is wrong with `user@host:port`, whose characters are all URL characters.
  private static func authorityProblem(_ authority: ArraySlice<UInt8>) -> String? {
    func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
    var hostAndPort = authority
    if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
      let user = authority[..<at]
      if user.contains(UInt8(ascii: "@")) {
        return "a second '@' is not allowed before the host (percent-encode it as %40)"
      }
      if user.contains(UInt8(ascii: "[")) || user.contains(UInt8(ascii: "]")) {
        return "'[' and ']' are allowed only around an IPv6 address"
      }
      hostAndPort = authority[(at + 1)...]
    }
    var host = hostAndPort
    var port: ArraySlice<UInt8> = []
    if hostAndPort.first == UInt8(ascii: "[") {
      guard let close = hostAndPort.firstIndex(of: UInt8(ascii: "]")) else {
        return "the IPv6 address has no closing ']'"
      }
      host = hostAndPort[...close]
      let address = hostAndPort[(hostAndPort.startIndex + 1)..<close]
      guard address.contains(UInt8(ascii: ":")),
        address.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
      else { return "the host '\(text(host))' is not an IPv6 address" }
      let rest = hostAndPort[(close + 1)...]
      if !rest.isEmpty {
        guard rest.first == UInt8(ascii: ":") else {
          return "the host '\(text(hostAndPort))' has text after its ']'"
        }
        port = rest.dropFirst()
      }
    } else {
      if let colon = hostAndPort.lastIndex(of: UInt8(ascii: ":")) {
        host = hostAndPort[..<colon]
        port = hostAndPort[(colon + 1)...]
      }
      if host.isEmpty { return "it has no host" }
      if host.contains(UInt8(ascii: "[")) || host.contains(UInt8(ascii: "]")) {
        return "'[' and ']' are allowed only around an IPv6 address"
      }
      guard
        host.allSatisfy({
          isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
        })
      else { return "the host '\(text(host))' may hold only letters, digits, '-', '.' and '_'" }
      guard isAlphanumeric(host.first!) || host.first == UInt8(ascii: "_") else {
        return "the host '\(text(host))' must start with a letter or a digit"
      }
    }
    if !port.isEmpty {
      guard port.count <= 5, port.allSatisfy({ (0x30...0x39).contains($0) }), Int(text(port))! <= 65535 else {
        return "the port '\(text(port))' is not a number from 0 to 65535"
      }
    }
    return nil
  }

  /// Per ASCII byte, whether it is an RFC 3986 character other than `%`: unreserved, general and
  /// sub-delimiters.
  private static let isURLCharacter: [Bool] = (0..<128).map { byte in
    isAlphanumeric(UInt8(byte)) || "-._~:/?#[]@!$&'()*+,;=".utf8.contains(UInt8(byte))
  }

  private static func isAlphanumeric(_ c: UInt8) -> Bool {
    (0x61...0x7A).contains(c | 0x20) || (0x30...0x39).contains(c)
  }

  private static func isHexDigit(_ c: UInt8) -> Bool {
    (0x30...0x39).contains(c) || (0x61...0x66).contains(c | 0x20)
  }

  /// `%3C` for `<`, `%EB%B8%94` for `블`: the UTF-8 bytes of `c`.
  static func percentEncoded(_ c: Unicode.Scalar) -> String {
    String(c).utf8.map { byte in
      let hex = String(byte, radix: 16, uppercase: true)
      return "%" + (hex.count < 2 ? "0" : "") + hex
    }.joined()
  }
}
