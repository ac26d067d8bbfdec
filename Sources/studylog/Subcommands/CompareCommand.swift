import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog compare`: planned against actual dates, per item, per category and overall.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare planned against actual dates, per item, per category and overall.",
    discussion: """
      Per item: planned and actual ranges, start and end slip in days, planned and actual days and \
      their ratio; an item in progress counts its actual days to today (marked with *) and shows \
      its end slip so far: the days past its planned end, never less than 0. Per \
      category and overall: on-time rate, median and mean end slip, days over plan, the worst slip.
      """)

  /// The comparison as text, markdown, JSON or CSV.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv
  }

  @OptionGroup var input: RoadmapInput

  @Option(help: "text, markdown, json or csv.")
  var format: Format = .text

  @Option(help: "id (file order) or slip (latest first).")
  var sort: ComparisonSort = .id

  @OptionGroup var locale: LocaleOption

  @OptionGroup var config: ConfigOption

  @OptionGroup var output: OutputOption

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    let words = try ReportWords(input, roadmap: roadmap, locale: locale, config: config)
    let language = words.language
    let comparison = Comparison(roadmap, today: today, sort: sort, title: words.title)
    let text: String
    switch format {
    case .text: text = comparison.render(.text, language: language)
    case .markdown: text = comparison.render(.markdown, language: language)
    case .json: text = comparison.render(.json)
    case .csv: text = comparison.csv(language: language)
    }
    try output.emit(text, inputs: [input.file])
  }
}
