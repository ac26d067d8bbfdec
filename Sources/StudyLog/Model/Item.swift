/// One row of a roadmap: something to learn, with its planned and actual dates.
public struct Item: Equatable, Sendable {
  /// Unique key within the roadmap (the `id` column, or the row's position when there is none).
  public var id: String
  /// The physical line of the row in its file.
  public var line: Int
  /// Top-level group (SRE, MLOps); nil when the file has no track column or the cell is blank.
  public var track: String?
  public var category: String
  public var title: String
  public var description: String?
  /// An http or https link, usually to the blog post written about the item.
  public var url: String?
  /// The planned days, inclusive; nil when not scheduled yet.
  public var planned: DayRange?
  public var actualStart: Day?
  /// The day the item was finished, inclusive; nil while not finished.
  public var actualEnd: Day?
  /// Recorded progress in percent (0–100).
  public var progress: Double?
  public var declaredStatus: DeclaredStatus?
  /// The item's cells in the roadmap's user columns (`Roadmap.extraColumns`), by header text;
  /// empty cells are left out.
  public var extras: [String: String]

  public init(
    id: String, line: Int = 0, track: String? = nil, category: String, title: String,
    description: String? = nil, url: String? = nil, planned: DayRange? = nil, actualStart: Day? = nil,
    actualEnd: Day? = nil, progress: Double? = nil, declaredStatus: DeclaredStatus? = nil,
    extras: [String: String] = [:]
  ) {
    self.id = id
    self.line = line
    self.track = track
    self.category = category
    self.title = title
    self.description = description
    self.url = url
    self.planned = planned
    self.actualStart = actualStart
    self.actualEnd = actualEnd
    self.progress = progress
    self.declaredStatus = declaredStatus
    self.extras = extras
  }

  /// A milestone is planned for a single day.
  public var isMilestone: Bool { planned?.isSingleDay ?? false }

  /// The actual days, inclusive, once the item is finished.
  public var actual: DayRange? {
    guard let actualStart, let actualEnd, actualStart <= actualEnd else { return nil }
    return DayRange(actualStart, actualEnd)
  }

  /// The item's status as of `today`. A declared status wins; otherwise the actual dates that
  /// are not after `today` decide, so a report pinned to an earlier day shows that day's state.
  public func status(on today: Day) -> ItemStatus {
    switch declaredStatus {
    case .dropped: return .dropped
    case .paused: return .paused
    case .done: return .done
    case .active: return .inProgress
    case .planned: return planned == nil ? .unscheduled : .planned
    case nil:
      if let actualEnd, actualEnd <= today { return .done }
      if let actualStart, actualStart <= today { return .inProgress }
      return planned == nil ? .unscheduled : .planned
    }
  }

  /// The planned end has passed (it is before `today`) and the item is neither done nor dropped.
  public func isOverdue(on today: Day) -> Bool {
    guard let planned, planned.end < today else { return false }
    let s = status(on: today)
    return s != .done && s != .dropped
  }

  /// The planned start has passed and the item has not been started.
  public func isLateStart(on today: Day) -> Bool {
    guard let planned, planned.start < today else { return false }
    return status(on: today) == .planned
  }

  /// Actual end minus planned end, in days: positive when finished late. Nil unless finished
  /// and planned.
  public var endSlipDays: Int? {
    guard let planned, let actualEnd else { return nil }
    return actualEnd - planned.end
  }
}
