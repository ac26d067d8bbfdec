import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The legend: each category's colour in order of first appearance, then the marks' meanings.
@Suite struct ChartLegendTests {
  let l = layout(rowsCSV)

  @Test func categoriesAreColouredInOrderOfFirstAppearanceAndCanBeOverridden() {
    let legend = Scene.texts(in: l.scene.group("legend")!).map(\.text)
    #expect(legend == ["Infra", "Network", "Cloud", "Data", "planned", "actual", "milestone", "today"])
    let custom = layout(rowsCSV) { $0.colors = ["Network": Color(hex: "#123456")!] }
    #expect(Scene.rects(in: rowNodes(custom, "3"))[1].fill == Color(hex: "#123456")!)
    #expect(Scene.rects(in: rowNodes(custom, "1"))[1].fill == Theme.light.palette[0])
  }
}
