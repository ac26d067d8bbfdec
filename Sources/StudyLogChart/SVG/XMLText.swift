/// Text made safe for an XML 1.0 document: markup characters as entities, and the characters XML
/// 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) written
/// out as `\u{…}`, as terminal output shows control characters (`TerminalText`), so that a title
/// holding anything still gives a well-formed document that says what the title held.
enum XMLText {
  /// `text` as element content.
  static func content(_ text: String) -> String {
    escape(text, attribute: false)
  }

  /// `text` as an attribute value between double quotes; tab and line breaks as character
  /// references, which attribute normalisation would otherwise turn into spaces.
  static func attribute(_ text: String) -> String {
    escape(text, attribute: true)
  }

  /// Whether XML 1.0 allows `scalar` in a document.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  private static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\t" where attribute: out += "&#9;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if isAllowed(scalar) {
          out.unicodeScalars.append(scalar)
        } else {
          out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
      }
    }
    return out
  }
}
