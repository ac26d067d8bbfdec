#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension WeekReport {
  /// The report as terminal text, markdown ready to paste into a retrospective post, or JSON; ends
  /// with a newline.
  public func render(_ format: ReportFormat, language: Language = .en) -> String {
    switch format {
    case .text: return text(language)
    case .markdown: return markdown(language)
    case .json: return json()
    }
  }

  /// `Week 2024-W37 (2024-09-09 – 2024-09-15) · as of 2024-09-15`.
  func heading(_ language: Language) -> String {
    language.text(.weekHeading(week: week.label, first: week.start, last: week.end, asOf: asOf))
  }

  /// A list of items with what happened to each: its title and, per item, the detail after `—`.
  struct ListSection {
    var title: String
    var entries: [(item: Item, detail: String)]
  }

  /// The lists before the table of items in progress: finished, then started.
  func sectionsBeforeProgress(_ language: Language) -> [ListSection] {
    [
      ListSection(
        title: language.text(.weekFinished),
        entries: finished.map { ($0, language.text(.finishedOn($0.actualEnd!, slipDays: $0.endSlipDays))) }),
      ListSection(
        title: language.text(.weekStarted),
        entries: started.map { ($0, language.text(.startedOn($0.actualStart!))) }),
    ]
  }

  /// The lists after it: due next week, overdue, and planned to start but not started.
  func sectionsAfterProgress(_ language: Language) -> [ListSection] {
    [
      ListSection(
        title: language.text(.weekDueNextWeek),
        entries: dueNextWeek.map { ($0, language.text(.plannedEnd($0.planned!.end))) }),
      ListSection(
        title: language.text(.weekOverdue),
        entries: overdue.map {
          ($0.item, language.text(.overdue(days: $0.daysLate, plannedEnd: $0.item.planned!.end)))
        }),
      ListSection(
        title: language.text(.weekNotStarted),
        entries: notStarted.map {
          ($0.item, language.text(.notStarted(plannedStart: $0.item.planned!.start, days: $0.daysLate)))
        }),
    ]
  }

  /// The items in progress: `#8 Title [Category]` in text, the linked title in markdown.
  func progressTable(_ language: Language) -> ReportTable {
    func t(_ phrase: ReportPhrase) -> String { language.text(phrase) }
    let columns: [ReportColumn<ProgressCheck>] = [
      ReportColumn(t(.weekItem), markdown: { .title(of: $0.item) }) { itemLabel($0.item) },
      ReportColumn(t(.weekElapsed), .right) { t(.days($0.elapsedDays)) },
      ReportColumn(t(.weekPlanned), .right) { $0.plannedDays.map { t(.days($0)) } ?? "–" },
      ReportColumn(t(.weekExpected), .right) { Format.percent($0.expectedPercent) },
      ReportColumn(t(.weekRecorded), .right) { Format.percent($0.recordedPercent) },
      ReportColumn(t(.weekPace)) { t(.pace($0.pace)) },
    ]
    return ReportTable(columns, rows: inProgress)
  }

  /// The line of study time: hours, sessions, days, the previous week and the streak.
  func timeLine(_ time: WeekTime, _ language: Language) -> String {
    language.text(
      .studyTimeLine(
        hours: time.hours, sessions: time.sessions, daysStudied: time.daysStudied,
        previousWeekHours: time.previousWeekHours, streak: time.streak))
  }
}

/// `#7 쿠버네티스 입문 [Infra]`.
func itemLabel(_ item: Item) -> String { "#\(item.id) \(item.title) [\(item.category)]" }
