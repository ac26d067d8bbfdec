import Foundation

/// The words of the weekly report.
struct WeekWords {
  let language: Language
  var ko: Bool { language == .ko }

  var finished: String { ko ? "완료" : "Finished" }
  var started: String { ko ? "시작" : "Started" }
  var inProgress: String { ko ? "진행 중" : "In progress" }
  var dueNextWeek: String { ko ? "다음 주 마감" : "Due next week" }
  var overdue: String { ko ? "지연" : "Overdue" }
  var notStarted: String { ko ? "시작 지연" : "Planned to start, not started" }
  var studyTime: String { ko ? "학습 시간" : "Study time" }
  var none: String { ko ? "없음" : "none" }
  var byCategory: String { ko ? "분류별" : "by category" }
  var byItem: String { ko ? "항목별" : "by item" }
  var item: String { ko ? "항목" : "item" }
  var elapsed: String { ko ? "경과" : "elapsed" }
  var planned: String { ko ? "계획" : "planned" }
  var expected: String { ko ? "예상" : "expected" }
  var recorded: String { ko ? "기록" : "recorded" }
  var pace: String { ko ? "진척" : "pace" }
  var hoursHeader: String { ko ? "시간" : "hours" }
  var category: String { ko ? "분류" : "category" }

  func heading(_ r: WeekReport) -> String {
    let range = "\(r.week.start.iso) – \(r.week.end.iso)"
    return ko
      ? "\(r.week.label) 주간 (\(range)) · \(r.asOf.iso) 기준"
      : "Week \(r.week.label) (\(range)) · as of \(r.asOf.iso)"
  }

  /// A table heading: capitalised in English.
  func heading(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

  func days(_ n: Int) -> String { ko ? "\(n)일" : "\(n) day\(n == 1 ? "" : "s")" }

  func pace(_ p: Pace) -> String {
    switch p {
    case .ahead: return ko ? "앞섬" : "ahead"
    case .onTrack: return ko ? "순조" : "on track"
    case .behind: return ko ? "뒤처짐" : "behind"
    case .unknown: return "–"
    }
  }

  func finishedDetail(_ item: Item) -> String {
    let end = item.actualEnd!.iso
    guard let slip = item.endSlipDays, slip != 0 else {
      return ko ? "\(end) 완료, 계획대로" : "finished \(end), on time"
    }
    if ko { return "\(end) 완료, \(days(abs(slip))) \(slip > 0 ? "늦음" : "일찍")" }
    return "finished \(end), \(days(abs(slip))) \(slip > 0 ? "late" : "early")"
  }

  func startedDetail(_ item: Item) -> String {
    ko ? "\(item.actualStart!.iso) 시작" : "started \(item.actualStart!.iso)"
  }

  func dueDetail(_ item: Item) -> String {
    ko ? "계획 종료 \(item.planned!.end.iso)" : "planned end \(item.planned!.end.iso)"
  }

  func overdueDetail(_ item: Item, _ late: Int) -> String {
    ko
      ? "\(days(late)) 지남 (계획 종료 \(item.planned!.end.iso))"
      : "\(days(late)) late (planned end \(item.planned!.end.iso))"
  }

  func notStartedDetail(_ item: Item, _ late: Int) -> String {
    ko
      ? "계획 시작 \(item.planned!.start.iso) (\(days(late)) 전)"
      : "planned to start \(item.planned!.start.iso) (\(days(late)) ago)"
  }

  func timeLine(_ t: WeekTime) -> String {
    let change = t.hours - t.previousWeekHours
    let sign = change > 0 ? "+" : change < 0 ? "−" : "±"
    let delta = "\(sign)\(hours(abs(change)))"
    if ko {
      return "\(hours(t.hours))시간, 세션 \(t.sessions)회, \(t.daysStudied)일 학습"
        + " (지난주 \(hours(t.previousWeekHours))시간, \(delta)) · 연속 \(days(t.streak))"
    }
    return
      "\(hours(t.hours)) h in \(t.sessions) session\(t.sessions == 1 ? "" : "s") on \(days(t.daysStudied))"
      + " (previous week \(hours(t.previousWeekHours)) h, \(delta) h) · streak \(days(t.streak))"
  }

  func hours(_ h: Double) -> String { String(format: "%.1f", h) }
}

/// `#7 쿠버네티스 입문 [Infra]`.
func itemLabel(_ item: Item) -> String { "#\(item.id) \(item.title) [\(item.category)]" }

func percentText(_ x: Double?) -> String {
  guard let x else { return "–" }
  return "\(Int(x.rounded()))%"
}

extension WeekReport {
  /// The report as terminal text, markdown ready to paste into a retrospective post, or JSON.
  public func render(_ format: ReportFormat, language: Language = .en) -> String {
    switch format {
    case .text: return text(WeekWords(language: language))
    case .markdown: return markdown(WeekWords(language: language))
    case .json: return json()
    }
  }

  private func listSections(_ w: WeekWords) -> [(String, [String])] {
    [
      (w.finished, finished.map { "\(itemLabel($0)) — \(w.finishedDetail($0))" }),
      (w.started, started.map { "\(itemLabel($0)) — \(w.startedDetail($0))" }),
    ]
  }

  private func laterSections(_ w: WeekWords) -> [(String, [String])] {
    [
      (w.dueNextWeek, dueNextWeek.map { "\(itemLabel($0)) — \(w.dueDetail($0))" }),
      (w.overdue, overdue.map { "\(itemLabel($0.item)) — \(w.overdueDetail($0.item, $0.daysLate))" }),
      (
        w.notStarted, notStarted.map { "\(itemLabel($0.item)) — \(w.notStartedDetail($0.item, $0.daysLate))" }
      ),
    ]
  }

  private func progressRows(_ w: WeekWords) -> [[String]] {
    inProgress.map { c in
      [
        itemLabel(c.item), w.days(c.elapsedDays), c.plannedDays.map(w.days) ?? "–",
        percentText(c.expectedPercent),
        percentText(c.recordedPercent), w.pace(c.pace),
      ]
    }
  }

  private func text(_ w: WeekWords) -> String {
    var out = [w.heading(self), ""]
    func list(_ title: String, _ lines: [String]) {
      out.append("\(title) (\(lines.count))")
      out += lines.isEmpty ? ["  \(w.none)"] : lines.map { "  - " + $0 }
    }
    for (title, lines) in listSections(w) { list(title, lines) }
    out.append("\(w.inProgress) (\(inProgress.count))")
    if inProgress.isEmpty {
      out.append("  \(w.none)")
    } else {
      var table = TextTable(
        header: [w.item, w.elapsed, w.planned, w.expected, w.recorded, w.pace],
        alignments: [.left, .right, .right, .right, .right, .left])
      for row in progressRows(w) { table.append(row) }
      out += table.render().split(separator: "\n").map { "  " + $0 }
    }
    for (title, lines) in laterSections(w) { list(title, lines) }
    if let time {
      out.append("")
      out.append("\(w.studyTime): \(w.timeLine(time))")
      if !time.byCategory.isEmpty {
        out.append(
          "  \(w.byCategory): "
            + time.byCategory.map { "\($0.name) \(w.hours($0.hours)) h" }.joined(separator: " · "))
        out.append(
          "  \(w.byItem): "
            + time.byItem.map { "#\($0.item.id) \($0.item.title) \(w.hours($0.hours)) h" }
            .joined(separator: " · "))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func markdown(_ w: WeekWords) -> String {
    func cell(_ s: String) -> String { RoadmapSummary.escapeMarkdown(s) }
    func link(_ item: Item) -> String {
      let title = cell(item.title).replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(
        of: "]", with: "\\]")
      return item.url.map { "[\(title)](\($0))" } ?? title
    }
    var out = ["## \(w.heading(self))", ""]
    func list(_ title: String, _ items: [(Item, String)]) {
      out.append("### \(title) (\(items.count))")
      out.append("")
      out +=
        items.isEmpty
        ? ["- \(w.none)"] : items.map { "- **\(link($0.0))** (\(cell($0.0.category))) — \($0.1)" }
      out.append("")
    }
    list(w.finished, finished.map { ($0, w.finishedDetail($0)) })
    list(w.started, started.map { ($0, w.startedDetail($0)) })
    out.append("### \(w.inProgress) (\(inProgress.count))")
    out.append("")
    if inProgress.isEmpty {
      out.append("- \(w.none)")
    } else {
      let header = [w.item, w.elapsed, w.planned, w.expected, w.recorded, w.pace].map(w.heading)
      out.append("| " + header.joined(separator: " | ") + " |")
      out.append("|---|---:|---:|---:|---:|---|")
      for (c, row) in zip(inProgress, progressRows(w)) {
        out.append("| \(link(c.item)) | " + row.dropFirst().map(cell).joined(separator: " | ") + " |")
      }
    }
    out.append("")
    list(w.dueNextWeek, dueNextWeek.map { ($0, w.dueDetail($0)) })
    list(w.overdue, overdue.map { ($0.item, w.overdueDetail($0.item, $0.daysLate)) })
    list(w.notStarted, notStarted.map { ($0.item, w.notStartedDetail($0.item, $0.daysLate)) })
    if let time {
      out.append("### \(w.studyTime)")
      out.append("")
      out.append(w.timeLine(time))
      out.append("")
      if !time.byCategory.isEmpty {
        out.append("| \(w.heading(w.category)) | \(w.heading(w.hoursHeader)) |")
        out.append("|---|---:|")
        for share in time.byCategory { out.append("| \(cell(share.name)) | \(w.hours(share.hours)) |") }
        out.append("")
        out.append("| \(w.heading(w.item)) | \(w.heading(w.hoursHeader)) |")
        out.append("|---|---:|")
        for (item, hours) in time.byItem { out.append("| \(link(item)) | \(w.hours(hours)) |") }
        out.append("")
      }
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private func json() -> String {
    func ref(_ item: Item, _ extra: [(String, JSONValue)]) -> JSONValue {
      .object(
        [("id", .string(item.id)), ("title", .string(item.title)), ("category", .string(item.category))]
          + extra)
    }
    func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
    let timeValue: JSONValue =
      time.map { t in
        .object([
          ("hours", .double(round1(t.hours))),
          ("previous_week_hours", .double(round1(t.previousWeekHours))),
          ("change_hours", .double(round1(t.hours - t.previousWeekHours))),
          ("sessions", .int(t.sessions)),
          ("days_studied", .int(t.daysStudied)),
          ("streak_days", .int(t.streak)),
          (
            "by_category",
            .array(
              t.byCategory.map {
                .object([("name", .string($0.name)), ("hours", .double(round1($0.hours)))])
              })
          ),
          ("by_item", .array(t.byItem.map { ref($0.item, [("hours", .double(round1($0.hours)))]) })),
        ])
      } ?? .null
    return JSONValue.object([
      ("source", .string(source)),
      ("week", .string(week.label)),
      ("first_day", .string(week.start.iso)),
      ("last_day", .string(week.end.iso)),
      ("week_start", .string(week.firstDay.rawValue)),
      ("today", .string(today.iso)),
      ("as_of", .string(asOf.iso)),
      (
        "finished",
        .array(
          finished.map {
            ref(
              $0,
              [
                ("actual_end", .string($0.actualEnd?.iso)),
                ("end_slip_days", $0.endSlipDays.map { .int($0) } ?? .null),
              ])
          })
      ),
      ("started", .array(started.map { ref($0, [("actual_start", .string($0.actualStart?.iso))]) })),
      (
        "in_progress",
        .array(
          inProgress.map { c in
            ref(
              c.item,
              [
                ("elapsed_days", .int(c.elapsedDays)),
                ("planned_days", c.plannedDays.map { .int($0) } ?? .null),
                ("expected_percent", .number(c.expectedPercent.map(round1))),
                ("recorded_percent", .number(c.recordedPercent)), ("pace", .string(c.pace.rawValue)),
              ])
          })
      ),
      ("due_next_week", .array(dueNextWeek.map { ref($0, [("planned_end", .string($0.planned?.end.iso))]) })),
      (
        "overdue",
        .array(
          overdue.map {
            ref(
              $0.item, [("planned_end", .string($0.item.planned?.end.iso)), ("days_late", .int($0.daysLate))])
          })
      ),
      (
        "not_started",
        .array(
          notStarted.map {
            ref(
              $0.item,
              [("planned_start", .string($0.item.planned?.start.iso)), ("days_late", .int($0.daysLate))])
          })
      ),
      ("time", timeValue),
    ]).rendered(indent: 0) + "\n"
  }
}
