/// The Korean table (한국어).
enum Korean: PhraseTable {
  /// The word for an item's status wherever one is written (charts, Mermaid, reports, posts):
  /// one that `DeclaredStatus(cell:)` reads back as that status. A dropped item is 취소; 중단
  /// ("stopped") would read as paused.
  static func word(_ status: DeclaredStatus) -> String {
    switch status {
    case .planned: return "예정"
    case .active: return "진행 중"
    case .done: return "완료"
    case .paused: return "보류"
    case .dropped: return "취소"
    }
  }

  // MARK: - Charts

  static func text(_ phrase: ChartPhrase) -> String {
    switch phrase {
    case .today: return "오늘"
    case .planned: return "계획"
    case .actual: return "실제"
    case .milestone: return "마일스톤"
    case .tbd: return "미정"
    case .paused: return word(.paused)
    case .dropped: return word(.dropped)
    case .noTrack: return "기타"
    case .items(let n): return "항목 \(n)개"
    case .asOf(let day): return "\(day.iso) 기준"
    case .doneCount(let done, let total): return "\(done)/\(total) 완료"
    case .overdueDays(let days): return "\(days)일 지연"
    case .slip(let days): return (days > 0 ? "+" : "−") + "\(abs(days))일"
    case .studyTime: return "학습 시간"
    case .studyTotals(let hours, let sessions, let days):
      return "\(ChartPhrase.hours(hours))시간 · 세션 \(sessions)회 · \(days)일"
    case .weekday(let n): return ["월", "화", "수", "목", "금", "토", "일"][n - 1]
    case .hoursADay: return "시간/일"
    case .done: return "완료"
    case .inProgress: return "진행 중"
    case .percentDone(let percent): return "\(percent)% 완료"
    case .progressByCategory: return "분류별 진행률"
    case .byPlannedDays: return "계획 일수 기준"
    case .total: return "전체"
    case .noDates: return "일정 없음"
    case .plannedRange(let r):
      return r.isSingleDay ? "계획 \(r.start.iso)" : "계획 \(r.start.iso) – \(r.end.iso) (\(r.days)일)"
    case .actualRange(let start, let end):
      return end.map { "실제 \(start.iso) – \($0.iso)" } ?? "실제 \(start.iso) –"
    case .progressPercent(let percent): return "진행률 \(percent)%"
    case .endSlip(let days):
      return days == 0 ? "제때 완료" : "\(abs(days))일 " + (days > 0 ? "늦게 완료" : "일찍 완료")
    case .statusCounts(let done, let inProgress, let overdue):
      return "완료 \(done)개, 진행 중 \(inProgress)개, 지연 \(overdue)개"
    }
  }

  static func forms(_ label: ChartLabel) -> [String] {
    switch label {
    case .month(let year, let month, let withYear):
      return withYear
        ? ["\(year)년 \(month)월", "\(year % 100)년 \(month)월", "\(month)월"] : ["\(month)월", "\(month)"]
    case .year(let year): return ["\(year)년", "\(year)", "’\(year % 100)"]
    case .quarter(let quarter, _): return ["\(quarter)분기", "Q\(quarter)"]
    case .week(let monday, let number):
      let (_, month, day) = monday.components
      return ["\(number)주 · \(month)월 \(day)일", "\(number)주", "\(number)"]
    }
  }

  // MARK: - Posts

  static func text(_ phrase: PostPhrase) -> String {
    switch phrase {
    case .timelineAlt(let title, let items, let span, let done):
      let what = "\(title): 항목 \(items)개의 타임라인"
      return what + (span.map { ", \($0.start.iso) – \($0.end.iso)" } ?? "") + ", \(done)개 완료"
    case .status(let status): return word(status)
    }
  }

  // MARK: - Reports

  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .none: return "없음"
    case .days(let n): return "\(n)일"
    case .total: return "합계"
    case .unscheduled: return "미정"
    case .signedDays(let n), .slipCell(let n): return n == "–" ? n : n + "일"
    case .slipSoFar(let n): return "진행 중 \(n)일"
    case .hoursAmount(let hours): return Format.oneDecimal(hours) + "시간"
    case .summaryNoTrack: return "(트랙 없음)"
    case .roadmap: return "로드맵"
    case .exportHeader(let column):
      switch column {
      case .id: return "번호"
      case .track: return "트랙"
      case .category: return "분류"
      case .title: return "제목"
      case .description: return "설명"
      case .url: return "링크"
      case .plannedStart: return "시작"
      case .plannedEnd: return "종료"
      case .planned: return "기간"
      case .actualStart: return "실제시작"
      case .actualEnd: return "실제종료"
      case .actual: return "실제"
      case .progress: return "진행률"
      case .status: return "상태"
      }

    case .weekHeading(let week, let first, let last, let asOf):
      return "\(week) 주간 (\(first.iso) – \(last.iso)) · \(asOf.iso) 기준"
    case .weekFinished: return "완료"
    case .weekStarted: return "시작"
    case .weekInProgress: return "진행 중"
    case .weekDueNextWeek: return "다음 주 마감"
    case .weekOverdue: return "지연"
    case .weekNotStarted: return "시작 지연"
    case .weekStudyTime: return "학습 시간"
    case .weekByCategory: return "분류별"
    case .weekByItem: return "항목별"
    case .weekItem: return "항목"
    case .weekElapsed: return "경과"
    case .weekPlanned: return "계획"
    case .weekExpected: return "예상"
    case .weekRecorded: return "기록"
    case .weekPace: return "진척"
    case .weekHours: return "시간"
    case .weekCategory: return "분류"
    case .pace(let pace):
      switch pace {
      case .ahead: return "앞섬"
      case .onTrack: return "순조"
      case .behind: return "뒤처짐"
      case .unknown: return "–"
      }
    case .finishedOn(let end, let slip?) where slip != 0:
      return "\(end.iso) 완료, \(text(.days(abs(slip)))) \(slip > 0 ? "늦음" : "일찍")"
    case .finishedOn(let end, _): return "\(end.iso) 완료, 계획대로"
    case .startedOn(let start): return "\(start.iso) 시작"
    case .plannedEnd(let end): return "계획 종료 \(end.iso)"
    case .overdue(let days, let end): return "\(text(.days(days))) 지남 (계획 종료 \(end.iso))"
    case .notStarted(let start, let days): return "계획 시작 \(start.iso) (\(text(.days(days))) 전)"
    case .studyTimeLine(let hours, let sessions, let daysStudied, let previous, let streak):
      return "\(Format.oneDecimal(hours))시간, 세션 \(sessions)회, \(daysStudied)일 학습"
        + " (지난주 \(Format.oneDecimal(previous))시간, \(Format.change(hours - previous)))"
        + " · 연속 \(text(.days(streak)))"

    case .summaryHeading(let title, let items, let grouping, let asOf):
      return "\(title): 항목 \(items)개, \(text(.grouping(grouping)))별, \(asOf.iso) 기준"
    case .grouping(.category): return "분류"
    case .grouping(.track): return "트랙"
    case .summaryItems: return "항목"
    case .summaryDone: return "완료"
    case .summaryActive: return "진행"
    case .summaryPlanned: return "예정"
    case .summaryOverdue: return "지연"
    case .summaryDonePercent: return "완료 %"
    case .summaryDaysPercent: return "일수 %"
    case .summaryPlannedSpan: return "계획 기간"
    case .summaryDaysSpent: return "소요 일수"
    case .summaryEndSlip: return "종료 차이"
    case .summaryNote:
      return "진행: 진행 중; 완료 %: 취소하지 않은 항목 중 완료 비율; 일수 %: 계획 일수 기준 완료 비율;"
        + " 종료 차이: 완료한 항목의 실제 종료 − 계획 종료 평균 (+는 늦음)"
    case .summaryPausedDropped(let paused, let dropped):
      return "\(word(.paused)): \(paused), \(word(.dropped)): \(dropped)"
    case .summaryLateStart(let n): return "계획대로 시작하지 않은 항목: \(n)"

    case .comparisonHeading(let title, let asOf): return "\(title): 계획 대비 실제, \(asOf.iso) 기준"
    case .comparisonID: return "번호"
    case .comparisonCategory: return "분류"
    case .comparisonTitle: return "제목"
    case .comparisonPlanned: return "계획"
    case .comparisonActual: return "실제"
    case .comparisonStartSlip: return "시작 차이"
    case .comparisonEndSlip: return "종료 차이"
    case .comparisonPlannedDays: return "계획 일수"
    case .comparisonActualDays: return "실제 일수"
    case .comparisonRatio: return "비율"
    case .comparisonState: return "상태"
    case .comparisonItems: return "항목"
    case .comparisonFinished: return "완료"
    case .comparisonOnTime: return "제때"
    case .comparisonOnTimeRate: return "제때 비율"
    case .comparisonMedianSlip: return "차이 중앙값"
    case .comparisonMeanSlip: return "차이 평균"
    case .comparisonDaysOverPlan: return "초과 일수"
    case .comparisonWorst: return "가장 늦은 항목"
    case .untilToday: return "(오늘)"
    case .overall: return "전체"
    case .state(let state):
      switch state {
      case .done: return word(.done)
      case .inProgress: return word(.active)
      case .planned: return word(.planned)
      case .unscheduled: return "미정"
      case .paused: return word(.paused)
      case .dropped: return word(.dropped)
      }
    case .comparisonFootnote(let today):
      return "진행 중: 실제 일수는 오늘(\(today.iso))까지로 계산하고, 지금까지의 종료 차이는 계획 종료부터"
        + " 오늘까지의 일수입니다(계획 종료 전에는 0). 차이는 일 단위이며 +는 늦음;"
        + " 수치는 계획 날짜가 있는 완료 항목 기준입니다."
    case .comparisonCSVHeader(let column):
      switch column {
      case .id: return "번호"
      case .category: return "분류"
      case .title: return "제목"
      case .plannedStart: return "계획 시작"
      case .plannedEnd: return "계획 종료"
      case .actualStart: return "실제 시작"
      case .actualEnd: return "실제 종료"
      case .startSlipDays: return "시작 차이(일)"
      case .endSlipDays: return "종료 차이(일)"
      case .plannedDays: return "계획 일수"
      case .actualDays: return "실제 일수"
      case .state: return "상태"
      case .track: return "트랙"
      case .ratio: return "비율"
      case .provisional: return "진행 중 잠정"
      }
    case .flag(let value): return value ? "예" : "아니오"
    }
  }
}
