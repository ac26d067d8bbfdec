/// What turns one data record of a roadmap CSV into an item, given the columns its header named:
/// the cells by column (user columns kept as extras), then `ItemRowReader`. The same for a file
/// read in one pass and for the stretches of one read on two threads (`RoadmapRowChunk`).
struct RoadmapRowReading: Sendable {
  /// An item read from a record, with where its id and title cells are (for `RowCollector`).
  struct Row: Sendable {
    var item: Item
    var idAt: Int
    var titleAt: Int
  }

  /// Per header cell, the column it is (nil for a user column or an unnamed one).
  let columns: [RoadmapColumn?]
  /// Per header cell, the user column it is (nil for a column studylog reads or an unnamed one).
  let userHeaders: [String?]

  /// Reads `record`, reporting through `rows`. Nil for a blank record, one with the wrong number
  /// of fields (reported) and one that `ItemRowReader` gives no item for; `rowCount` counts every
  /// record that is not blank.
  func read(_ record: CSVRecord, rows: inout ItemRowReader<DiagnosticLog>, rowCount: inout Int) -> Row? {
    if record.fields.allSatisfy({ $0.value.allSatisfy(\.isWhitespace) }) { return nil }
    rowCount += 1
    guard record.fields.count == columns.count else {
      let count = record.fields.count
      let offset = count > columns.count ? record.fields[columns.count].offset : record.offset
      rows.sink.error(
        "row has \(count) field\(count == 1 ? "" : "s") but the header has \(columns.count); quote fields that hold commas",
        at: offset)
      return nil
    }
    var cells = RowCells<Int>()
    for (index, (column, field)) in zip(columns, record.fields).enumerated() {
      // `'=1+1` is how the roadmap writer guards a formula (CSVWriter.field): read `=1+1`.
      let value = CSVWriter.unguarded(field.value).trimmingWhitespace()
      if let column, cells.location(of: column) == nil {
        cells[column] = (value, field.offset)
      } else if column == nil, let header = userHeaders[index], !value.isEmpty {
        cells.extras[header] = value
      }
    }
    guard let item = rows.read(cells, row: record.offset) else { return nil }
    return Row(
      item: item, idAt: cells.location(of: .id) ?? record.offset,
      titleAt: cells.location(of: .title) ?? record.offset)
  }
}
