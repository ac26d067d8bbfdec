import TestSupport
import Testing

@testable import StudyLog

/// Every diagnostic for a CSV text, as the lines `check` prints.
private func diagnostics(_ csv: String, today: Day = sampleToday) -> [String] {
  Roadmap.load(csv: csv, source: "r.csv", today: today).diagnostics.map(\.description)
}

/// The items of a CSV text that has no errors.
private func items(_ csv: String, today: Day = sampleToday) -> [Item] {
  let loaded = Roadmap.load(csv: csv, source: "r.csv", today: today)
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap.items
}

@Suite struct RoadmapParserTests {
  @Test func readsAFullRow() {
    let csv = """
      id,track,category,title,description,url,planned_start,planned_end,actual_start,actual_end,progress,status
      7,SRE,Infra,쿠버네티스 입문,"Pod, Service",https://blog.example/k8s,2024-06-24,2024-08-18,2024-06-21,2024-08-30,100,done

      """
    let item = items(csv)[0]
    #expect(
      item
        == Item(
          id: "7", line: 2, track: "SRE", category: "Infra", title: "쿠버네티스 입문", description: "Pod, Service",
          url: "https://blog.example/k8s", planned: DayRange(day("2024-06-24"), day("2024-08-18")),
          actualStart: day("2024-06-21"), actualEnd: day("2024-08-30"), progress: 100, declaredStatus: .done))
    #expect(item.endSlipDays == 12)
  }

  @Test(arguments: [
    "Category,Title", "CATEGORY, title ", "분류,제목", "카테고리,Topic", "category,name", "Cate_gory,TI-TLE",
  ])
  func headerNamesMatchLoosely(header: String) {
    #expect(items(header + "\nInfra,DNS\n").map(\.title) == ["DNS"])
  }

  @Test func koreanHeadersAndSingleCellRanges() {
    let csv = """
      번호,트랙,분류,제목,설명,링크,기간,실제,진행률,상태
      1,SRE,Network,DNS 동작 원리,재귀 질의,https://x.dev/dns,24.04.08-24.04.21,24.04.22-,40%,진행중

      """
    let item = items(csv)[0]
    #expect(item.planned == DayRange(day("2024-04-08"), day("2024-04-21")))
    #expect(item.actualStart == day("2024-04-22"))
    #expect(item.actualEnd == nil)
    #expect(item.progress == 40)
    #expect(item.declaredStatus == .active)
  }

  @Test func idsDefaultToRowOrderWithoutAnIdColumn() {
    let csv = "category,title\nA,one\n\nB,two\n,,\nC,three\n"
    #expect(items(csv).map(\.id) == ["1", "2", "3"])
    #expect(items(csv).map(\.line) == [2, 4, 6])
  }

  @Test func blankIdsGetTheNextFreeNumberWithAWarning() {
    let csv = "id,category,title\n3,A,one\n,B,two\n----,C,three\n"
    let loaded = Roadmap.load(csv: csv, source: "r.csv", today: sampleToday)
    #expect(loaded.roadmap.items.map(\.id) == ["3", "4", "5"])
    #expect(
      loaded.diagnostics.map(\.description) == [
        "r.csv:3: warning: row has no id; it gets id 4", "r.csv:4: warning: row has no id; it gets id 5",
      ])
  }

  @Test func placeholdersMeanNotScheduled() {
    let csv = "category,title,start,end,period\nA,a,TBD,미정,\n"
    #expect(
      diagnostics(csv) == [
        "r.csv:1:26: error: columns 'start' and 'period' both give the planned dates; keep one of them"
      ])
    let ok = "category,title,start,end\nA,a,TBD,미정\nA,b,----,-\nA,c,,\n"
    #expect(items(ok).map(\.planned) == [nil, nil, nil])
  }

  @Test func monthsAloneSpanTheWholeMonth() {
    let item = items("category,title,start,end\nA,a,2024-03,2024-04\n")[0]
    #expect(item.planned == DayRange(day("2024-03-01"), day("2024-04-30")))
  }

  @Test func aSingleDateInARangeColumnIsAMilestone() {
    let item = items("category,title,planned\nA,exam,24.10.19\n")[0]
    #expect(item.isMilestone)
    #expect(item.planned?.days == 1)
  }

  // MARK: - Errors, each with its exact message, line and column.

  @Test(arguments: [
    ("title\nDNS\n", ["r.csv:1:1: error: missing required column 'category' (also accepted: 분류, 카테고리)"]),
    (
      "category,name\nA,b\n",
      [] as [String]
    ),
    (
      "id,category\n1,A\n",
      ["r.csv:1:1: error: missing required column 'title' (also accepted: name, topic, 제목)"]
    ),
    (
      "category,title,제목\nA,b,c\n",
      ["r.csv:1:16: error: duplicate column '제목': column 'title' already gives the title"]
    ),
    (
      "category,title,start,planned_start\nA,b,,\n",
      ["r.csv:1:22: error: duplicate column 'planned_start': column 'start' already gives the planned start"]
    ),
    (
      "category,title,actual,finished\nA,b,,\n",
      ["r.csv:1:23: error: columns 'actual' and 'finished' both give the actual dates; keep one of them"]
    ),
  ])
  func headerErrors(csv: String, expected: [String]) {
    #expect(diagnostics(csv) == expected)
  }

  @Test func wrongNumberOfFields() {
    let csv = "category,title,url\nA,b\nA,b,https://x.dev,extra\nA,\"b, c\",https://x.dev\n"
    #expect(
      diagnostics(csv) == [
        "r.csv:2:1: error: row has 2 fields but the header has 3; quote fields that hold commas",
        "r.csv:3:19: error: row has 4 fields but the header has 3; quote fields that hold commas",
      ])
  }

  @Test func badQuotingIsReportedWithItsPosition() {
    #expect(
      diagnostics("category,title\nA,\"DNS\n\nB,c\n") == [
        "r.csv:2:3: error: unterminated quote: this field's opening quote is never closed"
      ])
    #expect(
      diagnostics("category,title\nA,\"DNS\" basics\n") == [
        "r.csv:2:8: error: unexpected text after a closing quote; double a quote inside a quoted field (\"\")"
      ])
  }

  @Test func linesCountPhysicalLinesAcrossMultiLineFields() {
    let csv =
      "category,title,description,start,end\nA,a,\"line one\nline two\nline three\",2024-05-01,2024-04-01\n"
    #expect(
      diagnostics(csv) == ["r.csv:4:24: error: planned end 2024-04-01 is before planned start 2024-05-01"])
  }

  @Test(arguments: [
    ("2024-02-30,2024-03-01", "r.csv:2:5: error: invalid date '2024-02-30': February 2024 has 29 days"),
    (
      "02/01/2024,2024-03-01",
      "r.csv:2:5: error: ambiguous date '02/01/2024': it could be 2024-02-01 (month first) or 2024-01-02 (day first); write the year first"
    ),
    ("2024-05-01,2024-04-01", "r.csv:2:16: error: planned end 2024-04-01 is before planned start 2024-05-01"),
    (
      "2024-05-01,",
      "r.csv:2:5: error: planned start 2024-05-01 has no planned end; give both, or neither for an item not scheduled yet"
    ),
    (",2024-05-01", "r.csv:2:6: error: planned end 2024-05-01 has no planned start"),
    (
      "soon,2024-05-01",
      "r.csv:2:5: error: 'soon' is not a date; write it as 2024-02-01"
    ),
    (
      "24.02.01-24.03.30,",
      "r.csv:2:5: error: '24.02.01-24.03.30' is a date range; put it in a 'planned' column, or split it into start and end"
    ),
  ])
  func plannedDateErrors(cells: String, expected: String) {
    #expect(diagnostics("category,title,start,end\nA,b," + cells + "\n") == [expected])
  }

  @Test func actualEndWithoutActualStart() {
    #expect(
      diagnostics("category,title,actual_start,actual_end\nA,b,,2024-03-02\n") == [
        "r.csv:2:6: error: actual end 2024-03-02 has no actual start"
      ])
    #expect(
      diagnostics("category,title,actual_start,actual_end\nA,b,2024-03-05,2024-03-02\n") == [
        "r.csv:2:16: error: actual end 2024-03-02 is before actual start 2024-03-05"
      ])
  }

  @Test func duplicateIds() {
    #expect(
      diagnostics("id,category,title\n1,A,a\n2,A,b\n1,B,c\n") == [
        "r.csv:4:1: error: duplicate id '1': line 2 already uses it"
      ])
  }

  @Test(arguments: [
    ("150", "r.csv:2:5: error: progress '150' is outside 0–100"),
    ("-5%", "r.csv:2:5: error: progress '-5%' is outside 0–100"),
    ("half", "r.csv:2:5: error: progress 'half' is not a number"),
  ])
  func progressErrors(cell: String, expected: String) {
    #expect(diagnostics("category,title,progress\nA,b,\(cell)\n") == [expected])
  }

  @Test func progressAcceptsPercentSigns() {
    #expect(items("category,title,progress\nA,b,37.5 %\n")[0].progress == 37.5)
  }

  @Test func unknownStatus() {
    #expect(
      diagnostics("category,title,status\nA,b,someday\n") == [
        "r.csv:2:5: error: unknown status 'someday': use planned, active, done, paused or dropped"
      ])
  }

  @Test(arguments: [
    ("planned", DeclaredStatus.planned), ("Active", .active), ("in progress", .active), ("진행 중", .active),
    ("완료", .done), ("Completed", .done), ("on hold", .paused), ("보류", .paused), ("취소", .dropped),
    ("cancelled", .dropped),
  ])
  func statusSynonyms(cell: String, status: DeclaredStatus) {
    #expect(DeclaredStatus(cell: cell) == status)
  }

  @Test(arguments: [
    ("ftp://files.example/x", "it must start with http:// or https://"),
    ("blog.example/post", "it must start with http:// or https://"),
    ("javascript:alert(1)", "it must start with http:// or https://"), ("https://", "it has no host"),
    ("http://a b", "' ' is not allowed in a URL (percent-encode it as %20)"),
  ])
  func urlsMustBeWebLinks(url: String, why: String) {
    #expect(
      diagnostics("category,title,url\nA,b,\"\(url)\"\n") == [
        "r.csv:2:5: error: url '\(url)' is not a valid http or https link: \(why)"
      ])
  }

  @Test func emptyRequiredCells() {
    #expect(
      diagnostics("category,title\n,b\nA, \n") == [
        "r.csv:2:1: error: empty category", "r.csv:3:3: error: empty title",
      ])
  }

  @Test func emptyFile() {
    #expect(diagnostics("") == ["r.csv: error: the file is empty; a roadmap needs a header row"])
    #expect(diagnostics("\n\r\n  \n") == ["r.csv: error: the file is empty; a roadmap needs a header row"])
  }

  @Test func reportsEveryProblemAtOnceInLineOrder() {
    let csv = """
      id,category,title,start,end,progress,memo
      1,A,a,2024-02-30,2024-03-01,50,x
      1,B,b,2024-05-01,2024-04-01,120,y
      3,,c,,,,z

      """
    #expect(
      diagnostics(csv) == [
        "r.csv:2:7: error: invalid date '2024-02-30': February 2024 has 29 days",
        "r.csv:2:29: warning: progress is 50% but there is no actual start",
        "r.csv:3:1: error: duplicate id '1': line 2 already uses it",
        "r.csv:3:18: error: planned end 2024-04-01 is before planned start 2024-05-01",
        "r.csv:3:29: error: progress '120' is outside 0–100",
        "r.csv:4:3: error: empty category",
      ])
  }

  // MARK: - Warnings

  @Test func warnings() {
    let csv = """
      category,title,start,end,actual_start,actual_end,progress,status,,notes
      A,future,2024-09-01,2024-09-30,2024-09-20,2024-09-25,100,,,
      A,done-low,2024-01-01,2024-01-31,2024-01-01,2024-01-30,80,,,
      A,declared-done,2024-01-01,2024-01-31,,,,done,,
      A,hundred,2024-01-01,2024-01-31,2024-01-02,,100,,,
      A,no-start,2024-10-01,2024-10-31,,,30,,,
      A,active,2024-10-01,2024-10-31,,,,active,,
      A,planned,2024-10-01,2024-10-31,2024-10-02,,,planned,,
      A,typo,2204-01-01,2204-01-31,,,,,,
      A,future,,,,,,,,

      """
    #expect(
      diagnostics(csv) == [
        "r.csv:1:66: warning: column 9 has no name; its values are ignored",
        "r.csv:2:32: warning: actual start 2024-09-20 is after today (2024-09-15)",
        "r.csv:2:43: warning: actual end 2024-09-25 is after today (2024-09-15)",
        "r.csv:3:56: warning: the item is done but progress is 80%",
        "r.csv:4:42: warning: status is done but there is no actual end; its slip cannot be computed",
        "r.csv:5:45: warning: progress is 100% but there is no actual end",
        "r.csv:6:36: warning: progress is 30% but there is no actual start",
        "r.csv:7:35: warning: status is active but there is no actual start",
        "r.csv:8:33: warning: actual start 2024-10-02 is after today (2024-09-15)",
        "r.csv:8:46: warning: status is planned but the item has an actual start (2024-10-02)",
        "r.csv:9:8: warning: date 2204-01-01 is 180 years from today; is the year a typo?",
        "r.csv:9:19: warning: date 2204-01-31 is 180 years from today; is the year a typo?",
        "r.csv:10:3: warning: title 'future' is also used on line 2",
      ])
  }

  @Test func headerOnly() {
    #expect(diagnostics("category,title\n") == ["r.csv:1: warning: the file has a header but no items"])
  }

  @Test func cp949FilesAreReadWithAWarning() {
    // "category,title\nInfra,한글\n" in CP949.
    let bytes = Array("category,title\nInfra,".utf8) + [0xC7, 0xD1, 0xB1, 0xDB, 0x0A]
    let loaded = Roadmap.load(bytes: bytes, source: "r.csv", today: sampleToday)
    #expect(loaded.roadmap.items.map(\.title) == ["한글"])
    #expect(
      loaded.diagnostics.map(\.description) == [
        "r.csv: warning: read as CP949 (EUC-KR), the encoding Excel uses in a Korean locale; re-save as 'CSV UTF-8' to share it safely"
      ])
  }

  @Test func undecodableFilesAreAnErrorWithTheirLine() {
    let bytes = Array("category,title\nA,".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A]
    #expect(
      Roadmap.load(bytes: bytes, source: "r.csv", today: sampleToday).diagnostics.map(\.description) == [
        "r.csv:2: error: the file is not valid UTF-8 (byte 0xE9), nor Korean CP949 (EUC-KR); re-save it as 'CSV UTF-8' (in Excel: Save As › CSV UTF-8)"
      ])
  }

  @Test func crlfAndBOMFilesReadLikeLF() {
    let lf = "category,title,start,end\nA,b,2024-05-01,2024-04-01\n"
    let crlf = [0xEF, 0xBB, 0xBF] + Array(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let cr = Array(lf.replacingOccurrences(of: "\n", with: "\r").utf8)
    let expected = ["r.csv:2:16: error: planned end 2024-04-01 is before planned start 2024-05-01"]
    for bytes in [crlf, cr] {
      #expect(
        Roadmap.load(bytes: bytes, source: "r.csv", today: sampleToday).diagnostics.map(\.description)
          == expected)
    }
  }
}
