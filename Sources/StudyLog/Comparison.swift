/// One item's planned dates against its actual ones.
public struct ItemVariance: Equatable, Sendable {
  public var item: Item
  public var state: ItemStatus
  /// The actual end, or today for an item in progress (then `provisional` is true).
  public var end: Day?
  public var provisional: Bool
  /// Actual start minus planned start, in days (positive: started late).
  public var startSlipDays: Int?
  /// End minus planned end, in days (positive: late).
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
    if let end, let planned = item.planned { endSlipDays = end - planned.end }
    if let end, let start = item.actualStart, start <= end { actualDays = end - start + 1 }
  }
}

/// Planned against actual for a group of items (a category, or all): figures over finished items
/// that had planned dates.
public struct VarianceSummary: Equatable, Sendable {
  public var name: String
  public var items: Int
  /// Finished items with planned dates: the ones the figures are about.
  public var finished: Int
  /// Finished no later than planned.
  public var onTime: Int
  public var onTimeRate: Double? { finished > 0 ? Double(onTime) / Double(finished) : nil }
  public var medianEndSlipDays: Double?
  public var meanEndSlipDays: Double?
  /// Actual days beyond planned days, added up over the finished items that overran.
  public var daysOverPlan: Int
  /// The finished item that ended latest against its plan (the first in file order on a tie).
  public var worst: ItemVariance?

  public init(name: String, variances: [ItemVariance]) {
    self.name = name
    items = variances.count
    let done = variances.filter { $0.state == .done && !$0.provisional && $0.endSlipDays != nil }
    finished = done.count
    onTime = done.filter { $0.endSlipDays! <= 0 }.count
    let slips = done.map { $0.endSlipDays! }.sorted()
    if !slips.isEmpty {
      meanEndSlipDays = Double(slips.reduce(0, +)) / Double(slips.count)
      let mid = slips.count / 2
      medianEndSlipDays = slips.count % 2 == 1 ? Double(slips[mid]) : Double(slips[mid - 1] + slips[mid]) / 2
    }
    daysOverPlan = done.reduce(0) { total, v in
      guard let actual = v.actualDays, let planned = v.plannedDays else { return total }
      return total + max(0, actual - planned)
    }
    worst = done.reduce(nil) { best, v in
      guard let b = best else { return v }
      return v.endSlipDays! > b.endSlipDays! ? v : b
    }
  }
}

/// The order of items in a comparison.
public enum ComparisonSort: String, Sendable, CaseIterable {
  /// File order.
  case id
  /// Latest end first; items without an end slip last, in file order.
  case slip
}

/// Planned against actual dates for every item, per category and overall, as of a day.
public struct Comparison: Sendable {
  public var source: String
  public var today: Day
  public var items: [ItemVariance]
  public var categories: [VarianceSummary]
  public var overall: VarianceSummary

  public init(_ roadmap: Roadmap, today: Day, sort: ComparisonSort = .id) {
    source = roadmap.source
    self.today = today
    let all = roadmap.items.map { ItemVariance($0, today: today) }
    switch sort {
    case .id:
      items = all
    case .slip:
      items = all.enumerated().sorted { a, b in
        switch (a.element.endSlipDays, b.element.endSlipDays) {
        case (let x?, let y?): return x != y ? x > y : a.offset < b.offset
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.offset < b.offset
        }
      }.map(\.element)
    }
    categories = roadmap.categories.map { name in
      VarianceSummary(name: name, variances: all.filter { $0.item.category == name })
    }
    overall = VarianceSummary(name: "overall", variances: all)
  }
}
