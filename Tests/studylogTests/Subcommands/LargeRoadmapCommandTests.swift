import Foundation
import StudyLog
import TestSupport
import Testing

/// A roadmap large enough that `compare`, `summary` and `week` read its rows in two stretches at
/// once, while `check` reads them in one pass: the real binary prints the same diagnostics, with
/// the same lines and in the same order, either way.
@Suite struct LargeRoadmapCommandTests {
  /// 4,000 rows in CR LF, a quoted description over three lines every 97th row (so some lie
  /// across any cut), a title used twice and a progress without a start in each half; `error`
  /// puts an invalid date in row 3,900.
  static func roadmap(error: Bool = false) -> String {
    var csv = "id,category,title,description,planned_start,planned_end,progress\r\n"
    for k in 1...4000 {
      let title = k == 10 || k == 3990 ? "제목 \(k - 1)" : "제목 \(k)"
      let description = k % 97 == 0 ? "\"줄 하나,\r\n줄 둘\r\n줄 셋\"" : "설명 \(k) 조금 길게 적은 설명"
      let end = error && k == 3900 ? "2024-02-30" : "2024-02-01"
      let progress = k == 20 || k == 3980 ? "30" : ""
      csv += "\(k),분류 \(k % 5),\(title),\(description),2024-01-01,\(end),\(progress)\r\n"
    }
    return csv
  }

  func run(_ command: [String], _ csv: String) throws -> (
    stdout: String, diagnostics: [String], status: Int32
  ) {
    let folder = try temporaryFolder()
    try csv.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
    let r = try Binary.run(command + ["r.csv", "--today", "2024-09-15"], in: folder)
    // `check` prints its diagnostics on standard output, the others on standard error.
    let lines = (command[0] == "check" ? r.stdout : r.stderr).split(separator: "\n").map(String.init)
    return (r.stdout, lines.filter { !$0.hasPrefix("r.csv: ") }, r.status)
  }

  @Test func readingInTwoStretchesReportsAsOnePass() throws {
    let csv = Self.roadmap()
    #expect(csv.utf8.count > 256 * 1024)  // RoadmapRowSplit.minimumBytes
    let check = try run(["check"], csv)
    #expect(check.status == 0)
    #expect(
      check.diagnostics == [
        "r.csv:11:9: warning: title '제목 9' is also used on line 10",
        "r.csv:21:55: warning: progress is 30% but there is no actual start",
        "r.csv:4063:61: warning: progress is 30% but there is no actual start",
        "r.csv:4073:11: warning: title '제목 3989' is also used on line 4072",
      ])
    for command in [["compare"], ["summary"], ["week"], ["compare", "--format", "json"]] {
      let r = try run(command + ["--locale", "en"], csv)
      #expect(r.status == 0, "\(command)")
      #expect(r.diagnostics == check.diagnostics, "\(command)")
    }
    let json = try run(["compare", "--format", "json"], csv)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let ids = (object?["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids == (1...4000).map(String.init))
  }

  @Test func anErrorInTheSecondHalfStopsEveryCommandAtItsLine() throws {
    let csv = Self.roadmap(error: true)
    let check = try run(["check"], csv)
    #expect(check.status == 65)
    #expect(
      check.diagnostics.contains("r.csv:3981:50: error: invalid date '2024-02-30': February 2024 has 29 days")
    )
    for command in [["compare"], ["summary"], ["week"]] {
      let r = try run(command + ["--locale", "en"], csv)
      #expect(r.status == 65, "\(command)")
      #expect(r.stdout.isEmpty)
      #expect(r.diagnostics == check.diagnostics, "\(command)")
    }
  }
}
