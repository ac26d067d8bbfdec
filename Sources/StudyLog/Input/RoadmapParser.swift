import Foundation

/// Turns CSV records into validated items, collecting diagnostics.
struct RoadmapParser {
  var log: DiagnosticLog
  let today: Day
  var text: SourceText { log.text }

  mutating func error(_ message: String, at offset: Int) { log.error(message, at: offset) }
  mutating func warning(_ message: String, at offset: Int) { log.warning(message, at: offset) }
  mutating func warn(_ message: String, line: Int?) { log.add(.warning, message, line: line) }

  mutating func parse() -> [Item] {
    if log.isBlank {
      log.add(.error, "the file is empty; a roadmap needs a header row", line: nil)
      return []
    }
    var columns: [RoadmapColumn?]?
    var headerOffset: Int?
    var items: [Item] = []
    var idLines: [ExactText: Int] = [:]
    var titleLines: [ExactText: Int] = [:]
    var rowsWithoutID: [Int] = []
    var rowCount = 0
    let issues = CSVReader.read(text.bytes) { record in
      guard headerOffset != nil else {
        headerOffset = record.offset
        columns = readHeader(record)
        return
      }
      guard let columns else { return }
      if record.fields.allSatisfy({ $0.value.allSatisfy(\.isWhitespace) }) { return }
      rowCount += 1
      guard record.fields.count == columns.count else {
        let count = record.fields.count
        let offset = count > columns.count ? record.fields[columns.count].offset : record.offset
        error(
          "row has \(count) field\(count == 1 ? "" : "s") but the header has \(columns.count); quote fields that hold commas",
          at: offset)
        return
      }
      guard let item = readRow(record, columns: columns, rowNumber: rowCount) else { return }
      if item.id.isEmpty {
        rowsWithoutID.append(items.count)
      } else if let first = idLines[ExactText(item.id)] {
        error(
          "duplicate id '\(item.id)': line \(first) already uses it", at: cellOffset(record, columns, .id))
      } else {
        idLines[ExactText(item.id)] = item.line
      }
      let titleKey = ExactText((item.track ?? "") + "\u{0}" + item.title)
      if let first = titleLines[titleKey] {
        warning(
          "title '\(item.title)' is also used on line \(first)", at: cellOffset(record, columns, .title))
      } else {
        titleLines[titleKey] = item.line
      }
      items.append(item)
    }
    log.add(issues)
    guard let headerOffset, columns != nil else { return [] }
    if rowCount == 0 {
      warn("the file has a header but no items", line: text.line(ofByte: headerOffset))
    }
    // Rows with a blank id get the next free numbers, after the largest numeric id.
    var next = (idLines.keys.compactMap { Int($0.text) }.max() ?? 0) + 1
    for index in rowsWithoutID {
      while idLines[ExactText("\(next)")] != nil { next += 1 }
      items[index].id = "\(next)"
      idLines[ExactText("\(next)")] = items[index].line
      warn("row has no id; it gets id \(next)", line: items[index].line)
      next += 1
    }
    return items
  }

  /// Maps header cells to columns; nil (after reporting) when a required column is missing or a
  /// column is given twice.
  private mutating func readHeader(_ header: CSVRecord) -> [RoadmapColumn?]? {
    var columns: [RoadmapColumn?] = []
    var seen: [RoadmapColumn: String] = [:]
    var ok = true
    for (index, field) in header.fields.enumerated() {
      let name = field.value.trimmingWhitespace()
      if name.isEmpty {
        warning("column \(index + 1) has no name; its values are ignored", at: field.offset)
        columns.append(nil)
        continue
      }
      guard let column = RoadmapColumn(header: name) else {
        warning("unknown column '\(name)' is ignored", at: field.offset)
        columns.append(nil)
        continue
      }
      if let first = seen[column] {
        error(
          "duplicate column '\(name)': column '\(first)' already gives the \(column.meaning)",
          at: field.offset)
        ok = false
      }
      let clashes: [RoadmapColumn] =
        switch column {
        case .planned: [.plannedStart, .plannedEnd]
        case .plannedStart, .plannedEnd: [.planned]
        case .actual: [.actualStart, .actualEnd]
        case .actualStart, .actualEnd: [.actual]
        default: []
        }
      if let first = clashes.lazy.compactMap({ seen[$0] }).first {
        error(
          "columns '\(first)' and '\(name)' both give the \(column.dateKind) dates; keep one of them",
          at: field.offset)
        ok = false
      }
      seen[column] = seen[column] ?? name
      columns.append(column)
    }
    for column in RoadmapColumn.allCases where column.isRequired && seen[column] == nil {
      let also = column.aliases.joined(separator: ", ")
      error("missing required column '\(column.rawValue)' (also accepted: \(also))", at: header.offset)
      ok = false
    }
    return ok ? columns : nil
  }

  private func cellOffset(_ record: CSVRecord, _ columns: [RoadmapColumn?], _ column: RoadmapColumn) -> Int {
    guard let index = columns.firstIndex(of: column) else { return record.offset }
    return record.fields[index].offset
  }

  /// Reads one row; nil when a required cell is empty (after reporting).
  private mutating func readRow(_ record: CSVRecord, columns: [RoadmapColumn?], rowNumber: Int) -> Item? {
    var cells = Cells()
    for (column, field) in zip(columns, record.fields) {
      guard let column else { continue }
      let value = field.value.trimmingWhitespace()
      if !value.isEmpty { cells[column] = (value, field.offset) }
    }
    let line = text.line(ofByte: record.offset)
    var valid = true

    let category = cells[.category]?.value ?? ""
    if category.isEmpty {
      error("empty category", at: cellOffset(record, columns, .category))
      valid = false
    }
    let title = cells[.title]?.value ?? ""
    if title.isEmpty {
      error("empty title", at: cellOffset(record, columns, .title))
      valid = false
    }

    var id = ""
    if columns.contains(.id) {
      if let cell = cells[.id], !DateParser.isPlaceholder(cell.value) { id = cell.value }
    } else {
      id = String(rowNumber)
    }

    var url: String?
    if let cell = cells[.url] {
      if Self.isWebLink(cell.value) {
        url = cell.value
      } else {
        error("url '\(cell.value)' is not an http or https link", at: cell.offset)
      }
    }

    let planned = readRange(cells, range: .planned, start: .plannedStart, end: .plannedEnd, kind: "planned")
    let actual = readRange(cells, range: .actual, start: .actualStart, end: .actualEnd, kind: "actual")

    var progress: Double?
    if let cell = cells[.progress] {
      let number = cell.value.filter { $0 != "%" }.trimmingWhitespace()
      if let value = Double(number), value.isFinite {
        if (0...100).contains(value) {
          progress = value
        } else {
          error("progress '\(cell.value)' is outside 0–100", at: cell.offset)
        }
      } else {
        error("progress '\(cell.value)' is not a number", at: cell.offset)
      }
    }

    var declared: DeclaredStatus?
    if let cell = cells[.status] {
      if let status = DeclaredStatus(cell: cell.value) {
        declared = status
      } else {
        error("unknown status '\(cell.value)': use planned, active, done, paused or dropped", at: cell.offset)
      }
    }

    guard valid else { return nil }
    let item = Item(
      id: id, line: line, track: cells[.track]?.value, category: category, title: title,
      description: cells[.description]?.value, url: url, planned: planned.range, actualStart: actual.start,
      actualEnd: actual.end, progress: progress, declaredStatus: declared)
    checkConsistency(item, cells: cells, record: record, columns: columns, actualOffsets: actual.offsets)
    return item
  }

  /// Reads the planned or actual dates of a row from a range cell or from start and end cells.
  private mutating func readRange(
    _ cells: Cells, range: RoadmapColumn, start: RoadmapColumn,
    end: RoadmapColumn, kind: String
  ) -> (range: DayRange?, start: Day?, end: Day?, offsets: (start: Int?, end: Int?)) {
    var first: Day?
    var last: Day?
    var startOffset: Int?
    var endOffset: Int?
    if let cell = cells[range], !DateParser.isPlaceholder(cell.value) {
      switch DateParser.parseRange(cell.value) {
      case .success(let r):
        first = r.start
        last = r.end
        startOffset = cell.offset
        endOffset = r.end == nil ? nil : cell.offset
      case .failure(let e):
        error(e.message, at: cell.offset)
        return (nil, nil, nil, (nil, nil))
      }
    } else {
      if let cell = cells[start], !DateParser.isPlaceholder(cell.value) {
        first = readDay(cell, role: .start, kind: kind)
        startOffset = cell.offset
      }
      if let cell = cells[end], !DateParser.isPlaceholder(cell.value) {
        last = readDay(cell, role: .end, kind: kind)
        endOffset = cell.offset
      }
      let startFailed = startOffset != nil && first == nil
      let endFailed = endOffset != nil && last == nil
      if startFailed || endFailed { return (nil, nil, nil, (nil, nil)) }
    }
    for (day, offset) in [(first, startOffset), (last, endOffset)] {
      if let day, let offset { checkPlausibleYear(day, at: offset) }
    }
    switch (first, last) {
    case (let s?, let e?):
      guard s <= e else {
        error("\(kind) end \(e.iso) is before \(kind) start \(s.iso)", at: endOffset!)
        return (nil, nil, nil, (nil, nil))
      }
      return (DayRange(s, e), s, e, (startOffset, endOffset))
    case (let s?, nil):
      if kind == "planned" {
        error(
          "planned start \(s.iso) has no planned end; give both, or neither for an item not scheduled yet",
          at: startOffset!)
        return (nil, nil, nil, (nil, nil))
      }
      return (nil, s, nil, (startOffset, nil))
    case (nil, let e?):
      error("\(kind) end \(e.iso) has no \(kind) start", at: endOffset!)
      return (nil, nil, nil, (nil, nil))
    case (nil, nil):
      return (nil, nil, nil, (nil, nil))
    }
  }

  private mutating func readDay(_ cell: (value: String, offset: Int), role: DateRole, kind: String) -> Day? {
    switch DateParser.parseDay(cell.value, role: role) {
    case .success(let day):
      return day
    case .failure(let e):
      if e.isShapeError, case .success(let r) = DateParser.parseRange(cell.value), r.end != nil {
        error(
          "'\(cell.value)' is a date range; put it in a '\(kind)' column, or split it into start and end",
          at: cell.offset)
      } else {
        error(e.message, at: cell.offset)
      }
      return nil
    }
  }

  private mutating func checkPlausibleYear(_ day: Day, at offset: Int) {
    let years = abs(day.year - today.year)
    if years > 50 {
      warning("date \(day.iso) is \(years) years from today; is the year a typo?", at: offset)
    }
  }

  private mutating func checkConsistency(
    _ item: Item, cells: Cells, record: CSVRecord,
    columns: [RoadmapColumn?], actualOffsets: (start: Int?, end: Int?)
  ) {
    if let day = item.actualStart, day > today, let offset = actualOffsets.start {
      warning("actual start \(day.iso) is after today (\(today.iso))", at: offset)
    }
    if let day = item.actualEnd, day > today, let offset = actualOffsets.end {
      warning("actual end \(day.iso) is after today (\(today.iso))", at: offset)
    }
    let statusOffset = cells[.status]?.offset ?? record.offset
    let progressOffset = cells[.progress]?.offset ?? record.offset
    switch item.declaredStatus {
    case .done where item.actualEnd == nil:
      warning("status is done but there is no actual end; its slip cannot be computed", at: statusOffset)
    case .active where item.actualStart == nil:
      warning("status is active but there is no actual start", at: statusOffset)
    case .planned where item.actualStart != nil:
      warning(
        "status is planned but the item has an actual start (\(item.actualStart!.iso))", at: statusOffset)
    default: break
    }
    let finished = item.declaredStatus == .done || (item.declaredStatus == nil && item.actualEnd != nil)
    if let progress = item.progress {
      let shown = Self.percent(progress)
      if finished && progress < 100 {
        warning("the item is done but progress is \(shown)", at: progressOffset)
      } else if !finished && progress == 100 && item.declaredStatus != .dropped {
        warning("progress is 100% but there is no actual end", at: progressOffset)
      } else if progress > 0 && item.actualStart == nil && item.declaredStatus == nil {
        warning("progress is \(shown) but there is no actual start", at: progressOffset)
      }
    }
  }

  static func percent(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value))%" : "\(value)%"
  }

  /// True for an absolute http or https link with a host: `https://blog.example/post`.
  /// Checked by hand because URLComponents costs more than the rest of a row's validation.
  static func isWebLink(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let lower = bytes.prefix(8).map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }
    let schemeLength: Int
    if lower.starts(with: Array("https://".utf8)) {
      schemeLength = 8
    } else if lower.starts(with: Array("http://".utf8)) {
      schemeLength = 7
    } else {
      return false
    }
    if bytes.contains(where: { $0 <= 0x20 }) { return false }
    if bytes.contains(where: { $0 >= 0x80 }), text.unicodeScalars.contains(where: \.properties.isWhitespace) {
      return false
    }
    let rest = bytes[schemeLength...]
    let authorityEnd = rest.firstIndex(where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }) ?? rest.endIndex
    var host = rest[rest.startIndex..<authorityEnd]
    if let at = host.lastIndex(of: 0x40) { host = host[(at + 1)...] }
    if host.first == 0x5B { return host.count > 2 && host.last == 0x5D || host.contains(0x5D) }
    if let colon = host.lastIndex(of: 0x3A) {
      let port = host[(colon + 1)...]
      guard port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      host = host[..<colon]
    }
    guard !host.isEmpty, host.first != 0x2E, host.first != 0x2D else { return false }
    return host.allSatisfy { b in
      b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E
        || b == 0x2D
        || b == 0x5F
    }
  }

}

/// A row's non-empty cells by column, in a fixed array (a dictionary costs more than the rest).
struct Cells {
  private var storage = [(value: String, offset: Int)?](repeating: nil, count: RoadmapColumn.allCases.count)

  subscript(column: RoadmapColumn) -> (value: String, offset: Int)? {
    get { storage[column.ordinal] }
    set { storage[column.ordinal] = newValue }
  }
}
