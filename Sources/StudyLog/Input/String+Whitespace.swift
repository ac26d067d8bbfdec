extension StringProtocol {
  /// The text without leading and trailing white space (including no-break and ideographic spaces).
  func trimmingWhitespace() -> String {
    // Fast path: most cells start and end with a printable ASCII character.
    let string = String(self)
    if let first = string.utf8.first, let last = string.utf8.last, first > 0x20, first < 0x7F, last > 0x20,
      last < 0x7F
    {
      return string
    }
    if string.isEmpty { return string }
    // Next commonest: Korean text, which starts or ends with a Hangul syllable (never white space,
    // and a character ending in one never starts with white space).
    let scalars = string.unicodeScalars
    if let first = scalars.first, let last = scalars.last, isPrintable(first), isPrintable(last) {
      return string
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }

  /// Printable ASCII or a Hangul syllable.
  private func isPrintable(_ s: Unicode.Scalar) -> Bool {
    (s.value > 0x20 && s.value < 0x7F) || (0xAC00...0xD7A3).contains(s.value)
  }
}
