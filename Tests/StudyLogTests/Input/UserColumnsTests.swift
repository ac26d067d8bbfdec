import TestSupport
import Testing

@testable import StudyLog

/// Columns studylog does not own, in a roadmap CSV: kept in order with their header text, cell by
/// cell, and written back after the owned columns.
@Suite struct UserColumnsTests {
  static let csv = """
    id,비고,category,title,Memo,planned
    1,첫 메모,A,Shell,"'=1+1",24.02.01-24.03.01
    2,,B,DNS,"a, b
    c",
    3,  여백  ,B,TCP,,

    """

  @Test func csvKeepsUserColumnsInOrderCellByCell() {
    let loaded = Roadmap.load(csv: Self.csv, source: "r.csv", today: sampleToday)
    #expect(loaded.diagnostics.map(\.description) == [])
    #expect(loaded.roadmap.extraColumns == ["비고", "Memo"])
    // The formula guard undone, blanks trimmed, empty cells left out, line breaks kept.
    #expect(
      loaded.roadmap.items.map(\.extras) == [
        ["비고": "첫 메모", "Memo": "=1+1"], ["Memo": "a, b\nc"], ["비고": "여백"],
      ])
  }

  @Test func roadmapWriterPutsThemAfterTheOwnedColumnsWithTheFormulaGuard() {
    let roadmap = Roadmap.load(csv: Self.csv, source: "r.csv", today: sampleToday).roadmap
    #expect(
      RoadmapWriter.csv(roadmap) == """
        id,track,category,title,description,url,planned_start,planned_end,actual_start,actual_end,progress,status,비고,Memo
        1,,A,Shell,,,2024-02-01,2024-03-01,,,,,첫 메모,"'=1+1"
        2,,B,DNS,,,,,,,,,,"a, b
        c"
        3,,B,TCP,,,,,,,,,여백,

        """)
    // …and reads back to the same roadmap.
    let again = Roadmap.load(csv: RoadmapWriter.csv(roadmap), source: "r.csv", today: sampleToday)
    #expect(again.roadmap.items.map(\.extras) == roadmap.items.map(\.extras))
    #expect(again.roadmap.extraColumns == roadmap.extraColumns)
  }

  @Test func aGuardedHeaderReadsBack() {
    let roadmap = Roadmap(
      source: "r.csv", items: [Item(id: "1", category: "A", title: "a", extras: ["=x": "1"])],
      extraColumns: ["=x"])
    let text = RoadmapWriter.csv(roadmap)
    #expect(text.hasSuffix(",\"'=x\"\n1,,A,a,,,,,,,,,1\n"))
    #expect(Roadmap.load(csv: text, source: "r.csv", today: sampleToday).roadmap == roadmap.withLines([2]))
  }

  @Test func aUserColumnNamedTwiceIsAnError() {
    let csv = "category,title,비고,Memo,비 고\nA,a,x,y,z\n"
    #expect(
      Roadmap.load(csv: csv, source: "r.csv", today: sampleToday).diagnostics.map(\.description) == [
        "r.csv:1:24: error: duplicate column '비 고': column '비고' comes first"
      ])
  }

  @Test func aHeaderOneOrTwoLettersFromAKnownColumnWarns() {
    let csv = "category,titel,title,planed_start,planned_end,Memo,url2\nA,x,a,,,m,u\n"
    let loaded = Roadmap.load(csv: csv, source: "r.csv", today: sampleToday)
    let kept = "is not one studylog reads, so it is kept as a column of your own"
    #expect(
      loaded.diagnostics.map(\.description) == [
        "r.csv:1:10: warning: column 'titel' \(kept); did you mean 'title'?",
        "r.csv:1:22: warning: column 'planed_start' \(kept); did you mean 'planned_start'?",
      ])
    #expect(loaded.roadmap.extraColumns == ["titel", "planed_start", "Memo", "url2"])
    #expect(UserColumns.typoWarning("비고") == nil)
    #expect(UserColumns.typoWarning("Remarks") == nil)
    #expect(UserColumns.typoWarning("nots") == "column 'nots' \(kept); did you mean 'notes'?")
  }
}

extension Roadmap {
  /// The roadmap with its items' lines set to `lines`.
  fileprivate func withLines(_ lines: [Int]) -> Roadmap {
    var copy = self
    for (i, line) in lines.enumerated() { copy.items[i].line = line }
    return copy
  }
}
