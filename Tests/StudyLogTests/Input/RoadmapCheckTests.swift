import TestSupport
import Testing

@testable import StudyLog

/// `check` reads a roadmap without keeping its items: the same diagnostics as `Roadmap.load`, and
/// the number of items.
@Suite struct RoadmapCheckTests {
  /// Every check across rows (duplicate ids and titles, rows numbered after the largest id,
  /// misspelt categories and tracks) and within a row (dates, progress, a cell after today).
  let csv = """
    id,track,category,title,planned_start,planned_end,actual_start,progress
    3,SRE,Network,TCP 입문,2024-01-01,2024-01-31,2024-01-02,50
    3,SRE,Network,DNS,2024-02-01,2024-02-28,,
    ,SRE,Netwrok,TCP 입문,2024-03-01,2024-03-31,2024-10-01,
    ,sre,Network,HTTP,2024-04-01,2024-03-01,,150
    5,MLOps,Data,Feature Store,2024-05-01,2024-05-31,,

    """

  @Test func givesTheDiagnosticsOfALoadAndTheItemCount() {
    let loaded = Roadmap.load(csv: csv, source: "r.csv", today: day("2024-09-15"))
    let checked = RoadmapCheck(bytes: Array(csv.utf8), source: "r.csv", today: day("2024-09-15"))
    #expect(checked.diagnostics.map(\.description) == loaded.diagnostics.map(\.description))
    #expect(checked.items == 5)
    #expect(loaded.roadmap.items.count == 5)
    #expect(checked.encoding == .utf8)
    #expect(
      checked.diagnostics.map(\.description) == [
        "r.csv:3:1: error: duplicate id '3': line 2 already uses it",
        "r.csv:4: warning: row has no id; it gets id 6",
        "r.csv:4: warning: category 'Netwrok' is 2 letters away from 'Network'; did you mean 'Network'?",
        "r.csv:4:14: warning: title 'TCP 입문' is also used on line 2",
        "r.csv:4:43: warning: actual start 2024-10-01 is after today (2024-09-15)",
        "r.csv:5: warning: row has no id; it gets id 7",
        "r.csv:5: warning: track 'sre' differs only in case or spacing from 'SRE'; did you mean 'SRE'?",
        "r.csv:5:30: error: planned end 2024-03-01 is before planned start 2024-04-01",
        "r.csv:5:42: error: progress '150' is outside 0–100",
      ])
  }

  @Test func aFileThatIsNotTextHasOneDiagnosticAndNoItems() {
    let checked = RoadmapCheck(
      bytes: [0x50, 0x4B, 0x03, 0x04, 0x00], source: "r.xlsx", today: day("2024-09-15"))
    #expect(checked.items == 0)
    #expect(checked.encoding == nil)
    #expect(
      checked.diagnostics.map(\.description) == [
        "r.xlsx: error: the file is a spreadsheet workbook (.xlsx), not CSV; save it as 'CSV UTF-8' first"
      ])
  }
}
