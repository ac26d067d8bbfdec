import Foundation
import Testing

@testable import StudyLog

@Suite struct StatusTests {
  let planned = DayRange(day("2024-09-01"), day("2024-09-30"))

  @Test func derivedFromActualDatesAsOfToday() {
    let item = Item(
      id: "1", category: "A", title: "t", planned: planned, actualStart: day("2024-09-03"),
      actualEnd: day("2024-09-20"))
    #expect(item.status(on: day("2024-09-02")) == .planned)
    #expect(item.status(on: day("2024-09-03")) == .inProgress)
    #expect(item.status(on: day("2024-09-19")) == .inProgress)
    #expect(item.status(on: day("2024-09-20")) == .done)
  }

  @Test func declaredStatusWins() {
    var item = Item(id: "1", category: "A", title: "t", planned: planned, actualStart: day("2024-09-03"))
    item.declaredStatus = .paused
    #expect(item.status(on: sampleToday) == .paused)
    item.declaredStatus = .dropped
    #expect(item.status(on: sampleToday) == .dropped)
    item.declaredStatus = .done
    #expect(item.status(on: sampleToday) == .done)
    item.declaredStatus = .planned
    item.planned = nil
    #expect(item.status(on: sampleToday) == .unscheduled)
  }

  @Test func unscheduledWithoutDates() {
    #expect(Item(id: "1", category: "A", title: "t").status(on: sampleToday) == .unscheduled)
  }

  @Test func overdueMeansThePlannedEndHasPassedAndNotDone() {
    let item = Item(id: "1", category: "A", title: "t", planned: planned, actualStart: day("2024-09-03"))
    #expect(!item.isOverdue(on: day("2024-09-30")))
    #expect(item.isOverdue(on: day("2024-10-01")))
    var finished = item
    finished.actualEnd = day("2024-10-05")
    #expect(!finished.isOverdue(on: day("2024-10-06")))
    #expect(finished.isOverdue(on: day("2024-10-04")))
    var dropped = item
    dropped.declaredStatus = .dropped
    #expect(!dropped.isOverdue(on: day("2024-10-06")))
  }

  @Test func lateStartMeansThePlannedStartHasPassedAndNotStarted() {
    let item = Item(id: "1", category: "A", title: "t", planned: planned)
    #expect(!item.isLateStart(on: day("2024-09-01")))
    #expect(item.isLateStart(on: day("2024-09-02")))
    var started = item
    started.actualStart = day("2024-09-02")
    #expect(!started.isLateStart(on: day("2024-09-10")))
  }
}

@Suite struct SummaryTests {
  static let csv = """
    id,track,category,title,planned,actual,progress,status
    1,SRE,Infra,IT 인프라,24.01.01-24.01.10,24.01.01-24.01.15,100,
    2,SRE,Infra,Docker,24.02.01-24.02.20,24.02.01-24.02.17,100,
    3,SRE,Network,DNS,24.03.01-24.03.31,24.03.05-,40,
    4,MLOps,Infra,K8s,24.08.01-24.08.31,,,
    5,MLOps,Network,TCP,TBD,,,
    6,MLOps,Infra,Old plan,24.01.01-24.12.31,,,dropped
    7,,Network,Paused,24.04.01-24.04.30,24.04.01-,10,paused

    """

  let summary = RoadmapSummary(
    Roadmap.load(csv: csv, source: "r.csv", today: day("2024-09-15")).roadmap, by: .category,
    today: day("2024-09-15"))

  @Test func countsPerCategory() {
    #expect(summary.groups.map(\.name) == ["Infra", "Network"])
    let infra = summary.groups[0]
    #expect(
      [
        infra.items, infra.done, infra.inProgress, infra.planned, infra.unscheduled, infra.dropped,
        infra.overdue,
      ]
        == [4, 2, 0, 1, 0, 1, 1] as [Int])
    let network = summary.groups[1]
    #expect(
      [network.items, network.done, network.inProgress, network.unscheduled, network.paused, network.overdue]
        == [3, 0, 1, 1, 1, 2] as [Int])
  }

  @Test func percentsSpansDaysAndSlips() {
    let infra = summary.groups[0]
    // 2 done of 3 not dropped; 10 + 20 done days of 10 + 20 + 31 scheduled days.
    #expect(infra.percentDone == 200.0 / 3)
    #expect(infra.percentDoneByDays == 3000.0 / 61)
    #expect(infra.plannedSpan == DayRange(day("2024-01-01"), day("2024-12-31")))
    #expect(infra.actualDays == 15 + 17)
    // Slips +5 and −3.
    #expect(infra.meanEndSlipDays == 1)
    #expect(summary.groups[1].meanEndSlipDays == nil)
    #expect(summary.total.items == 7)
    #expect(summary.total.done == 2)
    #expect(summary.total.percentDone == 200.0 / 6)
  }

  @Test func groupsByTrackWithAGroupForItemsWithoutOne() {
    let byTrack = RoadmapSummary(
      Roadmap.load(csv: Self.csv, source: "r.csv", today: sampleToday).roadmap, by: .track, today: sampleToday
    )
    // Items without a track come first, as in every grouping by track (`Roadmap.byTrack`).
    #expect(byTrack.groups.map(\.name) == ["(no track)", "SRE", "MLOps"])
    #expect(byTrack.groups.map(\.items) == [1, 3, 3])
  }

  @Test func textTableAlignsHangul() {
    let text = summary.render(.text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "r.csv: 7 items by category, as of 2024-09-15")
    // Every row of the table has its columns at the same display offsets.
    let table = lines[2..<7]
    let widths = table.map { displayWidth($0) }
    #expect(Set(widths).count == 1, "\(widths)")
    #expect(
      table.first
        == "category  items  done  active  planned  TBD  overdue  done %  days %  planned span             days spent  end slip"
    )
    #expect(
      lines[4]
        == "Infra         4     2       0        1    0        1     67%     49%  2024-01-01 – 2024-12-31          32     +1.0d"
    )
  }

  @Test func hangulGroupNamesStayAligned() {
    let csv = "category,title\n네트워크,a\nOS,b\n"
    let s = RoadmapSummary(
      Roadmap.load(csv: csv, source: "r.csv", today: sampleToday).roadmap, by: .category, today: sampleToday)
    let lines = s.render(.text).split(separator: "\n").map(String.init)
    // "네트워크" is four syllables, eight columns wide: the numbers after it line up with "OS".
    #expect(lines[3].hasPrefix("네트워크      1     0"))
    #expect(lines[4].hasPrefix("OS            1     0"))
  }

  @Test func json() throws {
    let json = summary.render(.json)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    #expect(object["today"] as? String == "2024-09-15")
    let groups = object["groups"] as! [[String: Any]]
    #expect(groups.count == 2)
    #expect(groups[0]["name"] as? String == "Infra")
    #expect(groups[0]["percent_done"] as? Double == 66.7)
    #expect(groups[0]["mean_end_slip_days"] as? Double == 1)
    #expect(groups[1]["mean_end_slip_days"] is NSNull)
    let total = object["total"] as! [String: Any]
    for key in [
      "name", "items", "done", "in_progress", "planned", "unscheduled", "overdue", "percent_done",
      "mean_end_slip_days",
    ] {
      #expect(total[key] != nil, "missing \(key)")
    }
    #expect(total["overdue"] as? Int == 3)
  }

  @Test func markdown() {
    let md = summary.render(.markdown).split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(md[0] == "**r.csv: 7 items by category, as of 2024-09-15**")
    #expect(
      md[2]
        == "| Category | Items | Done | Active | Planned | TBD | Overdue | Done % | Days % | Planned span | Days spent | End slip |"
    )
    #expect(md[3] == "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    #expect(md[4] == "| Infra | 4 | 2 | 0 | 1 | 0 | 1 | 67% | 49% | 2024-01-01 – 2024-12-31 | 32 | +1.0d |")
    #expect(
      md[6] == "| **total** | 7 | 2 | 1 | 1 | 1 | 3 | 33% | 25% | 2024-01-01 – 2024-12-31 | 32 | +1.0d |")
  }
}

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("한글", 4), ("IT 인프라", 9), ("漢字", 4), ("ｆｕｌｌ", 8), ("é", 1), ("e\u{301}", 1), ("😀", 2),
    ("", 0),
  ])
  func widths(text: String, width: Int) {
    #expect(displayWidth(text) == width)
  }
}

@Suite struct TodayTests {
  @Test func optionWins() {
    #expect(Today.resolve(option: "2024-09-15", sourceDateEpoch: "0") == .success(day("2024-09-15")))
  }

  @Test func sourceDateEpochIsAUTCDay() {
    // 2024-09-15T23:59:59Z and 2024-09-16T00:00:00Z.
    #expect(Today.resolve(option: nil, sourceDateEpoch: "1726444799") == .success(day("2024-09-15")))
    #expect(Today.resolve(option: nil, sourceDateEpoch: "1726444800") == .success(day("2024-09-16")))
    #expect(Today.resolve(option: nil, sourceDateEpoch: "-1") == .success(day("1969-12-31")))
  }

  @Test func localDateInTheGivenTimeZone() {
    let instant = Date(timeIntervalSince1970: 1_726_444_799)  // 2024-09-15T23:59:59Z
    let seoul = TimeZone(identifier: "Asia/Seoul")!
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: nil, now: instant, timeZone: seoul)
        == .success(day("2024-09-16")))
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: "", now: instant, timeZone: .gmt)
        == .success(day("2024-09-15")))
  }

  @Test func badValuesSayWhy() {
    #expect(
      Today.resolve(option: "2024-02-30", sourceDateEpoch: nil)
        == .failure(TodayError(message: "--today: invalid date '2024-02-30': February 2024 has 29 days")))
    #expect(
      Today.resolve(option: "2024-02", sourceDateEpoch: nil)
        == .failure(TodayError(message: "--today '2024-02' names a month, not a day")))
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: "yesterday")
        == .failure(TodayError(message: "SOURCE_DATE_EPOCH 'yesterday' is not a whole number of seconds")))
  }
}
