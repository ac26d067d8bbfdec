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

  public init(name: String, variances: [ItemVariance]) { self.init(name: name, of: variances) }

  /// The summary of `variances`, read in one pass without copying them.
  init<C: Collection<ItemVariance>>(name: String, of variances: C) {
    let all = Array(variances)
    self.init(name: name, of: all, at: all.indices)
  }

  /// The summary of `all[i]` for each `i` of `indices`, read in place (a variance holds a whole
  /// item: copying each costs more than the figures).
  init<Indices: Collection<Int>>(name: String, of all: [ItemVariance], at indices: Indices) {
    self.name = name
    items = indices.count
    var slips: [Int] = []
    var onTime = 0
    var daysOverPlan = 0
    var worst: Int?
    for i in indices where all[i].state == .done && !all[i].provisional {
      guard let slip = all[i].endSlipDays else { continue }
      slips.append(slip)
      if slip <= 0 { onTime += 1 }
      if let actual = all[i].actualDays, let planned = all[i].plannedDays {
        daysOverPlan += max(0, actual - planned)
      }
      if worst == nil || slip > all[worst!].endSlipDays! { worst = i }
    }
    finished = slips.count
    self.onTime = onTime
    self.daysOverPlan = daysOverPlan
    self.worst = worst.map { all[$0] }
    slips.sort()
    if !slips.isEmpty {
      meanEndSlipDays = Double(slips.reduce(0, +)) / Double(slips.count)
      let mid = slips.count / 2
      medianEndSlipDays = slips.count % 2 == 1 ? Double(slips[mid]) : Double(slips[mid - 1] + slips[mid]) / 2
    }
  }
}
