import Foundation

extension DateParser {
  /// A time of day after a date, as spreadsheets write datetimes: `2024-05-01 00:00:00`,
  /// `2024-05-01T00:00:00Z`, `2024. 5. 1 오전 12:00:00`, `2024/05/01 12:00 AM`.
  struct TimeOfDay: Equatable {
    /// The cell without its time: `2024. 5. 1`.
    var date: String
    /// The time as written: `오전 12:00:00`.
    var text: String
    /// Hours (0...23), minutes and seconds, with `오전`/`오후`, AM and PM resolved.
    var hour: Int
    var minute: Int
    var second: Int

    var isMidnight: Bool { hour == 0 && minute == 0 && second == 0 }
  }

  private static let timePattern = try! NSRegularExpression(
    pattern:
      #"^(.*?[0-9.일])(?:\s+|T)((?:(오전|오후|AM|PM|am|pm)\s*)?([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?"#
      + #"(?:\s*(AM|PM|am|pm))?\s*(?:Z|[+-][0-9]{2}:?[0-9]{2})?)$"#)

  /// The date and time of a datetime cell; nil when `text` holds no time of day (or an
  /// impossible one, such as 25:00, which is then read, and refused, as a date).
  static func timeOfDay(in text: String) -> TimeOfDay? {
    guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
    let ns = text as NSString
    guard let m = timePattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else {
      return nil
    }
    func group(_ i: Int) -> String? {
      let r = m.range(at: i)
      return r.location == NSNotFound ? nil : ns.substring(with: r)
    }
    var hour = Int(group(4)!)!
    let minute = Int(group(5)!)!
    let second = group(6).map { Int($0)! } ?? 0
    let meridiem = (group(3) ?? group(7))?.uppercased()
    if let meridiem {
      guard (1...12).contains(hour) else { return nil }
      let pm = meridiem == "오후" || meridiem == "PM"
      hour = hour % 12 + (pm ? 12 : 0)
    }
    guard hour < 24, minute < 60, second < 60 else { return nil }
    return TimeOfDay(
      date: group(1)!.trimmingWhitespace(), text: group(2)!, hour: hour, minute: minute, second: second)
  }

  /// The warning for a datetime cell whose time is not midnight (the time is left out: plans are
  /// in days); nil for a plain date or a time of 00:00.
  public static func ignoredTimeWarning(_ text: String) -> String? {
    let shown = text.trimmingWhitespace()
    guard let time = timeOfDay(in: shown), !time.isMidnight else { return nil }
    return "'\(shown)' has a time of day (\(time.text)), which is left out: studylog plans in days;"
      + " write the date alone, as \(time.date)"
  }
}
