import TestSupport
import Testing

@testable import StudyLog

/// ISO 8601 weeks and their labels, starting on Monday or on Sunday.
@Suite struct WeekTests {
  @Test func isoWeeksAcrossTheYearEnd() {
    let w = Week(containing: day("2024-12-30"))
    #expect(w.label == "2025-W01")
    #expect(w.start == day("2024-12-30"))
    #expect(w.end == day("2025-01-05"))
    #expect(Week(containing: day("2024-12-29")).label == "2024-W52")
    #expect(Week(containing: day("2021-01-03")).label == "2020-W53")
    #expect(Week(label: "2025-W01") == w)
    #expect(Week(label: "2020-W53")?.start == day("2020-12-28"))
    #expect(Week(label: "2021-W53") == nil)
    #expect(Week(label: "2024-W00") == nil)
    #expect(Week(label: "2024W37")?.start == day("2024-09-09"))
    #expect(Week(label: "37") == nil)
  }

  @Test func sundayStartWeeksAreNamedAfterTheirMonday() {
    let w = Week(containing: day("2024-09-15"), firstDay: .sunday)
    #expect(w.start == day("2024-09-15"))
    #expect(w.end == day("2024-09-21"))
    #expect(w.label == "2024-W38")
    let named = Week(label: "2024-W37", firstDay: .sunday)!
    #expect(named.start == day("2024-09-08"))
    #expect(Week(containing: day("2024-09-14"), firstDay: .sunday) == named)
    // Across the year end: Sunday 2024-12-29 starts the week of Monday 2024-12-30.
    #expect(Week(containing: day("2024-12-31"), firstDay: .sunday).label == "2025-W01")
  }
}
