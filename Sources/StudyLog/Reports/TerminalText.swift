/// Text for a terminal, with every character that a terminal would act on instead of showing, or
/// that reorders what a line appears to say, written out as `\u{…}` (its code point in hex, as
/// Swift and JavaScript write it): `\u{1B}` for ESC, `\u{202E}` for RIGHT-TO-LEFT OVERRIDE. So a
/// title cannot clear the screen, set the window title, print a hyperlink, move the cursor or turn
/// the rest of its line around.
public enum TerminalText {
  /// `text` with every `isHidden` scalar written as `\u{…}`; with `keepingLineBreaks`, LF stays a
  /// line break (for whole reports; a cell or a diagnostic shows it as `\u{A}`, so it stays one
  /// line).
  public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard holdsHidden(text, keepingLineBreaks: keepingLineBreaks) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isHidden(scalar) && !(keepingLineBreaks && scalar == "\n") {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `text` holds an `isHidden` scalar (LF aside with `keepingLineBreaks`), found on its
  /// UTF-8 bytes, several times faster than decoding scalars over the text of a whole report: a
  /// byte below 0x20 or DEL; C2 80–C2 9F (the C1 controls); E2 80 AA–E2 80 AE and E2 81 A6–E2 81 A9
  /// (the bidirectional controls).
  static func holdsHidden(_ text: String, keepingLineBreaks: Bool) -> Bool {
    let scan = { (b: UnsafeBufferPointer<UInt8>) -> Bool in
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c < 0x20 || c == 0x7F {
          if !(c == 0x0A && keepingLineBreaks) { return true }
        } else if c == 0xC2, i + 1 < n, b[i + 1] >= 0x80 && b[i + 1] <= 0x9F {
          return true
        } else if c == 0xE2, i + 2 < n {
          let (x, y) = (b[i + 1], b[i + 2])
          if (x == 0x80 && y >= 0xAA && y <= 0xAE) || (x == 0x81 && y >= 0xA6 && y <= 0xA9) { return true }
        }
        i += 1
      }
      return false
    }
    if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
    return text.unicodeScalars.contains { isHidden($0) && !(keepingLineBreaks && $0 == "\n") }
  }

  /// The C0 controls U+0000–U+001F (ESC, BEL, CR, LF, tab…), DEL and the C1 controls
  /// U+007F–U+009F (CSI, OSC…), and the bidirectional embeddings, overrides and isolates
  /// U+202A–U+202E and U+2066–U+2069.
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
