#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension WeekReport {
  /// The report as JSON: every list with ids, titles and dates, hours to one decimal.
  func json() -> String {
    func ref(_ item: Item, _ extra: [(String, JSONValue)]) -> JSONValue {
      .object(
        [("id", .string(item.id)), ("title", .string(item.title)), ("category", .string(item.category))]
          + extra)
    }
    func round1(_ x: Double) -> Double { Format.rounded(x, places: 1) }
    let timeValue: JSONValue =
      time.map { t in
        .object([
          ("hours", .double(round1(t.hours))),
          ("previous_week_hours", .double(round1(t.previousWeekHours))),
          ("change_hours", .double(round1(t.hours - t.previousWeekHours))),
          ("sessions", .int(t.sessions)),
          ("days_studied", .int(t.daysStudied)),
          ("streak_days", .int(t.streak)),
          (
            "by_category",
            .array(
              t.byCategory.map {
                .object([("name", .string($0.name)), ("hours", .double(round1($0.hours)))])
              })
          ),
          ("by_item", .array(t.byItem.map { ref($0.item, [("hours", .double(round1($0.hours)))]) })),
        ])
      } ?? .null
    return JSONValue.object([
      ("title", .string(title)),
      ("week", .string(week.label)),
      ("first_day", .string(week.start.iso)),
      ("last_day", .string(week.end.iso)),
      ("week_start", .string(week.firstDay.rawValue)),
      ("today", .string(today.iso)),
      ("as_of", .string(asOf.iso)),
      (
        "finished",
        .array(
          finished.map {
            ref(
              $0,
              [
                ("actual_end", .string($0.actualEnd?.iso)),
                ("end_slip_days", $0.endSlipDays.map { .int($0) } ?? .null),
              ])
          })
      ),
      ("started", .array(started.map { ref($0, [("actual_start", .string($0.actualStart?.iso))]) })),
      (
        "in_progress",
        .array(
          inProgress.map { c in
            ref(
              c.item,
              [
                ("elapsed_days", .int(c.elapsedDays)),
                ("planned_days", c.plannedDays.map { .int($0) } ?? .null),
                ("expected_percent", .number(c.expectedPercent.map(round1))),
                ("recorded_percent", .number(c.recordedPercent)), ("pace", .string(c.pace.rawValue)),
              ])
          })
      ),
      ("due_next_week", .array(dueNextWeek.map { ref($0, [("planned_end", .string($0.planned?.end.iso))]) })),
      (
        "overdue",
        .array(
          overdue.map {
            ref(
              $0.item, [("planned_end", .string($0.item.planned?.end.iso)), ("days_late", .int($0.daysLate))])
          })
      ),
      (
        "not_started",
        .array(
          notStarted.map {
            ref(
              $0.item,
              [("planned_start", .string($0.item.planned?.start.iso)), ("days_late", .int($0.daysLate))])
          })
      ),
      ("time", timeValue),
    ]).document()
  }
}
