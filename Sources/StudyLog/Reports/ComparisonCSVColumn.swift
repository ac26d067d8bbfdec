/// A column of the comparison's CSV; the raw value is its English (snake_case) header.
public enum ComparisonCSVColumn: String, Sendable, CaseIterable {
  case id, category, title
  case plannedStart = "planned_start"
  case plannedEnd = "planned_end"
  case actualStart = "actual_start"
  case actualEnd = "actual_end"
  case startSlipDays = "start_slip_days"
  case endSlipDays = "end_slip_days"
  case plannedDays = "planned_days"
  case actualDays = "actual_days"
  case state, track, ratio, provisional
}
