/// What happened in a week and what comes next, as of the week's last day (or today, for the
/// current week).
public struct WeekReport: Sendable {
  /// The roadmap's title (never its file's path).
  public var title: String
  public var week: Week
  public var today: Day
  /// The day states are taken on: the week's last day, or today when that is earlier.
  public var asOf: Day
  public var finished: [Item]
  public var started: [Item]
  public var inProgress: [ProgressCheck]
  /// Planned to end next week and not done.
  public var dueNextWeek: [Item]
  /// With days past the planned end.
  public var overdue: [(item: Item, daysLate: Int)]
  /// Planned to start already and not started, with days since the planned start.
  public var notStarted: [(item: Item, daysLate: Int)]
  /// Nil without a session log.
  public var time: WeekTime?

  /// `title` defaults to `Roadmap.defaultTitle(forFile:workingDirectory:)` of the roadmap's source.
  public init(roadmap: Roadmap, sessions: [Session]?, week: Week, today: Day, title: String? = nil) {
    self.title = title ?? roadmap.defaultTitle
    self.week = week
    self.today = today
    let asOf = min(week.end, today)
    self.asOf = asOf
    let items = roadmap.items
    finished = items.filter { item in
      guard let end = item.actualEnd else { return false }
      return week.days.contains(end) && end <= asOf
    }
    started = items.filter { item in
      guard let start = item.actualStart else { return false }
      return week.days.contains(start) && start <= asOf
    }
    inProgress = items.filter { $0.status(on: asOf) == .inProgress }.map { item in
      Self.check(item, on: asOf)
    }
    let next = week.next.days
    dueNextWeek = items.filter { item in
      guard let planned = item.planned, next.contains(planned.end) else { return false }
      let s = item.status(on: asOf)
      return s != .done && s != .dropped
    }
    overdue = items.filter { $0.isOverdue(on: asOf) }.map { ($0, asOf - $0.planned!.end) }
    notStarted = items.filter { $0.isLateStart(on: asOf) }.map { ($0, asOf - $0.planned!.start) }
    time = sessions.map { Self.time(roadmap: roadmap, sessions: $0, week: week, asOf: asOf) }
  }

  static func check(_ item: Item, on day: Day) -> ProgressCheck {
    let elapsed = item.actualStart.map { day - $0 + 1 } ?? 0
    var expected: Double?
    if let planned = item.planned {
      let passed = Double(day - planned.start + 1) / Double(planned.days) * 100
      expected = min(max(passed, 0), 100)
    }
    var pace = Pace.unknown
    if let expected, let recorded = item.progress {
      if recorded >= expected + ProgressCheck.tolerance {
        pace = .ahead
      } else if recorded <= expected - ProgressCheck.tolerance {
        pace = .behind
      } else {
        pace = .onTrack
      }
    }
    return ProgressCheck(
      item: item, elapsedDays: elapsed, plannedDays: item.planned?.days, expectedPercent: expected,
      recordedPercent: item.progress, pace: pace)
  }

  static func time(roadmap: Roadmap, sessions: [Session], week: Week, asOf: Day) -> WeekTime {
    let byID = Dictionary(roadmap.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let thisWeek = sessions.filter { week.days.contains($0.day) && $0.day <= asOf }
    let previous = sessions.filter { week.previous.days.contains($0.day) }
    var categoryHours: [String: Double] = [:]
    var itemHours: [String: Double] = [:]
    for s in thisWeek {
      if let item = byID[s.itemID] { categoryHours[item.category, default: 0] += s.hours }
      itemHours[s.itemID, default: 0] += s.hours
    }
    let categoryOrder = roadmap.categories
    let byCategory = categoryOrder.compactMap { name in
      categoryHours[name].map { WeekTime.Share(name: name, hours: $0) }
    }
    .enumerated().sorted { a, b in
      a.element.hours != b.element.hours ? a.element.hours > b.element.hours : a.offset < b.offset
    }
    .map(\.element)
    let byItem = roadmap.items.enumerated().compactMap { index, item in
      itemHours[item.id].map { (index, item, $0) }
    }
    .sorted { a, b in a.2 != b.2 ? a.2 > b.2 : a.0 < b.0 }
    .map { (item: $0.1, hours: $0.2) }
    let studied = Set(sessions.filter { $0.day <= asOf }.map(\.day))
    var streak = 0
    var day = studied.contains(asOf) ? asOf : asOf - 1
    while studied.contains(day) {
      streak += 1
      day = day - 1
    }
    return WeekTime(
      hours: thisWeek.reduce(0) { $0 + $1.hours }, previousWeekHours: previous.reduce(0) { $0 + $1.hours },
      sessions: thisWeek.count, daysStudied: Set(thisWeek.map(\.day)).count, byCategory: byCategory,
      byItem: byItem, streak: streak)
  }
}
