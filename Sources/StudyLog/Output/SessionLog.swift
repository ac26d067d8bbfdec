#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading and appending session logs.
public enum SessionLog {
  /// The header of a new log.
  public static let header = "date,item,hours,note"

  /// The line to append for a session, in the order of the file's columns (`date,item,hours,note`
  /// for a new file), without a line ending. Fields are quoted when they hold commas, quotes or
  /// line breaks. The time is `time(_:in:)`'s.
  public static func line(for session: Session, columns: [SessionColumn?]) -> String {
    CSVWriter.record(
      columns.map { column -> String in
        switch column {
        case .date: return session.day.iso
        case .item: return session.itemID
        case .hours: return time(session.hours, in: .hours).text
        case .minutes: return time(session.hours, in: .minutes).text
        case .note: return session.note ?? ""
        case nil: return ""
        }
      })
  }

  /// Columns of a new log.
  public static let defaultColumns: [SessionColumn?] = [.date, .item, .hours, .note]

  /// The cell for `hours` in an hours or minutes `column`, and the hours the reader reads from it.
  /// The cell is the shortest plain decimal (at most 24 places) that reads back as exactly `hours`
  /// (`1.5`; `0.0000001`; `0.3333333333333333` for 20 minutes in an hours column; `66` for 1.1
  /// hours in a minutes column). In a minutes column, where no number divided by 60 may give
  /// exactly `hours` (0.0000001), it is the shortest that reads as exactly `hours` × 60 minutes.
  static func time(_ hours: Double, in column: SessionColumn) -> (text: String, reads: Double) {
    if column != .minutes {
      let text = exactDecimal([hours]) { $0 == hours } ?? "\(hours)"
      return (text, Double(text) ?? hours)
    }
    let minutes = hours * 60
    // Numbers a few units in the last place from `minutes` too: 1.1 × 60 is 66.00000000000001.
    var candidates = [minutes]
    var (down, up) = (minutes, minutes)
    for _ in 0..<4 {
      (down, up) = (down.nextDown, up.nextUp)
      candidates += [down, up]
    }
    if let text = exactDecimal(candidates, { $0 / 60 == hours }) { return (text, hours) }
    let text = exactDecimal([minutes]) { $0 == minutes } ?? "\(minutes)"
    return (text, (Double(text) ?? minutes) / 60)
  }

  /// The shortest plain decimal (no exponent, at most 24 places) of one of `values` whose number
  /// `reads` accepts, or nil.
  private static func exactDecimal(_ values: [Double], _ reads: (Double) -> Bool) -> String? {
    for places in 0...24 {
      for value in values {
        let text = Printf.format("%.\(places)f", value)
        if let read = Double(text), reads(read) { return text }
      }
    }
    return nil
  }
}

extension SessionLog {
  /// The line ending a file uses: that of its first line break (LF when it has none).
  public static func lineEnding(of bytes: [UInt8]) -> String {
    guard let i = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return "\n" }
    if bytes[i] == 0x0A { return "\n" }
    return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? "\r\n" : "\r"
  }

  /// The UTF-8 text to append to a log whose text (decoded to UTF-8) is `existing`: the line with
  /// the file's line ending, preceded by one when the file does not end with a line break.
  public static func appendix(line: String, existing: [UInt8]) -> [UInt8] {
    let ending = lineEnding(of: existing)
    let needsBreak = !(existing.isEmpty || existing.last == 0x0A || existing.last == 0x0D)
    return Array(((needsBreak ? ending : "") + line + ending).utf8)
  }

  /// A new log holding one line.
  public static func newFile(line: String) -> [UInt8] {
    Array((header + "\n" + line + "\n").utf8)
  }
}

extension SessionLog {
  /// The bytes that append `session` to the log whose whole content is `existing`, to be written
  /// in one `write`: the line in the log's columns, line ending and encoding (UTF-8, UTF-16 in the
  /// file's byte order, CP949). Refuses, so that nothing is written, when the log does not read
  /// cleanly (any error), when its encoding cannot hold the line, or when the log with the line
  /// would not read back with `session` as its last session. `source` names the log in messages;
  /// a `shared` log may name items of other roadmaps.
  public static func appendix(
    for session: Session, existing: [UInt8], source: String, roadmap: Roadmap, today: Day,
    shared: SharedLog? = nil
  ) -> Result<[UInt8], SessionLogAppendError> {
    let log = load(bytes: existing, source: source, roadmap: roadmap, today: today, shared: shared)
    guard log.headerIsValid, case .success(let decoded) = TextDecoder.decode(existing) else {
      return .failure(.notASessionLog(source, diagnostics: log.diagnostics))
    }
    guard !log.hasErrors else { return .failure(.doesNotReadCleanly(source, diagnostics: log.diagnostics)) }
    if !log.columns.contains(.note) && noteAsRead(session.note) != nil {
      return .failure(.noNoteColumn(source))
    }
    let text = appendix(line: line(for: session, columns: log.columns), existing: decoded.utf8)
    switch decoded.encoding.encode(String(decoding: text, as: UTF8.self), byteOrderMark: false) {
    case .failure(let error):
      return .failure(.cannotEncode(source, error))
    case .success(let bytes):
      let after = existing + bytes
      guard case .success(let again) = TextDecoder.decode(after), again.encoding == decoded.encoding else {
        return .failure(
          .wouldNotReadBack(source, problem: "the file would no longer read as \(decoded.encoding.rawValue)"))
      }
      let column: SessionColumn = log.columns.contains(.minutes) ? .minutes : .hours
      let problem = readBack(
        after, adds: session, hours: time(session.hours, in: column).reads, to: log.sessions.count,
        source: source, roadmap: roadmap, today: today, shared: shared)
      return problem.map { .failure($0) } ?? .success(bytes)
    }
  }

  /// A new log (UTF-8, `date,item,hours,note`) holding `session`, checked as `appendix` checks.
  public static func newLog(for session: Session, source: String, roadmap: Roadmap, today: Day) -> Result<
    [UInt8], SessionLogAppendError
  > {
    let bytes = newFile(line: line(for: session, columns: defaultColumns))
    let problem = readBack(
      bytes, adds: session, hours: time(session.hours, in: .hours).reads, to: 0, source: source,
      roadmap: roadmap,
      today: today)
    return problem.map { .failure($0) } ?? .success(bytes)
  }

  /// `note` as the reader gives it back: line breaks as LF, without surrounding white space, nil
  /// when empty.
  static func noteAsRead(_ note: String?) -> String? {
    guard let note else { return nil }
    let lines = note.replacingScalars("\r\n", with: "\n").replacingScalars("\r", with: "\n")
    let trimmed = lines.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Why the log `bytes` would not read back as the `count` sessions before plus `session` (its
  /// note as `noteAsRead` gives it; `hours` as its time cell reads,
  /// which differs from `session.hours`, if at all, in the last of 16 digits), or nil when it would.
  static func readBack(
    _ bytes: [UInt8], adds session: Session, hours: Double, to count: Int, source: String, roadmap: Roadmap,
    today: Day, shared: SharedLog? = nil
  ) -> SessionLogAppendError? {
    let after = load(bytes: bytes, source: source, roadmap: roadmap, today: today, shared: shared)
    if let error = after.diagnostics.first(where: { $0.severity == .error }) {
      return .wouldNotReadBack(source, problem: (error.line.map { "line \($0): " } ?? "") + error.message)
    }
    let note = noteAsRead(session.note)
    guard after.sessions.count == count + 1, let last = after.sessions.last else {
      return .wouldNotReadBack(
        source, problem: "it would hold \(after.sessions.count) sessions, not \(count + 1)")
    }
    guard last.day == session.day, last.itemID == session.itemID, last.hours == hours,
      abs(hours - session.hours) <= session.hours * 1e-15, last.note == note
    else {
      return .wouldNotReadBack(
        source, problem: "it would read back as \(last.day.iso), item \(last.itemID), \(last.hours) h")
    }
    return nil
  }
}
