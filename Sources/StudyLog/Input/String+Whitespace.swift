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
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }
}
