/// One item's planned dates against its actual ones.
public struct ItemVariance: Equatable, Sendable {
  public var item: Item
  public var state: ItemStatus
  /// The actual end, or today for an item in progress (then `provisional` is true).
  public var end: Day?
  public var provisional: Bool
  /// Actual start minus planned start, in days (positive: started late).
  public var startSlipDays: Int?
  /// End minus planned end, in days (positive: late). For an item in progress, the slip so far:
  /// the days from the planned end to today, 0 before the planned end (an unfinished item is
  /// never early).
  public var endSlipDays: Int?
  public var plannedDays: Int?
  /// Days from the actual start to the end, both included.
  public var actualDays: Int?

  /// Actual days over planned days.
  public var ratio: Double? {
    guard let actualDays, let plannedDays, plannedDays > 0 else { return nil }
    return Double(actualDays) / Double(plannedDays)
  }

  public init(_ item: Item, today: Day) {
    self.item = item
    state = item.status(on: today)
    plannedDays = item.planned?.days
    if let start = item.actualStart, let planned = item.planned, start <= today {
      startSlipDays = start - planned.start
    }
    switch state {
    case .done:
      end = item.actualEnd
      provisional = false
    case .inProgress:
      end = today
      provisional = true
    default:
      end = nil
      provisional = false
    }
    if let end, let planned = item.planned {
      endSlipDays = provisional ? max(0, end - planned.end) : end - planned.end
    }
    if let end, let start = item.actualStart, start <= end { actualDays = end - start + 1 }
  }
}
