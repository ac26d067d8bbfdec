import TestSupport
import Testing

@testable import StudyLog

/// An item's status as of a day: derived from its actual dates, or the status it declares; and
/// when it is overdue or late to start.
@Suite struct ItemStatusTests {
  let planned = DayRange(day("2024-09-01"), day("2024-09-30"))

  @Test func derivedFromActualDatesAsOfToday() {
    let item = Item(
      id: "1", category: "A", title: "t", planned: planned, actualStart: day("2024-09-03"),
      actualEnd: day("2024-09-20"))
    #expect(item.status(on: day("2024-09-02")) == .planned)
    #expect(item.status(on: day("2024-09-03")) == .inProgress)
    #expect(item.status(on: day("2024-09-19")) == .inProgress)
    #expect(item.status(on: day("2024-09-20")) == .done)
  }

  @Test func declaredStatusWins() {
    var item = Item(id: "1", category: "A", title: "t", planned: planned, actualStart: day("2024-09-03"))
    item.declaredStatus = .paused
    #expect(item.status(on: sampleToday) == .paused)
    item.declaredStatus = .dropped
    #expect(item.status(on: sampleToday) == .dropped)
    item.declaredStatus = .done
    #expect(item.status(on: sampleToday) == .done)
    item.declaredStatus = .planned
    item.planned = nil
    #expect(item.status(on: sampleToday) == .unscheduled)
  }

  @Test func unscheduledWithoutDates() {
    #expect(Item(id: "1", category: "A", title: "t").status(on: sampleToday) == .unscheduled)
  }

  @Test func overdueMeansThePlannedEndHasPassedAndNotDone() {
    let item = Item(id: "1", category: "A", title: "t", planned: planned, actualStart: day("2024-09-03"))
    #expect(!item.isOverdue(on: day("2024-09-30")))
    #expect(item.isOverdue(on: day("2024-10-01")))
    var finished = item
    finished.actualEnd = day("2024-10-05")
    #expect(!finished.isOverdue(on: day("2024-10-06")))
    #expect(finished.isOverdue(on: day("2024-10-04")))
    var dropped = item
    dropped.declaredStatus = .dropped
    #expect(!dropped.isOverdue(on: day("2024-10-06")))
  }

  @Test func lateStartMeansThePlannedStartHasPassedAndNotStarted() {
    let item = Item(id: "1", category: "A", title: "t", planned: planned)
    #expect(!item.isLateStart(on: day("2024-09-01")))
    #expect(item.isLateStart(on: day("2024-09-02")))
    var started = item
    started.actualStart = day("2024-09-02")
    #expect(!started.isLateStart(on: day("2024-09-10")))
  }
}
