/// The Korean table (한국어).
enum Korean: PhraseTable {
  // MARK: - Charts

  static func text(_ phrase: ChartPhrase) -> String {
    switch phrase {
    case .today: return "오늘"
    case .planned: return "계획"
    case .actual: return "실제"
    case .milestone: return "마일스톤"
    case .tbd: return "미정"
    case .paused: return "보류"
    case .dropped: return "중단"
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

  // MARK: - Reports

  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .none: return "없음"
    }
  }
}
