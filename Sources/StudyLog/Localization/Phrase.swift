/// The words of charts: every text a chart draws, as a key. Each language's table (`English`,
/// `Korean`) gives the text of every key, so that adding a language is one table and one case of
/// `Language`.
public enum ChartPhrase: Hashable, Sendable {
  /// The today line's label and legend entry.
  case today
}

/// The words of the text, markdown and CSV reports, as keys; see `ChartPhrase`.
public enum ReportPhrase: Hashable, Sendable {
  /// What a report shows for an empty list.
  case none
}

/// The table of one language: the text of every phrase.
protocol PhraseTable {
  static func text(_ phrase: ChartPhrase) -> String
  static func text(_ phrase: ReportPhrase) -> String
}

extension Language {
  var table: any PhraseTable.Type {
    switch self {
    case .en: return English.self
    case .ko: return Korean.self
    }
  }

  /// The text of a chart phrase in this language.
  public func text(_ phrase: ChartPhrase) -> String { table.text(phrase) }

  /// The text of a report phrase in this language.
  public func text(_ phrase: ReportPhrase) -> String { table.text(phrase) }
}
