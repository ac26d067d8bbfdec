import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// `SceneJSON` and `Scene.elements`: every drawn node in paint order with its role, item and box.
@Suite struct SceneJSONTests {
  let l = layout(rowsCSV, from: "2024-01-01", to: "2024-12-31")

  @Test func everyNodeHasARoleAndRowsTheirItem() {
    let elements = l.scene.elements(measurer: FixedWidthMeasurer())
    #expect(!elements.contains { $0.role.isEmpty })
    let roles = Set(elements.map(\.role))
    #expect(
      roles.isSuperset(of: [
        "title", "subtitle", "legend", "axis", "grid", "section", "label", "bar.planned", "bar.actual",
        "milestone", "milestone.met", "today", "slip", "progress", "status", "overdue", "tbd",
      ]))
    let labels = elements.filter { $0.role == "label" }
    #expect(labels.map(\.item) == ["7", "1", "2", "3", "4", "5", "6"])
    #expect(elements.filter { $0.role == "slip" }.map(\.text) == ["−3d"])
    #expect(!elements.contains { $0.role == "axis" && $0.item != nil })
  }

  @Test func textBoxesAreTheirInk() {
    let title = l.scene.elements(measurer: FixedWidthMeasurer()).first!
    #expect(title.kind == "text" && title.role == "title")
    // 4 characters at 20 points: 40 points wide, 0.8 em high around the line's middle (y 37).
    #expect([title.x, title.y, title.width, title.height] == [24, 29, 40, 16])
  }

  @Test func theDumpIsOneNodeALineInPaintOrder() {
    let json = SceneJSON.encode(l.scene, measurer: FixedWidthMeasurer())
    let lines = json.split(separator: "\n")
    #expect(lines[0] == "{")
    #expect(lines[1] == "  \"width\": 1200,")
    #expect(lines[3] == "  \"background\": \"#FFFFFF\",")
    #expect(
      lines[5]
        == "    {\"kind\": \"text\", \"role\": \"title\", \"bbox\": [24, 29, 40, 16], \"color\": \"#1F2328\", \"text\": \"Test\"},"
    )
    #expect(json.contains("\"role\": \"label\", \"item\": \"1\""))
    #expect(json.contains("\"role\": \"marker\"") == false)
    #expect(json.hasSuffix("  ]\n}\n"))
  }

  @Test func groupNamesGiveRoles() {
    #expect(SceneElement.role(ofGroup: "item 12") == nil)
    #expect(SceneElement.role(ofGroup: "axis.lower.bottom") == "axis")
    #expect(SceneElement.role(ofGroup: "section SRE") == "section")
    #expect(SceneElement.role(ofGroup: "mark") == "marker")
    #expect(SceneElement.role(ofGroup: "bar.planned") == "bar.planned")
  }
}
