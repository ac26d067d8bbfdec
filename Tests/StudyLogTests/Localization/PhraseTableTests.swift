import TestSupport
import Testing

@testable import StudyLog

/// The words of charts and reports in each language: sample phrases of every kind in English and
/// Korean, label forms longest first, and no phrase without text. The tables are exhaustive
/// switches, so the compiler already checks that every language has every phrase.
@Suite struct PhraseTableTests {
  static let d = day("2024-09-15")

  @Test func chartPhrasesInEnglish() {
    let en = Language.en
    #expect(en.text(.items(1)) == "1 item")
    #expect(en.text(.items(2)) == "2 items")
    #expect(en.text(.asOf(Self.d)) == "as of 2024-09-15")
    #expect(en.text(.doneCount(3, of: 5)) == "3/5 done")
    #expect(en.text(.overdueDays(15)) == "overdue 15d")
    #expect(en.text(.slip(-3)) == "−3d")
    #expect(en.text(.slip(6)) == "+6d")
    #expect(en.text(.studyTotals(hours: 12.5, sessions: 9, days: 7)) == "12.5 h in 9 sessions on 7 days")
    #expect(en.text(.studyTotals(hours: 1, sessions: 1, days: 1)) == "1 h in 1 session on 1 day")
    #expect((1...7).map { en.text(.weekday($0)) } == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    #expect(en.text(.percentDone(13)) == "13% done")
    #expect(en.text(.today) == "today")
    #expect(en.text(.tbd) == "TBD")
    #expect(en.text(.noTrack) == "Other")
    #expect(en.text(ChartPhrase.total) == "Total")
    #expect(en.text(ReportPhrase.total) == "total")
  }

  @Test func chartPhrasesInKorean() {
    let ko = Language.ko
    #expect(ko.text(.items(1)) == "항목 1개")
    #expect(ko.text(.items(2)) == "항목 2개")
    #expect(ko.text(.asOf(Self.d)) == "2024-09-15 기준")
    #expect(ko.text(.doneCount(3, of: 5)) == "3/5 완료")
    #expect(ko.text(.overdueDays(15)) == "15일 지연")
    #expect(ko.text(.slip(-3)) == "−3일")
    #expect(ko.text(.slip(6)) == "+6일")
    #expect(ko.text(.studyTotals(hours: 12.5, sessions: 9, days: 7)) == "12.5시간 · 세션 9회 · 7일")
    #expect((1...7).map { ko.text(.weekday($0)) } == ["월", "화", "수", "목", "금", "토", "일"])
    #expect(ko.text(.percentDone(13)) == "13% 완료")
    #expect(ko.text(.today) == "오늘")
    #expect(ko.text(.tbd) == "미정")
    #expect(ko.text(.noTrack) == "기타")
    #expect(ko.text(ChartPhrase.total) == "전체")
    #expect(ko.text(ReportPhrase.total) == "합계")
  }

  @Test func labelFormsInEnglishAndKorean() {
    let march = ChartLabel.month(year: 2024, month: 3, withYear: true)
    #expect(Language.en.forms(march) == ["March 2024", "Mar 2024", "Mar ’24", "Mar"])
    #expect(Language.ko.forms(march) == ["2024년 3월", "24년 3월", "3월"])
    let september = ChartLabel.month(year: 2024, month: 9, withYear: false)
    #expect(Language.en.forms(september) == ["Sep"])
    #expect(Language.ko.forms(september) == ["9월", "9"])
    #expect(Language.en.forms(.year(2024)) == ["2024", "’24"])
    #expect(Language.ko.forms(.year(2024)) == ["2024년", "2024", "’24"])
    #expect(Language.en.forms(.quarter(3, year: 2024)) == ["Q3 2024", "Q3"])
    #expect(Language.ko.forms(.quarter(3, year: 2024)) == ["3분기", "Q3"])
    let week = ChartLabel.week(monday: day("2024-09-09"), number: 37)
    #expect(Language.en.forms(week) == ["W37 · Sep 9", "W37", "37"])
    #expect(Language.ko.forms(week) == ["37주 · 9월 9일", "37주", "37"])
  }

  /// Labels of every kind: years, quarters, every month with and without its year, ISO weeks.
  static let labels: [ChartLabel] =
    [.year(2024), .year(1999), .quarter(1, year: 2025), .quarter(4, year: 2024)]
    + (1...12).flatMap { month in
      [
        ChartLabel.month(year: 2024, month: month, withYear: true),
        .month(year: 2024, month: month, withYear: false),
      ]
    }
    + [.week(monday: day("2024-12-30"), number: 1), .week(monday: day("2024-09-09"), number: 37)]

  @Test(arguments: Language.allCases)
  func labelFormsComeLongestFirst(language: Language) {
    for label in Self.labels {
      let widths = language.forms(label).map { displayWidth($0) }
      #expect(!widths.isEmpty, "\(label)")
      #expect(widths == widths.sorted(by: >), "\(label): \(language.forms(label))")
    }
  }

  @Test func reportPhrasesInEnglish() {
    let en = Language.en
    #expect(en.text(.days(1)) == "1 day")
    #expect(en.text(.days(3)) == "3 days")
    #expect(
      en.text(.weekHeading(week: "2024-W37", first: day("2024-09-09"), last: Self.d, asOf: Self.d))
        == "Week 2024-W37 (2024-09-09 – 2024-09-15) · as of 2024-09-15")
    #expect(en.text(.finishedOn(day("2024-09-12"), slipDays: 2)) == "finished 2024-09-12, 2 days late")
    #expect(en.text(.finishedOn(day("2024-09-12"), slipDays: -1)) == "finished 2024-09-12, 1 day early")
    #expect(en.text(.finishedOn(day("2024-09-12"), slipDays: 0)) == "finished 2024-09-12, on time")
    #expect(en.text(.finishedOn(day("2024-09-12"), slipDays: nil)) == "finished 2024-09-12, on time")
    #expect(
      en.text(.overdue(days: 10, plannedEnd: day("2024-09-05"))) == "10 days late (planned end 2024-09-05)")
    #expect(
      en.text(.notStarted(plannedStart: day("2024-09-02"), days: 13))
        == "planned to start 2024-09-02 (13 days ago)")
    #expect(
      en.text(.studyTimeLine(hours: 7.5, sessions: 5, daysStudied: 5, previousWeekHours: 4.5, streak: 5))
        == "7.5 h in 5 sessions on 5 days (previous week 4.5 h, +3.0 h) · streak 5 days")
    #expect(
      en.text(.summaryHeading(title: "Career map", items: 1, by: .track, asOf: Self.d))
        == "Career map: 1 item by track, as of 2024-09-15")
    #expect(en.text(.summaryPausedDropped(paused: 1, dropped: 2)) == "paused: 1, dropped: 2")
    #expect(en.text(.pace(.onTrack)) == "on track")
    #expect(en.text(.pace(.unknown)) == "–")
    #expect(en.text(.state(.inProgress)) == "in progress")
    #expect(
      en.text(.comparisonHeading(title: "Career map", asOf: Self.d))
        == "Career map: planned against actual, as of 2024-09-15")
    #expect(
      en.text(.comparisonFootnote(today: Self.d))
        == "in progress: the actual days run to today (2024-09-15); the end slip so far is the days from the"
        + " planned end to today (0 before it). Slips in days, + is late;"
        + " figures are over finished items with planned dates.")
    #expect(en.text(.signedDays("+5.4")) == "+5.4d")
    #expect(en.text(.signedDays("–")) == "–")
    #expect(en.text(.slipCell("+5")) == "+5")
    #expect(en.text(.slipSoFar("+14")) == "+14 so far")
    #expect(en.text(.hoursAmount(9)) == "9.0 h")
    #expect(en.text(.comparisonCSVHeader(.endSlipDays)) == "end_slip_days")
    #expect(en.text(.exportHeader(.planned)) == "Date")
  }

  @Test func reportPhrasesInKorean() {
    let ko = Language.ko
    #expect(ko.text(.days(1)) == "1일")
    #expect(ko.text(.days(3)) == "3일")
    #expect(
      ko.text(.weekHeading(week: "2024-W37", first: day("2024-09-09"), last: Self.d, asOf: Self.d))
        == "2024-W37 주간 (2024-09-09 – 2024-09-15) · 2024-09-15 기준")
    #expect(ko.text(.finishedOn(day("2024-09-12"), slipDays: 2)) == "2024-09-12 완료, 2일 늦음")
    #expect(ko.text(.finishedOn(day("2024-09-12"), slipDays: -1)) == "2024-09-12 완료, 1일 일찍")
    #expect(ko.text(.finishedOn(day("2024-09-12"), slipDays: 0)) == "2024-09-12 완료, 계획대로")
    #expect(ko.text(.overdue(days: 10, plannedEnd: day("2024-09-05"))) == "10일 지남 (계획 종료 2024-09-05)")
    #expect(ko.text(.notStarted(plannedStart: day("2024-09-02"), days: 13)) == "계획 시작 2024-09-02 (13일 전)")
    #expect(
      ko.text(.studyTimeLine(hours: 7.5, sessions: 5, daysStudied: 5, previousWeekHours: 4.5, streak: 5))
        == "7.5시간, 세션 5회, 5일 학습 (지난주 4.5시간, +3.0) · 연속 5일")
    #expect(
      ko.text(.summaryHeading(title: "커리어 맵", items: 1, by: .track, asOf: Self.d))
        == "커리어 맵: 항목 1개, 트랙별, 2024-09-15 기준")
    #expect(ko.text(.summaryPausedDropped(paused: 1, dropped: 2)) == "보류: 1, 취소: 2")
    #expect(ko.text(.pace(.onTrack)) == "순조")
    #expect(ko.text(.pace(.unknown)) == "–")
    #expect(ko.text(.state(.inProgress)) == "진행 중")
    #expect(ko.text(.comparisonHeading(title: "커리어 맵", asOf: Self.d)) == "커리어 맵: 계획 대비 실제, 2024-09-15 기준")
    #expect(ko.text(.signedDays("+5.4")) == "+5.4일")
    #expect(ko.text(.signedDays("–")) == "–")
    #expect(ko.text(.slipCell("+5")) == "+5일")
    #expect(ko.text(.slipSoFar("+14")) == "진행 중 +14일")
    #expect(ko.text(.hoursAmount(9)) == "9.0시간")
    #expect(ko.text(.comparisonCSVHeader(.endSlipDays)) == "종료 차이(일)")
    #expect(ko.text(.flag(true)) == "예")
  }

  /// Every chart phrase, with sample values.
  static let chartPhrases: [ChartPhrase] =
    [
      .today, .planned, .actual, .milestone, .tbd, .paused, .dropped, .noTrack, .items(0), .items(1),
      .items(7),
      .asOf(d), .doneCount(0, of: 0), .doneCount(3, of: 5), .overdueDays(1), .overdueDays(15), .slip(-1),
      .slip(1),
      .studyTime, .studyTotals(hours: 0.5, sessions: 1, days: 1),
      .studyTotals(hours: 12, sessions: 9, days: 7),
      .hoursADay, .done, .inProgress, .percentDone(0), .percentDone(100), .progressByCategory, .byPlannedDays,
      .total, .noDates,
    ] + (1...7).map { .weekday($0) }

  /// Every report phrase, with sample values.
  static let reportPhrases: [ReportPhrase] =
    [
      .none, .days(0), .days(1), .days(2), .total, .unscheduled,
      .weekHeading(week: "2024-W37", first: day("2024-09-09"), last: d, asOf: d), .weekFinished, .weekStarted,
      .weekInProgress, .weekDueNextWeek, .weekOverdue, .weekNotStarted, .weekStudyTime, .weekByCategory,
      .weekByItem, .weekItem, .weekElapsed, .weekPlanned, .weekExpected, .weekRecorded, .weekPace, .weekHours,
      .weekCategory, .pace(.ahead), .pace(.onTrack), .pace(.behind), .pace(.unknown),
      .finishedOn(d, slipDays: nil), .finishedOn(d, slipDays: 0), .finishedOn(d, slipDays: 1),
      .finishedOn(d, slipDays: -2), .startedOn(d), .plannedEnd(d), .overdue(days: 1, plannedEnd: d),
      .notStarted(plannedStart: d, days: 1),
      .studyTimeLine(hours: 0, sessions: 0, daysStudied: 0, previousWeekHours: 0, streak: 0),
      .studyTimeLine(hours: 1, sessions: 1, daysStudied: 1, previousWeekHours: 2, streak: 1),
      .summaryHeading(title: "", items: 0, by: .category, asOf: d), .summaryItems, .summaryDone,
      .summaryActive, .summaryPlanned, .summaryOverdue, .summaryDonePercent, .summaryDaysPercent,
      .summaryPlannedSpan, .summaryDaysSpent, .summaryEndSlip, .summaryNote,
      .summaryPausedDropped(paused: 0, dropped: 0), .summaryLateStart(0),
      .comparisonHeading(title: "", asOf: d),
      .comparisonID, .comparisonCategory, .comparisonTitle, .comparisonPlanned, .comparisonActual,
      .comparisonStartSlip, .comparisonEndSlip, .comparisonPlannedDays, .comparisonActualDays,
      .comparisonRatio,
      .comparisonState, .comparisonItems, .comparisonFinished, .comparisonOnTime, .comparisonOnTimeRate,
      .comparisonMedianSlip, .comparisonMeanSlip, .comparisonDaysOverPlan, .comparisonWorst, .untilToday,
      .overall, .comparisonFootnote(today: d), .signedDays("+1.5"), .signedDays("–"), .slipCell("+1"),
      .slipSoFar("0"), .hoursAmount(1.5), .summaryNoTrack, .roadmap, .flag(true), .flag(false),
    ] + Grouping.allCases.map { .grouping($0) } + ItemStatus.allCases.map { .state($0) }
    + ComparisonCSVColumn.allCases.map { .comparisonCSVHeader($0) }
    + RoadmapColumn.allCases.map { .exportHeader($0) }

  @Test(arguments: Language.allCases)
  func noPhraseIsEmpty(language: Language) {
    for phrase in Self.chartPhrases {
      #expect(!language.text(phrase).isEmpty, "\(language) \(phrase)")
    }
    for phrase in Self.reportPhrases {
      #expect(!language.text(phrase).isEmpty, "\(language) \(phrase)")
    }
    for label in Self.labels {
      #expect(language.forms(label).allSatisfy { !$0.isEmpty }, "\(language) \(label)")
    }
  }
}
