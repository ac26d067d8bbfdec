import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The timeline as a whole: the plot between the margins and the label column, the axis repeated
/// under long charts, and a chart in Korean.
@Suite struct ChartLayoutTests {
  let l = oneBarLayout()

  @Test func plotEdgesFollowTheMargins() {
    #expect(l.labelColumnWidth == 120)
    #expect(l.plotLeft == 160)  // 24 margin + 120 labels + 16 gap
    #expect(l.plotRight == 1112)  // 1200 − 24 margin − 64 for annotations
    #expect(l.window == DayRange(day("2024-01-01"), day("2024-12-31")))
    #expect(l.pointsPerDay == 952.0 / 366)
  }

  @Test func longTitlesAreCutWithAnEllipsisAndNeverReachTheBars() {
    let long = String(repeating: "쿠버네티스 네트워크 심화 ", count: 8)
    let csv =
      "id,track,category,title,planned\n1,SRE,Infra,\(long),24.01.01-24.02.01\n2,SRE,Infra,Short,24.02.01-24.03.01\n"
    let l = layout(csv)
    // The column is capped at 32% of the inner width.
    #expect(l.labelColumnWidth == (1200 - 48) * 0.32)
    for id in ["1", "2"] {
      let label = Scene.texts(in: rowNodes(l, id))[0]
      #expect(label.maxX <= l.plotLeft - ChartLayout.labelGap)
      let bars = Scene.rects(in: rowNodes(l, id))
      #expect(bars.allSatisfy { $0.x > label.maxX })
    }
    let cut = Scene.texts(in: rowNodes(l, "1"))[0]
    #expect(cut.text.hasSuffix("…"))
    #expect(cut.text.count < long.count)
    #expect(Scene.texts(in: rowNodes(l, "2"))[0].text == "Short")
  }

  @Test func theAxisRepeatsUnderMoreThanTwentyRows() throws {
    func chart(_ rows: Int) -> ChartLayout {
      var csv = "category,title,planned\n"
      for i in 1...rows { csv += "A,item \(i),24.01.01-24.02.01\n" }
      return layout(csv)
    }
    #expect(chart(20).scene.group("axis.bottom") == nil)
    let long = chart(21)
    let bottom = try #require(long.scene.group("axis.bottom"))
    let upper = Scene.texts(in: long.scene.group("axis.upper")!)
    let lowerBottom = Scene.texts(in: long.scene.group("axis.lower.bottom")!)
    #expect(lowerBottom.map(\.text) == Scene.texts(in: long.scene.group("axis.lower")!).map(\.text))
    #expect(Scene.texts(in: bottom).count == upper.count + lowerBottom.count)
    // Under the last row, and the scene ends a margin below it.
    #expect(lowerBottom[0].y > Scene.texts(in: long.scene.group("item 21")!)[0].y)
    let axisBottom = lowerBottom[0].y + 1.5 * ChartLayout.tierHeight
    #expect(long.scene.height == (axisBottom + ChartMetrics.margin).rounded(.up))
  }

  @Test func koreanLocale() {
    let ko = layout(rowsCSV, locale: .ko)
    #expect(Scene.texts(in: rowNodes(ko, "5")).map(\.text) == ["Someday", "미정"])
    #expect(Scene.texts(in: rowNodes(ko, "6")).map(\.text) == ["Late", "15일 지연"])
    #expect(Scene.texts(in: ko.scene.group("legend")!).map(\.text).suffix(4) == ["계획", "실제", "마일스톤", "오늘"])
    #expect(Scene.texts(in: ko.scene.group("axis.upper")!).map(\.text).contains("2024년 3월"))
    let yearView = layout(rowsCSV, from: "2024-01-01", to: "2024-12-31", locale: .ko)
    #expect(Scene.texts(in: yearView.scene.group("axis.lower")!).first?.text == "1월")
    #expect(Scene.texts(in: yearView.scene.group("axis.upper")!).map(\.text) == ["2024년"])
    #expect(
      Scene.texts(in: ko.scene.group("subtitle")!).first?.text
        == "항목 7개 · 2024-03-01 – 2024-09-30 · 2024-09-15 기준")
  }
}
