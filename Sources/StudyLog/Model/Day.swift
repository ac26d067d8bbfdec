/// A calendar day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Stored as the number of days since 1970-01-01, so that differences are plain subtraction.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int

  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// The day with the given year, month (1–12) and day of month, or nil when no such day exists
  /// (2024-02-30, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month) else {
      return nil
    }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    daysSinceEpoch = era * 146097 + doe - 719468
  }

  /// Year, month (1–12) and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    let z = daysSinceEpoch + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// ISO 8601 weekday: 1 is Monday, 7 is Sunday.
  public var isoWeekday: Int {
    // 1970-01-01 was a Thursday (4).
    let r = (daysSinceEpoch + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }

  /// `2024-02-01`.
  public var iso: String {
    let (y, m, d) = components
    guard (0...9999).contains(y) else { return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2) }
    // Ten ASCII digits and dashes written in place (joining padded pieces cost several strings).
    return String(unsafeUninitializedCapacity: 10) { b in
      func put(_ value: Int, digits: Int, endingAt end: Int) {
        var v = value
        var j = end - 1
        while j >= end - digits {
          b[j] = UInt8(0x30 + v % 10)
          v /= 10
          j -= 1
        }
      }
      put(y, digits: 4, endingAt: 4)
      b[4] = 0x2D
      put(m, digits: 2, endingAt: 7)
      b[7] = 0x2D
      put(d, digits: 2, endingAt: 10)
      return 10
    }
  }

  public var description: String { iso }

  public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

  /// The day `n` days later (earlier when negative).
  public static func + (day: Day, n: Int) -> Day { Day(daysSinceEpoch: day.daysSinceEpoch + n) }
  public static func - (day: Day, n: Int) -> Day { Day(daysSinceEpoch: day.daysSinceEpoch - n) }
  /// Days from `b` to `a`: positive when `a` is later.
  public static func - (a: Day, b: Day) -> Int { a.daysSinceEpoch - b.daysSinceEpoch }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month (1–12) of a year.
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(abs(n))
    let padded = s.count < width ? String(repeating: "0", count: width - s.count) + s : s
    return n < 0 ? "-" + padded : padded
  }
}
