import TestSupport
import Testing

@testable import StudyLog

/// The CSV reader and the post importer validate rows with the one `ItemRowReader`: the same
/// cells give the same items and the same messages, whichever file they come from.
@Suite struct ItemRowReaderTests {
  static let header = [
    "id", "category", "title", "planned_start", "planned_end", "actual", "progress", "status",
  ]
  static let rows: [[String]] = [
    ["1", "Infra", "Valid", "2024-01-08", "2024-02-04", "24.01.08-24.02.10", "100", ""],
    ["2", "Infra", "Bad date", "2024-02-30", "2024-03-01", "", "", ""],
    ["3", "Infra", "Start only", "2024-03-01", "", "", "", ""],
    ["4", "Infra", "Reversed", "2024-05-01", "2024-04-01", "", "", ""],
    ["5", "Infra", "Range in a start cell", "24.01.01-24.02.01", "", "", "", ""],
    ["6", "Infra", "Progress", "", "", "", "150", ""],
    ["7", "Infra", "Status", "", "", "", "", "someday"],
    ["8", "Infra", "Done early", "", "", "24.01.01-24.01.05", "50", ""],
    ["1", "Infra", "Duplicate id", "", "", "", "", ""],
    ["----", "Infra", "No id", "", "", "", "", ""],
    ["10", "", "No category", "", "", "", "", ""],
    ["11", "Infra", "Valid", "", "", "", "", "done"],
    ["12", "Infra", "Late", "", "", "24.09.01-24.12.01", "", ""],
  ]

  /// After a blank line (which CSV skips), so that its rows stand on the lines of the post's.
  static var csv: String {
    "\n" + ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  static var post: String {
    let lines =
      [
        "| " + header.joined(separator: " | ") + " |",
        "|" + header.map { _ in "---" }.joined(separator: "|") + "|",
      ]
      + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func theSameRowsGiveTheSameMessagesAndItems() {
    let fromCSV = Roadmap.load(csv: Self.csv, source: "r.csv", today: sampleToday)
    let fromPost = PostImporter.load(markdown: Self.post, source: "p.md", today: sampleToday)
    let csvMessages = fromCSV.diagnostics.map { "\($0.line!): \($0.severity.rawValue): \($0.message)" }
    let postMessages = fromPost.diagnostics.map { "\($0.line!): \($0.severity.rawValue): \($0.message)" }
    #expect(csvMessages == postMessages)
    #expect(
      csvMessages == [
        "4: error: invalid date '2024-02-30': February 2024 has 29 days",
        "5: error: planned start 2024-03-01 has no planned end; give both, or neither for an item not scheduled yet",
        "6: error: planned end 2024-04-01 is before planned start 2024-05-01",
        "7: error: '24.01.01-24.02.01' is a date range; put it in a 'planned' column, or split it into start and end",
        "8: error: progress '150' is outside 0–100",
        "9: error: unknown status 'someday': use planned, active, done, paused or dropped",
        "10: warning: the item is done but progress is 50%",
        "11: error: duplicate id '1': line 3 already uses it",
        "12: warning: row has no id; it gets id 13",
        "13: error: empty category",
        "14: warning: title 'Valid' is also used on line 3",
        "14: warning: status is done but there is no actual end; its slip cannot be computed",
        "15: warning: actual end 2024-12-01 is after today (2024-09-15)",
      ])
    #expect(fromCSV.roadmap.items.map(\.id) == fromPost.roadmap.items.map(\.id))
    #expect(fromCSV.roadmap.items.map(\.title) == fromPost.roadmap.items.map(\.title))
    #expect(fromCSV.roadmap.items.map(\.planned) == fromPost.roadmap.items.map(\.planned))
    #expect(fromCSV.roadmap.items.map(\.actualEnd) == fromPost.roadmap.items.map(\.actualEnd))
  }

  @Test func aTableWithoutAnIDColumnIsNumberedSilently() {
    let csv = Roadmap.load(csv: "category,title\nA,x\nA,y\n", source: "r.csv", today: sampleToday)
    let post = PostImporter.load(
      markdown: "| Category | Title |\n|---|---|\n| A | x |\n| A | y |\n", source: "p.md", today: sampleToday)
    #expect(csv.diagnostics.isEmpty)
    #expect(post.diagnostics.isEmpty)
    #expect(csv.roadmap.items.map(\.id) == ["1", "2"])
    #expect(post.roadmap.items.map(\.id) == ["1", "2"])
  }
}
