/// An inclusive range of days: `start` and `end` both belong to it.
///
/// 2024-02-01 to 2024-03-30 covers 59 days; a milestone has `start == end` and covers one day.
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
  public let start: Day
  /// The last day of the range, inclusive.
  public let end: Day

  /// Creates the range; `end` must not be before `start`.
  public init(_ start: Day, _ end: Day) {
    precondition(start <= end, "DayRange end \(end) is before start \(start)")
    self.start = start
    self.end = end
  }

  /// The number of days covered, counting both ends (at least 1).
  public var days: Int { end - start + 1 }

  public var isSingleDay: Bool { start == end }

  public func contains(_ day: Day) -> Bool { start <= day && day <= end }

  public var description: String { "\(start.iso)..\(end.iso)" }
}
