import TestSupport
import Testing

@testable import StudyLog

/// The items and diagnostics (as `check` prints them) of a roadmap read with `split`.
private func read(_ csv: String, split: RoadmapRowSplit) -> (items: [Item], diagnostics: [String]) {
  let result = RoadmapParser.parse(
    bytes: Array(csv.utf8), source: "r.csv", today: sampleToday, keepsItems: true, split: split)
  guard case .success(let (parser, items, _)) = result else { fatalError("\(result)") }
  return (items, parser.log.sorted.map(\.description))
}

/// Every byte offset of the decoded text (a BOM is dropped) as the guessed split.
private func everyGuess(_ csv: String) -> ClosedRange<Int> {
  0...Array(csv.utf8).count
}

@Suite struct RoadmapRowSplitTests {
  /// A BOM, CR LF and LF, quoted fields with line breaks, doubled quotes and commas, blank lines,
  /// and problems all through the file.
  static let tricky =
    "\u{FEFF}id,category,title,description,planned_start,planned_end,actual_start,progress\r\n"
    + "1,Infra,DNS,\"two\r\nlines, with, commas\",2024-01-01,2024-01-10,,\r\n"
    + "2,Infra,DNS,x,2024-02-30,2024-03-01,,\r\n" + "\r\n"
    + "3,Infra,\"Quoted \"\"title\"\"\nover\nlines\",,2024-03-01,2024-02-01,,\n"
    + "1,Net,TCP,\"a \"\"b\"\"\",2024-01-01,2024-01-02,2024-01-03,50\r\n"
    + "4,Net,UDP,stray\"quote,,,,\r\n" + "5,Net,IP,x,,,,abc\r\n" + ",Net,ARP,x,,,,\r\n"
    + "6,Net,TLS,\"a\"b,,,,\r\n" + "7,Net,QUIC\r\n" + "8,Net,HTTP,\"never\r\nclosed,,,,\r\n"

  static let trickyDiagnostics = [
    "r.csv:4:9: warning: title 'DNS' is also used on line 2",
    "r.csv:4:15: error: invalid date '2024-02-30': February 2024 has 29 days",
    "r.csv:8:20: error: planned end 2024-02-01 is before planned start 2024-03-01",
    "r.csv:9:1: error: duplicate id '1': line 2 already uses it",
    "r.csv:10:16: warning: a quote inside an unquoted field is kept as text; quote the whole field",
    "r.csv:11:15: error: progress 'abc' is not a number",
    "r.csv:12: warning: row has no id; it gets id 7",
    "r.csv:13:14: error: unexpected text after a closing quote; double a quote inside a quoted field (\"\")",
    "r.csv:14:1: error: row has 3 fields but the header has 8; quote fields that hold commas",
    "r.csv:15:1: error: row has 4 fields but the header has 8; quote fields that hold commas",
    "r.csv:15:12: error: unterminated quote: this field's opening quote is never closed",
  ]

  @Test func everySplitGivesWhatOnePassGives() {
    let one = read(Self.tricky, split: .never)
    #expect(one.items.map(\.id) == ["1", "2", "3", "1", "4", "5", "7", "6"])
    #expect(one.items.map(\.line) == [2, 4, 6, 9, 10, 11, 12, 13])
    #expect(one.diagnostics == Self.trickyDiagnostics)
    for guess in everyGuess(Self.tricky) {
      let two = read(Self.tricky, split: .guess(guess))
      #expect(two.items == one.items, "guess \(guess)")
      #expect(two.diagnostics == one.diagnostics, "guess \(guess)")
    }
  }

  @Test(arguments: [
    "category,title\n", "category,title", "category,title\r\nInfra,DNS\r\n", "category,title\nInfra,DNS",
    "\u{FEFF}category,title\n\n\nInfra,\"D\nN\nS\"\n\n",
  ])
  func oneAndTwoRecords(csv: String) {
    let one = read(csv, split: .never)
    #expect(one.items.count == (csv.contains("Infra") ? 1 : 0))
    for guess in everyGuess(csv) {
      let two = read(csv, split: .guess(guess))
      #expect(two.items == one.items, "guess \(guess)")
      #expect(two.diagnostics == one.diagnostics, "guess \(guess)")
    }
  }

  /// The middle of the rows falls inside a quoted description of many lines: the first stretch
  /// ends after it, not at the guess, and the rest is read again from there.
  @Test func middleGuessInsideAQuotedField() {
    let header = "id,category,title,description\n"
    let notes = "\"" + Array(repeating: "note,", count: 40).joined(separator: "\n") + "\""
    let csv = header + "1,Infra,DNS,x\n2,Infra,TCP," + notes + "\n3,Infra,UDP,\"a\nb\"\n1,Net,IP,y\n"
    let bytes = Array(csv.utf8)
    let guess = RoadmapRowChunk.middleGuess(bytes, from: header.utf8.count)
    // Just after a line break inside the notes of item 2.
    let notesStart = header.utf8.count + "1,Infra,DNS,x\n2,Infra,TCP,".utf8.count
    #expect(guess > notesStart && guess < notesStart + notes.utf8.count)
    #expect(bytes[guess - 1] == 0x0A)
    let one = read(csv, split: .never)
    let two = read(csv, split: .guess(guess))
    #expect(one.items.map(\.id) == ["1", "2", "3", "1"])
    #expect(one.items.map(\.line) == [2, 3, 43, 45])
    #expect(one.diagnostics == ["r.csv:45:1: error: duplicate id '1': line 2 already uses it"])
    #expect(two.items == one.items)
    #expect(two.diagnostics == one.diagnostics)
  }

  /// A file large enough to be split by itself, with problems near its start and its end, reads
  /// as in one pass: the same items, and the diagnostics with their lines, in order.
  @Test func largeFileSplitsByItself() {
    var csv = "id,track,category,title,planned_start,planned_end,progress\r\n"
    for k in 1...6000 {
      let title = k == 10 || k == 5990 ? "제목 \(k - 1)" : "제목 \(k)"
      let progress = k == 20 || k == 5980 ? "x" : "\(k % 100)"
      csv += "\(k),트랙,분류 \(k % 7),\(title),2024-01-01,2024-02-01,\(progress)\r\n"
    }
    #expect(csv.utf8.count > RoadmapRowSplit.minimumBytes)
    let loaded = Roadmap.load(csv: csv, source: "r.csv", today: sampleToday)
    let one = read(csv, split: .never)
    #expect(loaded.roadmap.items == one.items)
    #expect(loaded.diagnostics.map(\.description) == one.diagnostics)
    let problems = one.diagnostics.filter { !$0.contains("but there is no actual start") }
    #expect(
      problems == [
        "r.csv:11:12: warning: title '제목 9' is also used on line 10",
        "r.csv:21:40: error: progress 'x' is not a number",
        "r.csv:5981:44: error: progress 'x' is not a number",
        "r.csv:5991:14: warning: title '제목 5989' is also used on line 5990",
      ])
    #expect(one.items.count == 6000)
  }
}
