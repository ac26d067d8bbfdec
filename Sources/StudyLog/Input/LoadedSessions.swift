#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A session log read from a file, with every problem found in it.
public struct LoadedSessions: Sendable {
  public var sessions: [Session]
  public var diagnostics: [Diagnostic]
  /// The header's columns in file order (nil for an unknown column), for appending in the same order.
  public var columns: [SessionColumn?]
  /// Whether the header names a date, an item and a time column, each once.
  public var headerIsValid: Bool

  public var hasErrors: Bool { diagnostics.hasErrors }
}

extension SessionLog {
  /// Reads a session log (`date,item,hours,note`; `minutes` instead of `hours`; Korean headers
  /// 날짜, 항목, 시간, 분, 메모) and matches each session to an item of `roadmap`. In a `shared`
  /// log, a session whose item the roadmap lacks is a warning (and left out), not an error.
  public static func load(
    bytes: [UInt8], source: String, roadmap: Roadmap, today: Day, shared: SharedLog? = nil
  ) -> LoadedSessions {
    var log: DiagnosticLog
    switch DiagnosticLog.decoding(bytes, source: source) {
    case .failure(let diagnostic):
      return LoadedSessions(sessions: [], diagnostics: [diagnostic], columns: [], headerIsValid: false)
    case .success(let decoded): log = decoded.log
    }
    if log.isBlank {
      log.add(.error, "the file is empty; a session log needs a header row (date,item,hours,note)", line: nil)
      return LoadedSessions(sessions: [], diagnostics: log.sorted, columns: [], headerIsValid: false)
    }
    var columns: [SessionColumn?] = []
    var headerOK = false
    var sessions: [Session] = []
    var lineOf: [String: Int] = [:]  // The first line of each repetitionKey.
    var first = true
    // A shared log's sessions of items the roadmap lacks: one warning per item, at its first line.
    var misses: [(reference: String, offset: Int, count: Int)] = []
    let issues = CSVReader.read(log.text.bytes) { record in
      if first {
        first = false
        (columns, headerOK) = readHeader(record, log: &log)
        return
      }
      guard headerOK else { return }
      if record.fields.allSatisfy({ $0.value.allSatisfy(\.isWhitespace) }) { return }
      guard record.fields.count == columns.count else {
        let count = record.fields.count
        let offset = count > columns.count ? record.fields[columns.count].offset : record.offset
        log.error(
          "row has \(count) field\(count == 1 ? "" : "s") but the header has \(columns.count)", at: offset)
        return
      }
      if let session = readRow(
        record, columns: columns, roadmap: roadmap, today: today, shared: shared, misses: &misses, log: &log)
      {
        if let earlier = lineOf[session.repetitionKey] {
          log.warning(session.repetitionMessage(earlierLine: earlier), at: record.offset)
        } else {
          lineOf[session.repetitionKey] = session.line
        }
        sessions.append(session)
      }
    }
    log.add(issues)
    for miss in misses {
      log.warning(shared!.warning(miss.reference, count: miss.count, roadmap: roadmap), at: miss.offset)
    }
    return LoadedSessions(
      sessions: sessions, diagnostics: log.sorted, columns: columns, headerIsValid: headerOK)
  }

  /// Reads a session log from text.
  public static func load(
    csv: String, source: String, roadmap: Roadmap, today: Day, shared: SharedLog? = nil
  ) -> LoadedSessions {
    load(bytes: Array(csv.utf8), source: source, roadmap: roadmap, today: today, shared: shared)
  }

  private static func readHeader(_ header: CSVRecord, log: inout DiagnosticLog) -> ([SessionColumn?], Bool) {
    var columns: [SessionColumn?] = []
    var seen: [SessionColumn: String] = [:]
    var ok = true
    for field in header.fields {
      let name = field.value.trimmingWhitespace()
      guard let column = SessionColumn(header: name) else {
        if !name.isEmpty { log.warning("unknown column '\(name)' is ignored", at: field.offset) }
        columns.append(nil)
        continue
      }
      if let other = seen[column] {
        log.error(
          "duplicate column '\(name)': column '\(other)' already gives the \(column.rawValue)",
          at: field.offset)
        ok = false
      }
      if column == .hours, let other = seen[.minutes] {
        log.error("columns '\(other)' and '\(name)' both give the time; keep one of them", at: field.offset)
        ok = false
      }
      if column == .minutes, let other = seen[.hours] {
        log.error("columns '\(other)' and '\(name)' both give the time; keep one of them", at: field.offset)
        ok = false
      }
      seen[column] = seen[column] ?? name
      columns.append(column)
    }
    for (column, also) in [(SessionColumn.date, "날짜"), (.item, "항목")] where seen[column] == nil {
      log.error("missing required column '\(column.rawValue)' (also accepted: \(also))", at: header.offset)
      ok = false
    }
    if seen[.hours] == nil && seen[.minutes] == nil {
      log.error("missing column 'hours' or 'minutes' (also accepted: 시간, 분)", at: header.offset)
      ok = false
    }
    return (columns, ok)
  }

  private static func readRow(
    _ record: CSVRecord, columns: [SessionColumn?], roadmap: Roadmap, today: Day, shared: SharedLog?,
    misses: inout [(reference: String, offset: Int, count: Int)], log: inout DiagnosticLog
  ) -> Session? {
    var cells: [SessionColumn: (value: String, offset: Int)] = [:]
    for (column, field) in zip(columns, record.fields) {
      guard let column else { continue }
      cells[column] = (CSVWriter.unguarded(field.value).trimmingWhitespace(), field.offset)
    }
    var valid = true
    var day: Day?
    if let cell = cells[.date], !cell.value.isEmpty {
      switch DateParser.parseDay(cell.value, role: .start) {
      case .success(let d) where DateParser.parseDay(cell.value, role: .end) == .success(d):
        day = d
        if d > today { log.warning("session on \(d.iso) is after today (\(today.iso))", at: cell.offset) }
      case .success:
        log.error("'\(cell.value)' is a month; a session needs a day", at: cell.offset)
        valid = false
      case .failure(let e):
        log.error(e.message, at: cell.offset)
        valid = false
      }
    } else {
      log.error("empty date", at: cells[.date]?.offset ?? record.offset)
      valid = false
    }

    var itemID: String?
    if let cell = cells[.item], !cell.value.isEmpty {
      let match = roadmap.match(item: cell.value)
      if case .item(let item) = match {
        itemID = item.id
      } else if shared != nil, match == .unknown {
        if let i = misses.firstIndex(where: { $0.reference == cell.value }) {
          misses[i].count += 1
        } else {
          misses.append((cell.value, cell.offset, 1))
        }
        valid = false
      } else {
        log.error(roadmap.problem(with: cell.value)!, at: cell.offset)
        valid = false
      }
    } else {
      log.error("empty item", at: cells[.item]?.offset ?? record.offset)
      valid = false
    }

    var hours: Double?
    let timeColumn: SessionColumn = cells[.hours] != nil ? .hours : .minutes
    if let cell = cells[timeColumn], !cell.value.isEmpty {
      let limit = timeColumn == .hours ? 24.0 : 1440.0
      if let value = Double(cell.value), value.isFinite {
        if value > 0 && value <= limit {
          hours = timeColumn == .hours ? value : value / 60
        } else {
          log.error(
            "\(timeColumn.rawValue) '\(cell.value)' is outside 0–\(Int(limit)) (more than none, at most a day)",
            at: cell.offset)
          valid = false
        }
      } else {
        log.error("\(timeColumn.rawValue) '\(cell.value)' is not a number", at: cell.offset)
        valid = false
      }
    } else {
      log.error("empty \(timeColumn.rawValue)", at: cells[timeColumn]?.offset ?? record.offset)
      valid = false
    }

    guard valid, let day, let itemID, let hours else { return nil }
    let note = cells[.note].flatMap { $0.value.isEmpty ? nil : $0.value }
    return Session(
      day: day, itemID: itemID, hours: hours, note: note, line: log.text.line(ofByte: record.offset))
  }
}
