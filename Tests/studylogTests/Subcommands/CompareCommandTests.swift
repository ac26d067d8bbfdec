import Foundation
import StudyLog
import TestSupport
import Testing

/// `studylog compare`: the text table with Hangul titles, and CSV to a file.
@Suite struct CompareCommandTests {
  @Test func compareTextAlignsWithHangulTitles() throws {
    let r = try Binary.run(
      ["compare", "reports/career-map/roadmap.csv", "--today", "2024-09-15", "--locale", "en"],
      in: packageRoot)
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n").map(String.init)[3..<26]
    // Every row's last column (state) starts at the same terminal column.
    let starts = Set(rows.map { row in displayWidth(row) - displayWidth(row.split(separator: " ").last!) })
    #expect(starts.count <= 2, "\(starts)")  // "in progress" is two words
    let states = Set(
      rows.map { row -> Int in
        let trimmed = row.hasSuffix("in progress") ? String(row.dropLast(" progress".count)) : row
        return displayWidth(trimmed) - displayWidth(trimmed.split(separator: " ").last!)
      })
    #expect(states.count == 1, "\(states)")
  }

  @Test func compareCSVToAFile() throws {
    let folder = try temporaryFolder()
    let r = try Binary.run(
      [
        "compare", packageRoot.appendingPathComponent("reports/career-map/roadmap.csv").path, "--today",
        "2024-09-15",
        "--format", "csv", "-o", "compare.csv",
      ], in: folder)
    #expect(r.status == 0)
    let csv = try String(contentsOf: folder.appendingPathComponent("compare.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 24)
  }
}
