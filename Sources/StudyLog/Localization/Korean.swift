/// The Korean table (한국어).
enum Korean: PhraseTable {
  // MARK: - Charts

  static func text(_ phrase: ChartPhrase) -> String {
    switch phrase {
    case .today: return "오늘"
    }
  }

  // MARK: - Reports

  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .none: return "없음"
    }
  }
}
