#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The whole validated roadmap as JSON, with derived status and slips, for scripts. A roadmap
/// with user columns also has `extra_columns` (their headers, in order) and, per item, `extra`
/// (each column's value, null when empty).
public enum JSONExporter {
  /// `title` is the roadmap's (the JSON never holds the file's path); by default, from its source.
  public static func json(_ roadmap: Roadmap, today: Day, title: String? = nil) -> String {
    func int(_ x: Int?) -> JSONValue { x.map { .int($0) } ?? .null }
    let items: [JSONValue] = roadmap.items.map { item in
      let v = ItemVariance(item, today: today)
      // The user columns, every one with its value or null, only when the roadmap has some.
      let extra: [(String, JSONValue)] =
        roadmap.extraColumns.isEmpty
        ? []
        : [("extra", .object(roadmap.extraColumns.map { ($0, .string(item.extras[$0])) }))]
      return .object(
        [
          ("id", .string(item.id)), ("line", .int(item.line)), ("track", .string(item.track)),
          ("category", .string(item.category)), ("title", .string(item.title)),
          ("description", .string(item.description)), ("url", .string(item.url)),
          ("planned_start", .string(item.planned?.start.iso)),
          ("planned_end", .string(item.planned?.end.iso)),
          ("planned_days", int(item.planned?.days)), ("actual_start", .string(item.actualStart?.iso)),
          ("actual_end", .string(item.actualEnd?.iso)), ("actual_days", int(v.actualDays)),
          ("progress", .number(item.progress)), ("declared_status", .string(item.declaredStatus?.rawValue)),
          ("status", .string(v.state.rawValue)), ("milestone", .bool(item.isMilestone)),
          ("overdue", .bool(item.isOverdue(on: today))), ("late_start", .bool(item.isLateStart(on: today))),
          ("start_slip_days", int(v.startSlipDays)), ("end_slip_days", int(v.endSlipDays)),
          ("provisional", .bool(v.provisional)),
        ] + extra)
    }
    return JSONValue.object(
      [
        ("title", .string(title ?? roadmap.defaultTitle)), ("today", .string(today.iso)),
        ("tracks", .array(roadmap.tracks.map { .string($0) })),
        ("categories", .array(roadmap.categories.map { .string($0) })),
      ]
        + (roadmap.extraColumns.isEmpty
          ? [] : [("extra_columns", .array(roadmap.extraColumns.map { .string($0) }))])
        + [("items", .array(items))]
    ).rendered(indent: 0) + "\n"
  }
}
