#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RoadmapSummary {
  /// The summary as JSON: every group's figures and the total, percentages and slips to one
  /// decimal.
  func json() -> String {
    func number(_ x: Double?) -> JSONValue { .number(x.map { Format.rounded($0, places: 1) }) }
    func object(_ g: GroupSummary) -> JSONValue {
      .object([
        ("name", .string(g.name)),
        ("items", .int(g.items)),
        ("done", .int(g.done)),
        ("in_progress", .int(g.inProgress)),
        ("planned", .int(g.planned)),
        ("unscheduled", .int(g.unscheduled)),
        ("paused", .int(g.paused)),
        ("dropped", .int(g.dropped)),
        ("overdue", .int(g.overdue)),
        ("late_start", .int(g.lateStart)),
        ("percent_done", number(g.percentDone)),
        ("percent_done_by_days", number(g.percentDoneByDays)),
        ("planned_start", .string(g.plannedSpan?.start.iso)),
        ("planned_end", .string(g.plannedSpan?.end.iso)),
        ("actual_days", .int(g.actualDays)),
        ("mean_end_slip_days", number(g.meanEndSlipDays)),
      ])
    }
    let root = JSONValue.object([
      ("title", .string(title)),
      ("today", .string(today.iso)),
      ("by", .string(grouping.rawValue)),
      ("groups", .array(groups.map(object))),
      ("total", object(total)),
    ])
    return root.document()
  }
}
