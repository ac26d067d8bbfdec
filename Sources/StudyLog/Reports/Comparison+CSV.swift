import Foundation

extension Comparison {
  /// The columns of the CSV, for spreadsheets and scripts: snake_case names, ISO dates, plain
  /// numbers, blank where absent. `actual_end` stays blank for an item in progress; its
  /// `end_slip_days` and `actual_days` use today and `provisional` is `true`.
  static var csvColumns: [ReportColumn<ItemVariance>] {
    [
      ReportColumn("id") { $0.item.id },
      ReportColumn("category") { $0.item.category },
      ReportColumn("title") { $0.item.title },
      ReportColumn("planned_start") { $0.item.planned?.start.iso ?? "" },
      ReportColumn("planned_end") { $0.item.planned?.end.iso ?? "" },
      ReportColumn("actual_start") { $0.item.actualStart?.iso ?? "" },
      ReportColumn("actual_end") { $0.state == .done ? $0.item.actualEnd?.iso ?? "" : "" },
      ReportColumn("start_slip_days") { $0.startSlipDays.map(String.init) ?? "" },
      ReportColumn("end_slip_days") { $0.endSlipDays.map(String.init) ?? "" },
      ReportColumn("planned_days") { $0.plannedDays.map(String.init) ?? "" },
      ReportColumn("actual_days") { $0.actualDays.map(String.init) ?? "" },
      ReportColumn("state") { $0.state.rawValue },
      ReportColumn("track") { $0.item.track ?? "" },
      ReportColumn("ratio") { $0.ratio.map(Format.twoDecimals) ?? "" },
      ReportColumn("provisional") { $0.provisional ? "true" : "false" },
    ]
  }

  /// One line per item, for spreadsheets and scripts (see `csvColumns`).
  public func csv() -> String {
    ReportTable(Self.csvColumns, rows: items).csv()
  }
}
