#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One study session: time spent on a roadmap item on a day.
public struct Session: Equatable, Sendable {
  public var day: Day
  /// The id of the roadmap item studied.
  public var itemID: String
  /// Time spent, in hours.
  public var hours: Double
  public var note: String?
  /// The physical line of the row in its file.
  public var line: Int

  public init(day: Day, itemID: String, hours: Double, note: String? = nil, line: Int = 0) {
    self.day = day
    self.itemID = itemID
    self.hours = hours
    self.note = note
    self.line = line
  }
}
