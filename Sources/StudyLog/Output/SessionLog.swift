import Foundation

/// Reading and appending session logs.
public enum SessionLog {
  /// The header of a new log.
  public static let header = "date,item,hours,note"

  /// The line to append for a session, in the order of the file's columns (`date,item,hours,note`
  /// for a new file), without a line ending. Fields are quoted when they hold commas, quotes or
  /// line breaks.
  public static func line(for session: Session, columns: [SessionColumn?]) -> String {
    CSVWriter.record(
      columns.map { column -> String in
        switch column {
        case .date: return session.day.iso
        case .item: return session.itemID
        case .hours: return Format.decimal(session.hours)
        case .minutes: return Format.decimal(session.hours * 60)
        case .note: return session.note ?? ""
        case nil: return ""
        }
      })
  }

  /// Columns of a new log.
  public static let defaultColumns: [SessionColumn?] = [.date, .item, .hours, .note]
}

extension SessionLog {
  /// The line ending a file uses: that of its first line break (LF when it has none).
  public static func lineEnding(of bytes: [UInt8]) -> String {
    guard let i = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return "\n" }
    if bytes[i] == 0x0A { return "\n" }
    return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? "\r\n" : "\r"
  }

  /// The bytes to append to a log whose content is `existing`, to be written in one `write`: the
  /// line with the file's line ending, preceded by one when the file does not end with a line
  /// break.
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
