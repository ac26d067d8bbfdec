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
