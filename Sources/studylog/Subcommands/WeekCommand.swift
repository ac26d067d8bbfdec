import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog week`: one week's done, started, due and late items and, with a session log, its study time.
struct WeekCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "week",
    abstract: "Summarise a week: done, started, in progress, due next, late, and study time.",
    discussion: """
      The week holding today by default. States are taken on the week's last day, or today for \
      the current week. With a session log (--sessions, or sessions.csv beside the roadmap): \
      hours by category and item, sessions, days studied, the streak and the change from the week \
      before.
      """)

  @OptionGroup var input: RoadmapInput

  @OptionGroup var sessions: SessionsOption

  @OptionGroup var config: ConfigOption

  @Option(help: ArgumentHelp("The ISO week, e.g. 2024-W37.", valueName: "week"))
  var week: String?

  @Option(help: ArgumentHelp("Any day of the week to report.", valueName: "day"))
  var date: String?

  @Option(help: "monday (ISO) or sunday.")
  var weekStart: WeekStart = .monday

  @Option(help: "text, markdown or json.")
  var format: ReportFormat = .text

  @OptionGroup var locale: LocaleOption

  @OptionGroup var output: OutputOption

  func validate() throws {
    if week != nil && date != nil { throw ValidationError("give --week or --date, not both") }
    _ = try selectedWeek(today: nil)
  }

  /// The week asked for, or the one holding `today`.
  func selectedWeek(today: Day?) throws -> Week? {
    if let week {
      guard let w = Week(label: week, firstDay: weekStart) else {
        throw ValidationError("--week '\(week)' is not an ISO week such as 2024-W37")
      }
      return w
    }
    if let date {
      switch DateParser.parseDay(date, role: .start) {
      case .success(let d): return Week(containing: d, firstDay: weekStart)
      case .failure(let e): throw ValidationError("--date: \(e.message)")
      }
    }
    return today.map { Week(containing: $0, firstDay: weekStart) }
  }

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    let settings = try config.settings(for: input.file).settings
    let log = try sessions.load(
      roadmapFile: input.file, roadmap: roadmap, today: today, configured: settings.sessions)
    let words = ReportWords(input, roadmap: roadmap, locale: locale, settings: settings)
    let report = WeekReport(
      roadmap: roadmap, sessions: log, week: try selectedWeek(today: today)!, today: today, title: words.title
    )
    try output.emit(report.render(format, language: words.language), inputs: [input.file, sessions.input])
  }
}
