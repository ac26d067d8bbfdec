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
