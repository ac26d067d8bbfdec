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
  /// Whether the data records are read in two stretches at once (`RoadmapRowSplit`).
  private let split: RoadmapRowSplit

  init(log: DiagnosticLog, today: Day, keepsItems: Bool = true, split: RoadmapRowSplit = .automatic) {
    rows = ItemRowReader(sink: log, today: today)
    self.keepsItems = keepsItems
    self.split = split
  }

  /// Decodes `bytes` (`DiagnosticLog.decoding`) and parses them: the parser afterwards (its log,
  /// user columns and item count) with the items (none unless `keepsItems`) and the encoding, or
  /// the diagnostic of a file that cannot be decoded.
  static func parse(
    bytes: [UInt8], source: String, today: Day, keepsItems: Bool, split: RoadmapRowSplit = .automatic
  ) -> Result<
    (parser: RoadmapParser, items: [Item], encoding: TextEncoding), Diagnostic
  > {
    DiagnosticLog.decoding(bytes, source: source).map { log, encoding in
      var parser = RoadmapParser(log: log, today: today, keepsItems: keepsItems, split: split)
      let items = parser.parse()
      return (parser, items, encoding)
    }
  }

  mutating func parse() -> [Item] {
    if rows.sink.isBlank {
      rows.sink.add(.error, "the file is empty; a roadmap needs a header row", line: nil)
      return []
    }
    let bytes = log.text.bytes
    var header: CSVRecord?
    var (issues, position) = CSVReader.read(bytes, from: 0, before: bytes.count) { record in
      header = record
      return false
    }
    guard let header else { return [] }
    guard let columns = readHeader(header) else {
      // No rows are read, but every CSV problem in the file is still reported.
      issues += CSVReader.read(bytes, from: position, before: bytes.count) { _ in true }.issues
      rows.sink.add(issues)
      return []
    }
    let hasIDColumn = columns.contains(.id)
    let reading = RoadmapRowReading(columns: columns, userHeaders: userHeaders)
    let guess = split.guess(bytes, from: position, keepsItems: keepsItems)
    // Items read in two stretches are kept by their stretches, and only checked by the collector.
    var collector = RowCollector<Int>(
      expectedRows: log.text.lineStarts.count, keepsItems: keepsItems && guess == nil)
    var rowCount = 0
    if let guess {
      let chunks = RoadmapRowChunk.readInTwo(
        reading, log: log, today: rows.today, from: position, guess: guess)
      for chunk in chunks {
        chunk.merge(into: &rows.sink, collector: &collector, hasIDColumn: hasIDColumn)
        rowCount += chunk.rowCount
        issues += chunk.issues
      }
      collector.adopt(chunks[0].items + chunks[1].items)
    } else {
      issues +=
        CSVReader.read(bytes, from: position, before: bytes.count) { record in
          if let row = reading.read(record, rows: &rows, rowCount: &rowCount) {
            collector.add(
              row.item, hasIDColumn: hasIDColumn, idAt: row.idAt, titleAt: row.titleAt, sink: &rows.sink)
          }
          return true
        }.issues
    }
    rows.sink.add(issues)
    if rowCount == 0 {
      rows.sink.add(.warning, "the file has a header but no items", line: log.line(of: header.offset))
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
