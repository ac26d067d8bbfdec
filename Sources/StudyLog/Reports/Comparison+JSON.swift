#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Comparison {
  /// The comparison as JSON: every item, every category and the overall figures; slips to one
  /// decimal, ratios to two, rates to three.
  func json() -> String {
    func int(_ x: Int?) -> JSONValue { x.map { .int($0) } ?? .null }
    func round(_ x: Double?, places: Int) -> JSONValue {
      .number(x.map { Format.rounded($0, places: places) })
    }
    func summary(_ s: VarianceSummary) -> JSONValue {
      .object([
        ("name", .string(s.name)), ("items", .int(s.items)), ("finished", .int(s.finished)),
        ("on_time", .int(s.onTime)),
        ("on_time_rate", round(s.onTimeRate, places: 3)),
        ("median_end_slip_days", round(s.medianEndSlipDays, places: 1)),
        ("mean_end_slip_days", round(s.meanEndSlipDays, places: 1)), ("days_over_plan", .int(s.daysOverPlan)),
        (
          "worst",
          s.worst.map {
            .object([
              ("id", .string($0.item.id)), ("title", .string($0.item.title)),
              ("end_slip_days", int($0.endSlipDays)),
            ])
          } ?? .null
        ),
      ])
    }
    let itemValues: [JSONValue] = Parallel.array(items.count, minimum: JSONValue.parallelArray) { k in
      let v = items[k]
      return
        .object([
          ("id", .string(v.item.id)), ("category", .string(v.item.category)),
          ("title", .string(v.item.title)),
          ("planned_start", .string(v.item.planned?.start.iso)),
          ("planned_end", .string(v.item.planned?.end.iso)),
          ("actual_start", .string(v.item.actualStart?.iso)),
          ("actual_end", .string(v.state == .done ? v.item.actualEnd?.iso : nil)),
          ("start_slip_days", int(v.startSlipDays)), ("end_slip_days", int(v.endSlipDays)),
          ("planned_days", int(v.plannedDays)), ("actual_days", int(v.actualDays)),
          ("ratio", round(v.ratio, places: 2)),
          ("state", .string(v.state.rawValue)), ("provisional", .bool(v.provisional)),
        ])
    }
    return JSONValue.object([
      ("title", .string(title)), ("today", .string(today.iso)), ("items", .array(itemValues)),
      ("categories", .array(categories.map(summary))), ("overall", summary(overall)),
    ]).document()
  }
}
