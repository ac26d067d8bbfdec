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
    guard text.unicodeScalars.contains(where: { isHidden($0) && !(keepingLineBreaks && $0 == "\n") }) else {
      return text
    }
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
