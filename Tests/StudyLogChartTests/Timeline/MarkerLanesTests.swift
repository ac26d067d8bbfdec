import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The today line and `--mark` lines, with their labels in lanes clear of each other.
@Suite struct MarkerLanesTests {
  let l = oneBarLayout()

  @Test func todayLineIsInTheMiddleOfToday() {
    guard case .group(_, let children)? = l.scene.group("markers")?.first,
      case .line(let line) = children[0]
    else {
      Issue.record("no today marker")
      return
    }
    // 2024-09-15 is day 258 of the window (0-based).
    #expect(abs(line.from.x - (160 + 258.5 * 952.0 / 366)) < 1e-9)
    #expect(line.from.x == line.to.x)
    #expect(line.color == Theme.light.today)
    let label = Scene.texts(in: children)[0]
    #expect(label.text == "today 2024-09-15")
  }

  @Test func marksAreDashedLinesWithLabelsClearOfEachOther() {
    let l = layout(
      "category,title,planned\nA,a,24.01.01-24.12.31\n", from: "2024-01-01", to: "2024-12-31"
    ) {
      $0.marks = [
        ChartMark(day: day("2024-06-30"), label: "인턴 종료"),
        ChartMark(day: day("2024-07-02"), label: "Internship ends"),
        ChartMark(day: day("2024-09-14"), label: "exam"),
      ]
    }
    let groups = l.scene.group("markers")!
    var lines: [LineNode] = []
    var labels: [TextNode] = []
    for case .group(let name, let children) in groups {
      for case .line(let line) in children {
        lines.append(line)
        #expect(line.dash.isEmpty == (name == "today"))
      }
      labels += Scene.texts(in: children)
    }
    #expect(labels.map(\.text).sorted() == ["Internship ends", "exam", "today 2024-09-15", "인턴 종료"])
    // Labels in the same lane never overlap.
    for a in labels {
      for b in labels where a != b && a.y == b.y {
        #expect(a.maxX + 8 <= b.minX || b.maxX + 8 <= a.minX, "\(a.text) / \(b.text)")
      }
    }
    // Each line starts under its own label and sits in the middle of its day.
    let mark = lines.first { $0.from.x == l.x(day("2024-06-30")) + l.pointsPerDay / 2 }
    #expect(mark != nil)
    // A mark outside the window is left out.
    let outside = layout(
      "category,title,planned\nA,a,24.01.01-24.02.01\n", from: "2024-01-01", to: "2024-02-01"
    ) {
      $0.marks = [ChartMark(day: day("2024-06-30"), label: "later")]
    }
    #expect(Scene.texts(in: outside.scene.group("markers")!).isEmpty)
  }
}

/// Anchors of crowded lines: spread evenly around their mean, in order, kept apart and inside.
@Suite struct MarkerSpreadTests {
  @Test func linesFarApartKeepTheirPlace() {
    #expect(MarkerLanes.spread([10, 30, 50], gap: 7, within: 0...100) == [10, 30, 50])
  }

  @Test func crowdedLinesSpreadAroundTheirMean() {
    #expect(MarkerLanes.spread([50, 51, 52], gap: 7, within: 0...100) == [44, 51, 58])
    // A run that reaches a neighbour takes it in.
    #expect(MarkerLanes.spread([40, 50, 51, 52], gap: 7, within: 0...200) == [37.75, 44.75, 51.75, 58.75])
  }

  @Test func spreadStaysInsideItsBounds() {
    #expect(MarkerLanes.spread([98, 99, 100], gap: 7, within: 0...100) == [86, 93, 100])
  }
}
