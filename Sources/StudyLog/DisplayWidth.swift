/// The number of terminal columns text takes: 2 for Hangul, CJK and other wide characters, 0 for
/// combining marks and controls, 1 otherwise (Unicode East Asian Width, as `wcwidth` does).
public func displayWidth<S: StringProtocol>(_ text: S) -> Int {
  var width = 0
  for character in text { width += displayWidth(of: character) }
  return width
}

func displayWidth(of character: Character) -> Int {
  guard let first = character.unicodeScalars.first else { return 0 }
  let v = first.value
  if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
  if v < 0x300 { return 1 }
  let properties = first.properties
  if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
    || v == 0x200B || v == 0x200D
  {
    return 0
  }
  if properties.isEmojiPresentation { return 2 }
  if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && properties.isEmoji { return 2 }
  switch v {
  case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
    return 2
  default:
    return 1
  }
}

/// A plain-text table for terminals whose columns line up even when cells hold Hangul.
public struct TextTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  public var header: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []
  /// Indices of rows preceded by a rule (for a total row).
  public var rulesBefore: Set<Int> = []

  public init(header: [String], alignments: [Alignment]) {
    precondition(header.count == alignments.count)
    self.header = header
    self.alignments = alignments
  }

  public mutating func append(_ row: [String], ruleBefore: Bool = false) {
    precondition(row.count == header.count)
    if ruleBefore { rulesBefore.insert(rows.count) }
    rows.append(row)
  }

  /// The table as lines joined by `\n`, with a rule under the header, two spaces between columns
  /// and no trailing spaces.
  public func render() -> String {
    var widths = header.map { displayWidth($0) }
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], displayWidth(cell)) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (i, cell) in cells.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - displayWidth(cell))
        parts.append(alignments[i] == .left ? cell + pad : pad + cell)
      }
      return String(parts.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    var out = [line(header), rule]
    for (i, row) in rows.enumerated() {
      if rulesBefore.contains(i) { out.append(rule) }
      out.append(line(row))
    }
    return out.joined(separator: "\n")
  }
}
