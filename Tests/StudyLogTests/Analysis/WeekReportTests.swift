import Foundation
import Testing

@testable import StudyLog

let weekRoadmapCSV = """
  id,track,category,title,planned,actual,progress
  1,SRE,Infra,Done this week,24.08.20-24.09.10,24.08.19-24.09.12,100
  2,SRE,Infra,Started this week,24.09.09-24.09.30,24.09.10-,20
  3,SRE,Network,Long running,24.09.01-24.09.30,24.09.01-,55
  4,MLOps,Cloud,Due next week,24.09.02-24.09.20,,
  5,MLOps,Cloud,Overdue,24.08.01-24.09.05,24.08.03-,90
  6,MLOps,Data,Early finish,24.07.01-24.07.31,24.07.01-24.07.26,100

  """

let sessionsCSV = """
  date,item,hours,note
  2024-09-02,3,2,
  2024-09-05,Long running,1.5,by title
  2024-09-08,5,1,
  2024-09-11,1,2,
  2024-09-12,1,1.5,
  2024-09-13,2,1,"note, with comma"
  2024-09-14,3,2.5,
  2024-09-15,2,0.5,

  """

let weekRoadmap = Roadmap.load(csv: weekRoadmapCSV, source: "r.csv", today: sampleToday).roadmap

@Suite struct WeekTests {
  @Test func isoWeeksAcrossTheYearEnd() {
    let w = Week(containing: day("2024-12-30"))
    #expect(w.label == "2025-W01")
    #expect(w.start == day("2024-12-30"))
    #expect(w.end == day("2025-01-05"))
    #expect(Week(containing: day("2024-12-29")).label == "2024-W52")
    #expect(Week(containing: day("2021-01-03")).label == "2020-W53")
    #expect(Week(label: "2025-W01") == w)
    #expect(Week(label: "2020-W53")?.start == day("2020-12-28"))
    #expect(Week(label: "2021-W53") == nil)
    #expect(Week(label: "2024-W00") == nil)
    #expect(Week(label: "2024W37")?.start == day("2024-09-09"))
    #expect(Week(label: "37") == nil)
  }

  @Test func sundayStartWeeksAreNamedAfterTheirMonday() {
    let w = Week(containing: day("2024-09-15"), firstDay: .sunday)
    #expect(w.start == day("2024-09-15"))
    #expect(w.end == day("2024-09-21"))
    #expect(w.label == "2024-W38")
    let named = Week(label: "2024-W37", firstDay: .sunday)!
    #expect(named.start == day("2024-09-08"))
    #expect(Week(containing: day("2024-09-14"), firstDay: .sunday) == named)
    // Across the year end: Sunday 2024-12-29 starts the week of Monday 2024-12-30.
    #expect(Week(containing: day("2024-12-31"), firstDay: .sunday).label == "2025-W01")
  }

  let report = WeekReport(
    roadmap: weekRoadmap,
    sessions: SessionLog.load(csv: sessionsCSV, source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
      .sessions,
    week: Week(containing: sampleToday), today: sampleToday)

  @Test func sections() {
    #expect(report.asOf == day("2024-09-15"))
    #expect(report.finished.map(\.id) == ["1"])
    #expect(report.started.map(\.id) == ["2"])
    #expect(report.inProgress.map(\.item.id) == ["2", "3", "5"])
    #expect(report.dueNextWeek.map(\.id) == ["4"])
    #expect(report.overdue.map { "\($0.item.id):\($0.daysLate)" } == ["5:10"])
    #expect(report.notStarted.map { "\($0.item.id):\($0.daysLate)" } == ["4:13"])
  }

  @Test func expectedProgressByDateAgainstRecorded() {
    let checks = Dictionary(uniqueKeysWithValues: report.inProgress.map { ($0.item.id, $0) })
    // Item 2: 7 of 22 planned days have passed; 20% recorded is more than 10 points behind.
    #expect(checks["2"]!.elapsedDays == 6)
    #expect(checks["2"]!.plannedDays == 22)
    #expect(checks["2"]!.expectedPercent == 700.0 / 22)
    #expect(checks["2"]!.pace == .behind)
    // Item 3: 15 of 30 days, 55% recorded: on track.
    #expect(checks["3"]!.expectedPercent == 50)
    #expect(checks["3"]!.pace == .onTrack)
    // Item 5: past its end, so 100% expected; 90% is exactly 10 points behind.
    #expect(checks["5"]!.expectedPercent == 100)
    #expect(checks["5"]!.pace == .behind)
  }

  @Test func studyTime() {
    let t = report.time!
    #expect(t.hours == 7.5)
    #expect(t.previousWeekHours == 4.5)
    #expect(t.sessions == 5)
    #expect(t.daysStudied == 5)
    #expect(t.streak == 5)
    #expect(t.byCategory == [.init(name: "Infra", hours: 5), .init(name: "Network", hours: 2.5)])
    #expect(t.byItem.map { "\($0.item.id):\($0.hours)" } == ["1:3.5", "3:2.5", "2:1.5"])
  }

  @Test func theStreakEndsYesterdayWhenTodayHasNoSessionYet() {
    let monday = day("2024-09-16")
    let r = WeekReport(
      roadmap: weekRoadmap,
      sessions: SessionLog.load(csv: sessionsCSV, source: "s.csv", roadmap: weekRoadmap, today: monday)
        .sessions,
      week: Week(containing: monday), today: monday)
    #expect(r.time!.streak == 5)
    #expect(r.time!.hours == 0)
    #expect(r.time!.previousWeekHours == 7.5)
  }

  @Test func aPastWeekIsTakenAsOfItsLastDay() {
    let r = WeekReport(
      roadmap: weekRoadmap, sessions: nil, week: Week(label: "2024-W36")!, today: sampleToday)
    #expect(r.asOf == day("2024-09-08"))
    #expect(r.finished.isEmpty)
    #expect(r.inProgress.map(\.item.id) == ["1", "3", "5"])
    #expect(r.overdue.map { "\($0.item.id):\($0.daysLate)" } == ["5:3"])
    #expect(r.dueNextWeek.map(\.id) == ["1"])
    #expect(r.time == nil)
  }

  @Test func text() {
    let lines = report.render(.text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Week 2024-W37 (2024-09-09 – 2024-09-15) · as of 2024-09-15")
    #expect(lines.contains("  - #1 Done this week [Infra] — finished 2024-09-12, 2 days late"))
    #expect(lines.contains("  - #5 Overdue [Cloud] — 10 days late (planned end 2024-09-05)"))
    #expect(
      lines.contains(
        "Study time: 7.5 h in 5 sessions on 5 days (previous week 4.5 h, +3.0 h) · streak 5 days"))
    #expect(lines.contains("  by category: Infra 5.0 h · Network 2.5 h"))
  }

  @Test func koreanMarkdown() {
    let md = report.render(.markdown, language: .ko)
    #expect(md.hasPrefix("## 2024-W37 주간 (2024-09-09 – 2024-09-15) · 2024-09-15 기준\n"))
    #expect(md.contains("- **Done this week** (Infra) — 2024-09-12 완료, 2일 늦음\n"))
    #expect(md.contains("| Started this week | 6일 | 22일 | 32% | 20% | 뒤처짐 |\n"))
    #expect(md.contains("7.5시간, 세션 5회, 5일 학습 (지난주 4.5시간, +3.0) · 연속 5일\n"))
  }

  @Test func json() throws {
    let object = try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as! [String: Any]
    #expect(object["week"] as? String == "2024-W37")
    #expect(object["first_day"] as? String == "2024-09-09")
    #expect(object["last_day"] as? String == "2024-09-15")
    let time = object["time"] as! [String: Any]
    #expect(time["change_hours"] as? Double == 3)
    #expect(time["streak_days"] as? Int == 5)
    let progress = object["in_progress"] as! [[String: Any]]
    #expect(progress[0]["expected_percent"] as? Double == 31.8)
    #expect(progress[0]["pace"] as? String == "behind")
  }
}

@Suite struct SessionLogTests {
  @Test func readsHoursMinutesAndKoreanHeaders() {
    let csv = "날짜,항목,분,메모\n2024-09-10,3,90,복습\n24.09.11,Overdue,45,\n"
    let loaded = SessionLog.load(csv: csv, source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
    #expect(loaded.diagnostics.isEmpty)
    #expect(
      loaded.sessions == [
        Session(day: day("2024-09-10"), itemID: "3", hours: 1.5, note: "복습", line: 2),
        Session(day: day("2024-09-11"), itemID: "5", hours: 0.75, line: 3),
      ])
    #expect(loaded.columns == [.date, .item, .minutes, .note])
  }

  @Test func everyProblemWithItsLine() {
    let roadmap = Roadmap.load(
      csv: "id,category,title\n1,A,Same\n2,A,Same\n3,A,Other\n", source: "r.csv", today: sampleToday
    ).roadmap
    let csv = """
      date,item,hours
      2024-09-10,9,1
      2024-09-10,Same,1
      2024-02-30,1,1
      2024-09,1,1
      2024-09-20,1,1
      2024-09-10,1,0
      2024-09-10,1,lots
      2024-09-10,,1

      """
    #expect(
      SessionLog.load(csv: csv, source: "s.csv", roadmap: roadmap, today: sampleToday).diagnostics.map(
        \.description)
        == [
          "s.csv:2:12: error: unknown item '9': no id or title in r.csv matches it",
          "s.csv:3:12: error: ambiguous item 'Same': the items on lines 2, 3 of r.csv have this title; use the id",
          "s.csv:4:1: error: invalid date '2024-02-30': February 2024 has 29 days",
          "s.csv:5:1: error: '2024-09' is a month; a session needs a day",
          "s.csv:6:1: warning: session on 2024-09-20 is after today (2024-09-15)",
          "s.csv:7:14: error: hours '0' is outside 0–24 (more than none, at most a day)",
          "s.csv:8:14: error: hours 'lots' is not a number",
          "s.csv:9:12: error: empty item",
        ])
  }

  @Test func headerProblems() {
    #expect(
      SessionLog.load(csv: "date,item\n", source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
        .diagnostics
        .map(\.description) == [
          "s.csv:1:1: error: missing column 'hours' or 'minutes' (also accepted: 시간, 분)"
        ])
    #expect(
      SessionLog.load(csv: "date,item,hours,분\n", source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
        .diagnostics.map(\.description) == [
          "s.csv:1:17: error: columns 'hours' and '분' both give the time; keep one of them"
        ])
  }

  @Test func appendedLinesFollowTheFilesColumnsAndLineEndings() {
    let session = Session(day: day("2024-09-15"), itemID: "3", hours: 1.25, note: "tcpdump, \"SYN\"")
    #expect(
      SessionLog.line(for: session, columns: SessionLog.defaultColumns)
        == "2024-09-15,3,1.25,\"tcpdump, \"\"SYN\"\"\"")
    #expect(
      SessionLog.line(for: session, columns: [.note, .minutes, nil, .item, .date])
        == "\"tcpdump, \"\"SYN\"\"\",75,,3,2024-09-15")
    #expect(SessionLog.appendix(line: "x", existing: Array("h\r\na\r\n".utf8)) == Array("x\r\n".utf8))
    #expect(SessionLog.appendix(line: "x", existing: Array("h\r\na".utf8)) == Array("\r\nx\r\n".utf8))
    #expect(SessionLog.appendix(line: "x", existing: Array("h\na".utf8)) == Array("\nx\n".utf8))
    #expect(SessionLog.appendix(line: "x", existing: Array("h\ra\r".utf8)) == Array("x\r".utf8))
    #expect(SessionLog.newFile(line: "x") == Array("date,item,hours,note\nx\n".utf8))
  }
}

@Suite struct ComparisonTests {
  let comparison = Comparison(weekRoadmap, today: sampleToday)

  @Test func perItem() {
    let v = Dictionary(uniqueKeysWithValues: comparison.items.map { ($0.item.id, $0) })
    #expect(v["1"]!.startSlipDays == -1)
    #expect(v["1"]!.endSlipDays == 2)
    #expect(v["1"]!.plannedDays == 22)
    #expect(v["1"]!.actualDays == 25)
    #expect(v["1"]!.ratio == 25.0 / 22)
    #expect(!v["1"]!.provisional)
    // In progress: today stands in for the end.
    #expect(v["2"]!.provisional)
    #expect(v["2"]!.end == sampleToday)
    #expect(v["2"]!.endSlipDays == -15)
    #expect(v["2"]!.actualDays == 6)
    #expect(v["4"]!.state == .planned)
    #expect(v["4"]!.endSlipDays == nil)
    #expect(v["6"]!.endSlipDays == -5)
    #expect(v["6"]!.ratio == 26.0 / 31)
  }

  @Test func perCategoryAndOverall() {
    let o = comparison.overall
    #expect(o.items == 6)
    #expect(o.finished == 2)
    #expect(o.onTime == 1)
    #expect(o.onTimeRate == 0.5)
    #expect(o.medianEndSlipDays == -1.5)
    #expect(o.meanEndSlipDays == -1.5)
    #expect(o.daysOverPlan == 3)
    #expect(o.worst?.item.id == "1")
    #expect(comparison.categories.map(\.name) == ["Infra", "Network", "Cloud", "Data"])
    let infra = comparison.categories[0]
    #expect(infra.finished == 1 && infra.onTime == 0)
    #expect(infra.medianEndSlipDays == 2)
    #expect(comparison.categories[1].onTimeRate == nil)
  }

  @Test func sortBySlip() {
    let sorted = Comparison(weekRoadmap, today: sampleToday, sort: .slip)
    // Provisional slips count: item 5 is 10 days past its end; 2 and 3 tie and keep file order.
    #expect(sorted.items.map(\.item.id) == ["5", "1", "6", "2", "3", "4"])
  }

  @Test func csvColumns() {
    let lines = comparison.csv().split(separator: "\n").map(String.init)
    #expect(
      lines[0]
        == "id,category,title,planned_start,planned_end,actual_start,actual_end,start_slip_days,end_slip_days,planned_days,actual_days,state,track,ratio,provisional"
    )
    #expect(
      lines[1]
        == "1,Infra,Done this week,2024-08-20,2024-09-10,2024-08-19,2024-09-12,-1,2,22,25,done,SRE,1.14,false"
    )
    #expect(
      lines[2]
        == "2,Infra,Started this week,2024-09-09,2024-09-30,2024-09-10,,1,-15,22,6,in_progress,SRE,0.27,true")
    #expect(lines[4] == "4,Cloud,Due next week,2024-09-02,2024-09-20,,,,,19,,planned,MLOps,,false")
  }

  @Test func textMarksProvisionalEnds() {
    let text = comparison.render(.text)
    #expect(text.contains("2024-09-10 – (today)"))
    #expect(text.contains("−15*"))
    #expect(
      text.hasSuffix(
        "* in progress: today (2024-09-15) stands in for the actual end. Slips in days, + is late; figures are over finished items with planned dates.\n"
      ))
  }
}
