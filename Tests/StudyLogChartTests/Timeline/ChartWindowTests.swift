import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The days a timeline shows when no window is given.
@Suite struct ChartWindowTests {
  @Test func theDefaultWindowCoversEveryDateSnappedToTheLowerUnit() {
    let l = layout(
      "category,title,planned,actual\nA,a,24.02.10-24.03.20,24.02.12-24.04.02\n", today: "2024-03-25")
    #expect(l.axis.lowerUnit == .week)
    #expect(l.window.start == day("2024-02-05"))  // the Monday before, after padding
    #expect(l.window.end.isoWeekday == 7)
    #expect(l.window.contains(day("2024-04-02")))
  }
}
