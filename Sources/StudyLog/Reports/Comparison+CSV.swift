#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Comparison {
  /// The columns of the CSV, for spreadsheets and scripts: headers in `language` (English ones
  /// are snake_case), ISO dates, plain numbers, blank where absent. `actual_end` stays blank for
  /// an item in progress; its `actual_days` use today, its `end_slip_days` is the slip so far,
  /// and `provisional` is `true`.
  static func csvColumns(_ language: Language) -> [ReportColumn<ItemVariance>] {
    func column(_ c: ComparisonCSVColumn, _ text: @escaping (ItemVariance) -> String) -> ReportColumn<
      ItemVariance
    > {
      ReportColumn(language.text(.comparisonCSVHeader(c)), text: text)
    }
    return [
      column(.id) { $0.item.id },
      column(.category) { $0.item.category },
      column(.title) { $0.item.title },
      column(.plannedStart) { $0.item.planned?.start.iso ?? "" },
      column(.plannedEnd) { $0.item.planned?.end.iso ?? "" },
      column(.actualStart) { $0.item.actualStart?.iso ?? "" },
      column(.actualEnd) { $0.state == .done ? $0.item.actualEnd?.iso ?? "" : "" },
      column(.startSlipDays) { $0.startSlipDays.map(String.init) ?? "" },
      column(.endSlipDays) { $0.endSlipDays.map(String.init) ?? "" },
      column(.plannedDays) { $0.plannedDays.map(String.init) ?? "" },
      column(.actualDays) { $0.actualDays.map(String.init) ?? "" },
      column(.state) { language == .en ? $0.state.rawValue : language.text(.state($0.state)) },
      column(.track) { $0.item.track ?? "" },
      column(.ratio) { $0.ratio.map(Format.twoDecimals) ?? "" },
      column(.provisional) { language.text(.flag($0.provisional)) },
    ]
  }

  /// One line per item, for spreadsheets and scripts (see `csvColumns`).
  public func csv(language: Language = .en) -> String {
    ReportTable(Self.csvColumns(language), rows: items).csv()
  }
}
