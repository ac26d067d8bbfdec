/// The English table.
enum English: PhraseTable {
  // MARK: - Charts

  static func text(_ phrase: ChartPhrase) -> String {
    switch phrase {
    case .today: return "today"
    }
  }

  // MARK: - Reports

  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .none: return "none"
    }
  }
}
