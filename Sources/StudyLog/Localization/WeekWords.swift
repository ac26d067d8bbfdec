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
