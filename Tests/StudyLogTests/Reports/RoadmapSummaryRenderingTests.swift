import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// A summary as terminal text, JSON and markdown.
@Suite struct RoadmapSummaryRenderingTests {
  let summary = summaryByCategory

  @Test func textTableAlignsHangul() {
    let text = summary.render(.text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "Study plan: 7 items by category, as of 2024-09-15")
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
    #expect(md[0] == "**Study plan: 7 items by category, as of 2024-09-15**")
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
