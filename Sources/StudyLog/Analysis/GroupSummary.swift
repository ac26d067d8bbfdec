/// Counts and figures for one group of items (a category, a track, or all of them), as of a day.
public struct GroupSummary: Equatable, Sendable {
  public var name: String
  public var items = 0
  public var done = 0
  public var inProgress = 0
  public var planned = 0
  /// Items without planned dates (`TBD`).
  public var unscheduled = 0
  public var paused = 0
  public var dropped = 0
  /// Items whose planned end has passed and that are neither done nor dropped.
  public var overdue = 0
  /// Items whose planned start has passed and that have not been started.
  public var lateStart = 0
  /// Done items in percent of the items that are not dropped; nil when there are none.
  public var percentDone: Double?
  /// Planned days of done items in percent of the planned days of all scheduled items that are
  /// not dropped; nil when no item is scheduled.
  public var percentDoneByDays: Double?
  /// First planned start to last planned end; nil when no item is scheduled.
  public var plannedSpan: DayRange?
  /// Actual days (inclusive) spent on finished items.
  public var actualDays = 0
  /// Mean of actual end minus planned end over finished, planned items, in days (positive is
  /// late); nil when there are none.
  public var meanEndSlipDays: Double?

  public init(name: String, items: [Item], today: Day) {
    self.init(name: name, items: items, at: items.indices, today: today)
  }

  /// The summary of the items of `all` at `indices`, read in place.
  init<C: Collection<Int>>(name: String, items all: [Item], at indices: C, today: Day) {
    self.name = name
    self.items = indices.count
    var doneDays = 0
    var scheduledDays = 0
    var slips: [Int] = []
    var first: Day?
    var last: Day?
    for index in indices {
      let item = all[index]
      let status = item.status(on: today)
      switch status {
      case .done: done += 1
      case .inProgress: inProgress += 1
      case .planned: planned += 1
      case .unscheduled: unscheduled += 1
      case .paused: paused += 1
      case .dropped: dropped += 1
      }
      if item.isOverdue(on: today) { overdue += 1 }
      if item.isLateStart(on: today) { lateStart += 1 }
      if let range = item.planned {
        first = min(first ?? range.start, range.start)
        last = max(last ?? range.end, range.end)
        if status != .dropped { scheduledDays += range.days }
        if status == .done { doneDays += range.days }
      }
      if status == .done {
        if let actual = item.actual { actualDays += actual.days }
        if let slip = item.endSlipDays { slips.append(slip) }
      }
    }
    let active = indices.count - dropped
    percentDone = active > 0 ? Double(done) * 100 / Double(active) : nil
    percentDoneByDays = scheduledDays > 0 ? Double(doneDays) * 100 / Double(scheduledDays) : nil
    if let first, let last { plannedSpan = DayRange(first, last) }
    meanEndSlipDays = slips.isEmpty ? nil : Double(slips.reduce(0, +)) / Double(slips.count)
  }
}
