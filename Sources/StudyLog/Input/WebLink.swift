/// Links the roadmap format accepts: absolute http and https URLs written, as RFC 3986 says, in
/// its characters only (letters, digits, `-._~:/?#[]@!$&'()*+,;=` and `%` with two hex digits),
/// with a host name of letters, digits, `-`, `.` and `_` or an IPv6 address in brackets, and a
/// numeric port. Everything else is percent-encoded (`%3C` for `<`, `%EB%B8%94` for `블`), which
/// also means that no URL studylog accepts can end a markdown link or table cell, or an HTML
/// attribute.
///
/// Checked by hand because URLComponents costs more than the rest of a row's validation.
enum WebLink {
  /// True for a link `problem` has nothing against: `https://blog.example/post`.
  static func isValid(_ text: String) -> Bool { problem(text) == nil }

  /// Why `text` is not such a link, to follow "is not a valid http or https link: ", such as
  /// `'<' is not allowed in a URL (percent-encode it as %3C)`; nil when it is one.
  static func problem(_ text: String) -> String? {
    let s = Array(text.unicodeScalars)
    let prefix = String(String.UnicodeScalarView(s.prefix(8))).lowercased()
    let schemeLength: Int
    if prefix.hasPrefix("https://") {
      schemeLength = 8
    } else if prefix.hasPrefix("http://") {
      schemeLength = 7
    } else {
      return "it must start with http:// or https://"
    }
    let authorityEnd =
      s[schemeLength...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? s.count
    if let problem = characterProblem(s, from: schemeLength, authorityEnd: authorityEnd) { return problem }
    return authorityProblem(String(String.UnicodeScalarView(s[schemeLength..<authorityEnd])))
  }

  /// The first character RFC 3986 does not allow where it stands, or a `%` without two hex digits.
  private static func characterProblem(_ s: [Unicode.Scalar], from start: Int, authorityEnd: Int) -> String? {
    var fragment = false
    var i = start
    while i < s.count {
      let c = s[i]
      let inAuthority = i < authorityEnd
      if c == "%" {
        guard i + 2 < s.count, isHexDigit(s[i + 1]), isHexDigit(s[i + 2]) else {
          return "'%' is not followed by two hex digits (write a literal % as %25)"
        }
        i += 3
        continue
      }
      if !c.isASCII && inAuthority {
        return "'\(c)' is not allowed in a host name (write an international domain name in its xn-- form)"
      }
      if !isURLCharacter(c) {
        return "'\(c)' is not allowed in a URL (percent-encode it as \(percentEncoded(c)))"
      }
      if (c == "[" || c == "]") && !inAuthority {
        return "'\(c)' is allowed only around an IPv6 address (percent-encode it as \(percentEncoded(c)))"
      }
      if c == "#" {
        if fragment { return "a second '#' is not allowed (percent-encode it as %23)" }
        fragment = true
      }
      i += 1
    }
    return nil
  }

  /// What is wrong with `user@host:port`, whose characters are all URL characters.
  private static func authorityProblem(_ authority: String) -> String? {
    var hostAndPort = Substring(authority)
    if let at = authority.lastIndex(of: "@") {
      let user = authority[..<at]
      if user.contains("@") {
        return "a second '@' is not allowed before the host (percent-encode it as %40)"
      }
      if user.contains("[") || user.contains("]") {
        return "'[' and ']' are allowed only around an IPv6 address"
      }
      hostAndPort = authority[authority.index(after: at)...]
    }
    var host = hostAndPort
    var port: Substring = ""
    if hostAndPort.hasPrefix("[") {
      guard let close = hostAndPort.firstIndex(of: "]") else { return "the IPv6 address has no closing ']'" }
      host = hostAndPort[...close]
      let address = hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close]
      guard address.contains(":"),
        address.unicodeScalars.allSatisfy({ isHexDigit($0) || $0 == ":" || $0 == "." })
      else { return "the host '\(host)' is not an IPv6 address" }
      let rest = hostAndPort[hostAndPort.index(after: close)...]
      if !rest.isEmpty {
        guard rest.hasPrefix(":") else { return "the host '\(hostAndPort)' has text after its ']'" }
        port = rest.dropFirst()
      }
    } else {
      if let colon = hostAndPort.lastIndex(of: ":") {
        host = hostAndPort[..<colon]
        port = hostAndPort[hostAndPort.index(after: colon)...]
      }
      if host.isEmpty { return "it has no host" }
      if host.contains("[") || host.contains("]") {
        return "'[' and ']' are allowed only around an IPv6 address"
      }
      guard
        host.unicodeScalars.allSatisfy({
          isAlphanumeric($0) || $0 == "-" || $0 == "." || $0 == "_"
        })
      else { return "the host '\(host)' may hold only letters, digits, '-', '.' and '_'" }
      guard let first = host.unicodeScalars.first, isAlphanumeric(first) || first == "_" else {
        return "the host '\(host)' must start with a letter or a digit"
      }
    }
    if !port.isEmpty {
      guard port.count <= 5, port.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), Int(port)! <= 65535
      else { return "the port '\(port)' is not a number from 0 to 65535" }
    }
    return nil
  }

  /// The characters of RFC 3986 other than `%`: unreserved, general and sub-delimiters.
  private static func isURLCharacter(_ c: Unicode.Scalar) -> Bool {
    isAlphanumeric(c) || "-._~:/?#[]@!$&'()*+,;=".unicodeScalars.contains(c)
  }

  private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
  }

  private static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c)
  }

  /// `%3C` for `<`, `%EB%B8%94` for `블`: the UTF-8 bytes of `c`.
  static func percentEncoded(_ c: Unicode.Scalar) -> String {
    String(c).utf8.map { byte in
      let hex = String(byte, radix: 16, uppercase: true)
      return "%" + (hex.count < 2 ? "0" : "") + hex
    }.joined()
  }
}
