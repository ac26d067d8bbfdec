import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The two-tier time axis: its units for a span, labels that never overlap, and ISO weeks.
@Suite struct TimeAxisTests {
  static let spans: [(String, String, AxisUnit, AxisUnit)] = [
    ("2024-09-09", "2024-09-15", .week, .day),
    ("2024-08-01", "2024-09-29", .month, .week),
    ("2024-01-01", "2024-12-31", .year, .month),
    ("2023-01-01", "2025-12-31", .year, .month),
    ("2015-01-01", "2024-12-31", .year, .quarter),
  ]

  @Test(arguments: spans, [1200.0, 600.0, 300.0])
  func labelsNeverOverlapNorLeaveThePlot(span: (String, String, AxisUnit, AxisUnit), width: Double) {
    let csv = "category,title,planned\nA,a,\(span.0)-\(span.1)\n"
    let l = layout(csv, from: span.0, to: span.1, width: width)
    #expect(l.axis.upperUnit == span.2)
    #expect(l.axis.lowerUnit == span.3)
    for tier in ["axis.upper", "axis.lower"] {
      let labels = Scene.texts(in: l.scene.group(tier)!).sorted { $0.x < $1.x }
      // At 300 points three years of months leave no room for a month inside its year: the lower
      // tier may then stay blank, the years still name the periods.
      #expect(!labels.isEmpty || (tier == "axis.lower" && width < 600), "\(tier) at \(width)")
      guard !labels.isEmpty else { continue }
      for (a, b) in zip(labels, labels.dropFirst()) {
        #expect(a.maxX + TimeAxis.labelGap <= b.minX + 1e-9, "\(tier) \(a.text) / \(b.text) at \(width)")
      }
      #expect(labels.first!.minX >= l.plotLeft)
      #expect(labels.last!.maxX <= l.plotRight)
    }
  }

  @Test func labelsForAOneYearSpan() {
    let l = layout(
      "category,title,planned\nA,a,2024-01-01-2024-12-31\n", from: "2024-01-01", to: "2024-12-31")
    #expect(Scene.texts(in: l.scene.group("axis.upper")!).map(\.text) == ["2024"])
    #expect(
      Scene.texts(in: l.scene.group("axis.lower")!).map(\.text) == [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
      ])
  }

  @Test func isoWeeks() {
    #expect(TimeAxis.isoWeek(day("2024-12-30")) == 1)
    #expect(TimeAxis.isoWeek(day("2024-09-15")) == 37)
    #expect(TimeAxis.isoWeek(day("2021-01-03")) == 53)
    #expect(TimeAxis.floor(day("2024-09-15"), to: .week) == day("2024-09-09"))
    #expect(TimeAxis.floor(day("2024-08-15"), to: .quarter) == day("2024-07-01"))
  }
}
