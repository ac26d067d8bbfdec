/// A column of a table with a row per `Value`: how the column looks and how a value fills its cell,
/// side by side, so that adding a column to a report is one entry.
struct ReportColumn<Value> {
  var column: ReportTable.Column
  /// The cell's text in a terminal and in CSV.
  var text: (Value) -> String
  /// The cell in markdown, when it is not the text escaped.
  var markdown: ((Value) -> InlineMarkdown)?

  init(
    _ header: String, _ alignment: ReportTable.Alignment = .left, maxTextWidth: Int? = nil,
    markdown: ((Value) -> InlineMarkdown)? = nil, text: @escaping (Value) -> String
  ) {
    column = ReportTable.Column(header, alignment, maxTextWidth: maxTextWidth)
    self.text = text
    self.markdown = markdown
  }

  func cell(_ value: Value) -> ReportCell {
    let text = text(value)
    return ReportCell(text, markdown: markdown?(value) ?? .text(text))
  }
}

extension ReportTable {
  /// A table with a row per value, then a total row when one is given.
  init<Value>(_ columns: [ReportColumn<Value>], rows: [Value], total: Value? = nil) {
    self.init(columns.map(\.column))
    // The cells of a long table are made on two threads, half the rows each.
    self.rows = Parallel.array(rows.count, minimum: Self.parallelRows) { r in
      let value = rows[r]  // once, not once per column
      return Row(cells: columns.map { $0.cell(value) }, isTotal: false)
    }
    if let total { append(columns.map { $0.cell(total) }, total: true) }
  }
}
