import Foundation

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
    func cell(_ s: String) -> String { Markdown.escapeCell(s) }
    func link(_ item: Item) -> String {
      let title = cell(item.title)
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
