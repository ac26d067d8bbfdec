/// Turns the CSV records of a roadmap file into validated items, collecting diagnostics: the
/// header names the columns (`RoadmapColumn`), each row goes through `ItemRowReader`, and
/// `RowCollector` checks ids and titles across rows. Columns it does not know are the user's
/// (`UserColumns`): kept, cell by cell, as each item's `extras`.
struct RoadmapParser {
  private var rows: ItemRowReader<DiagnosticLog>
  var log: DiagnosticLog { rows.sink }
  /// The user columns of the header, once `parse` has read it.
  private(set) var userColumns = UserColumns()
  /// Per header cell, the user column it is (nil for a column studylog reads or an unnamed one).
  private var userHeaders: [String?] = []

  /// Whether `parse` returns the items; without them (`check`) it keeps only what the checks
  /// across rows need, and `itemCount` says how many there were.
  private let keepsItems: Bool
  private(set) var itemCount = 0

  init(log: DiagnosticLog, today: Day, keepsItems: Bool = true) {
    rows = ItemRowReader(sink: log, today: today)
    self.keepsItems = keepsItems
  }

  /// Decodes `bytes` (`DiagnosticLog.decoding`) and parses them: the parser afterwards (its log,
  /// user columns and item count) with the items (none unless `keepsItems`) and the encoding, or
  /// the diagnostic of a file that cannot be decoded.
  static func parse(bytes: [UInt8], source: String, today: Day, keepsItems: Bool) -> Result<
    (parser: RoadmapParser, items: [Item], encoding: TextEncoding), Diagnostic
  > {
    DiagnosticLog.decoding(bytes, source: source).map { log, encoding in
      var parser = RoadmapParser(log: log, today: today, keepsItems: keepsItems)
      let items = parser.parse()
      return (parser, items, encoding)
    }
  }

  mutating func parse() -> [Item] {
    if rows.sink.isBlank {
      rows.sink.add(.error, "the file is empty; a roadmap needs a header row", line: nil)
      return []
    }
    var columns: [RoadmapColumn?]?
    var headerOffset: Int?
    var collector = RowCollector<Int>(expectedRows: log.text.lineStarts.count, keepsItems: keepsItems)
    var hasIDColumn = false
    var rowCount = 0
    let issues = CSVReader.read(log.text.bytes) { record in
      guard headerOffset != nil else {
        headerOffset = record.offset
        columns = readHeader(record)
        hasIDColumn = columns?.contains(.id) ?? false
        return
      }
      guard let columns else { return }
      if record.fields.allSatisfy({ $0.value.allSatisfy(\.isWhitespace) }) { return }
      rowCount += 1
      guard record.fields.count == columns.count else {
        let count = record.fields.count
        let offset = count > columns.count ? record.fields[columns.count].offset : record.offset
        rows.sink.error(
          "row has \(count) field\(count == 1 ? "" : "s") but the header has \(columns.count); quote fields that hold commas",
          at: offset)
        return
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
      guard let item = rows.read(cells, row: record.offset) else { return }
      collector.add(
        item, hasIDColumn: hasIDColumn, idAt: cells.location(of: .id) ?? record.offset,
        titleAt: cells.location(of: .title) ?? record.offset, sink: &rows.sink)
    }
    rows.sink.add(issues)
    guard let headerOffset, columns != nil else { return [] }
    if rowCount == 0 {
      rows.sink.add(.warning, "the file has a header but no items", line: log.line(of: headerOffset))
    }
    let items = collector.finish(sink: &rows.sink)
    itemCount = collector.count
    return items
  }

  /// Maps header cells to columns; nil (after reporting) when a required column is missing or a
  /// column is given twice.
  private mutating func readHeader(_ header: CSVRecord) -> [RoadmapColumn?]? {
    var columns: [RoadmapColumn?] = []
    var seen: [RoadmapColumn: String] = [:]
    var ok = true
    for (index, field) in header.fields.enumerated() {
      let name = CSVWriter.unguarded(field.value).trimmingWhitespace()
      if name.isEmpty {
        rows.sink.warning("column \(index + 1) has no name; its values are ignored", at: field.offset)
        columns.append(nil)
        userHeaders.append(nil)
        continue
      }
      guard let column = RoadmapColumn(header: name) else {
        if let first = userColumns.header(matching: name) {
          rows.sink.error("duplicate column '\(name)': column '\(first)' comes first", at: field.offset)
          ok = false
        } else if let typo = UserColumns.typoWarning(name) {
          rows.sink.warning(typo, at: field.offset)
        }
        userHeaders.append(userColumns.add(name))
        columns.append(nil)
        continue
      }
      if let first = seen[column] {
        rows.sink.error(
          "duplicate column '\(name)': column '\(first)' already gives the \(column.meaning)",
          at: field.offset)
        ok = false
      }
      if let first = column.clashes.lazy.compactMap({ seen[$0] }).first {
        rows.sink.error(
          "columns '\(first)' and '\(name)' both give the \(column.dateKind) dates; keep one of them",
          at: field.offset)
        ok = false
      }
      seen[column] = seen[column] ?? name
      columns.append(column)
      userHeaders.append(nil)
    }
    if userColumns.headers.count > UserColumns.maximum {
      rows.sink.error(UserColumns.tooMany(userColumns.headers.count), at: header.offset)
      ok = false
    }
    for column in RoadmapColumn.allCases where column.isRequired && seen[column] == nil {
      let also = column.aliases.joined(separator: ", ")
      rows.sink.error(
        "missing required column '\(column.rawValue)' (also accepted: \(also))", at: header.offset)
      ok = false
    }
    return ok ? columns : nil
  }
}
