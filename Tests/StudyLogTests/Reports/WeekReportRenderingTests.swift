import Foundation
import Testing

@testable import StudyLog

/// A week's report as terminal text, Korean markdown and JSON.
@Suite struct WeekReportRenderingTests {
  let report = weekReport

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
