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

  /// The date and time of a datetime cell; nil when `text` holds no time of day (or an
  /// impossible one, such as 25:00, which is then read, and refused, as a date). Read by hand
  /// from the end (a regular expression took 80 µs a cell): an optional zone (`Z`, `+09:00`),
  /// AM or PM, `H:MM`, `H:MM:SS` or `H:MM:SS.fff`, an optional 오전 or 오후, then `T` or white
  /// space after a date that ends in a digit, `.` or 일.
  static func timeOfDay(in text: String) -> TimeOfDay? {
    guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
    func trimmed(_ s: Substring) -> Substring { s.last?.isWhitespace == true ? trimmed(s.dropLast()) : s }
    var rest = Substring(text)
    let six = Array(rest.suffix(6))
    let five = Array(rest.suffix(5))
    if rest.hasSuffix("Z") {
      rest = rest.dropLast()
    } else if six.count == 6, six[0] == "+" || six[0] == "-", six[3] == ":",
      [six[1], six[2], six[4], six[5]].allSatisfy(\.isASCIIDigit)
    {
      rest = rest.dropLast(6)
    } else if five.count == 5, five[0] == "+" || five[0] == "-", five.dropFirst().allSatisfy(\.isASCIIDigit) {
      rest = rest.dropLast(5)
    }
    rest = trimmed(rest)
    var meridiem: String?
    let ending = rest.suffix(2).uppercased()
    if ending == "AM" || ending == "PM" {
      meridiem = ending
      rest = trimmed(rest.dropLast(2))
    }
    let timeStart =
      rest.lastIndex { !($0.isASCIIDigit || $0 == ":" || $0 == ".") }.map(rest.index(after:))
      ?? rest.startIndex
    let parts = rest[timeStart...].split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.dropLast().allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    let last =
      parts.count == 3 ? parts[2].split(separator: ".", omittingEmptySubsequences: false) : [parts[1]]
    guard last[0].count == 2, last[0].allSatisfy(\.isASCIIDigit), last.count <= 2,
      last.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    var before = rest[..<timeStart]
    var textStart = timeStart
    if before.hasSuffix("T") {
      before = before.dropLast()
    } else {
      guard before.last?.isWhitespace == true else { return nil }
      before = trimmed(before)
      for word in ["오전", "오후"] where meridiem == nil && before.hasSuffix(word) {
        meridiem = word
        textStart = before.index(before.endIndex, offsetBy: -2)
        before = trimmed(before.dropLast(2))
      }
    }
    guard let end = before.last, end.isASCIIDigit || end == "." || end == "일" else { return nil }
    var hour = Int(parts[0])!
    let minute = Int(parts[1])!
    let second = parts.count == 3 ? Int(last[0])! : 0
    if let meridiem {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (meridiem == "오후" || meridiem == "PM" ? 12 : 0)
    }
    guard hour < 24, minute < 60, second < 60 else { return nil }
    return TimeOfDay(
      date: String(before), text: String(trimmed(Substring(text)[textStart...])), hour: hour, minute: minute,
      second: second)
  }

  /// The warning for a datetime cell whose time is not midnight (the time is left out: plans are
  /// in days); nil for a plain date or a time of 00:00.
  public static func ignoredTimeWarning(_ text: String) -> String? {
    if yearFirst(text) != nil { return nil }
    let shown = text.trimmingWhitespace()
    guard let time = timeOfDay(in: shown), !time.isMidnight else { return nil }
    return "'\(shown)' has a time of day (\(time.text)), which is left out: studylog plans in days;"
      + " write the date alone, as \(time.date)"
  }
}

extension Character {
  /// `0` to `9`.
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
