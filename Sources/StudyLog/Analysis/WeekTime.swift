/// Study time in a week, from the session log.
public struct WeekTime: Equatable, Sendable {
  public struct Share: Equatable, Sendable {
    public var name: String
    public var hours: Double
  }

  public var hours: Double
  public var previousWeekHours: Double
  public var sessions: Int
  /// Distinct days with at least one session.
  public var daysStudied: Int
  /// Hours per category, most first (ties in roadmap order).
  public var byCategory: [Share]
  /// Hours per item (`id` and title), most first.
  public var byItem: [(item: Item, hours: Double)]
  /// Consecutive days with a session, ending on the report's day (or the day before it, when that
  /// day has none yet).
  public var streak: Int

  public static func == (a: WeekTime, b: WeekTime) -> Bool {
    a.hours == b.hours && a.previousWeekHours == b.previousWeekHours && a.sessions == b.sessions
      && a.daysStudied == b.daysStudied && a.byCategory == b.byCategory && a.streak == b.streak
      && a.byItem.map(\.item.id) == b.byItem.map(\.item.id) && a.byItem.map(\.hours) == b.byItem.map(\.hours)
  }
}
