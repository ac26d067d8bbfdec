import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog summary`: counts, progress and slips per category or track.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarise a roadmap per category or track.",
    discussion: """
      Per group: items; done, in progress, planned, TBD and overdue; percent done by count and by \
      planned days; the planned span; days spent on finished items; and the mean end slip of \
      finished items (actual end minus planned end, in days). Warnings go to standard error.
      """)

  @OptionGroup var input: RoadmapInput

  @Option(help: "Group by category or track.")
  var by: Grouping = .category

  @Option(help: "text, markdown or json.")
  var format: ReportFormat = .text

  @OptionGroup var locale: LocaleOption

  @OptionGroup var config: ConfigOption

  @OptionGroup var output: OutputOption

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    let words = try ReportWords(input, roadmap: roadmap, locale: locale, config: config)
    let report = RoadmapSummary(roadmap, by: by, today: today, title: words.title)
      .render(format, language: words.language)
    try output.emit(report, inputs: [input.file])
  }
}
