import Foundation
import TestSupport
import Testing

/// `studylog chart -o chart.scene.json`: the laid-out scene as JSON, with text boxes measured by
/// Pango, beside the images of the same run.
@Suite struct ChartSceneDumpTests {
  let csv = """
    id,track,category,title,planned,actual,progress
    1,SRE,Infra,쿠버네티스 입문,24.06.24-24.08.18,24.06.21-24.08.30,100
    2,SRE,Network,DNS 동작 원리,24.04.08-24.04.21,24.04.22-24.04.30,100
    3,MLOps,Cloud,GPU 스케줄링,24.08.01-24.10.20,24.08.05-,50
    4,MLOps,Cloud,Exam,24.09.30,,

    """

  @Test func writesTheSceneAsJSON() throws {
    let folder = try temporaryFolder()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    let r = try Binary.run(
      ["chart", "roadmap.csv", "--today", "2024-09-15", "-o", "c.scene.json", "-o", "c.png"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let data = try Data(contentsOf: folder.appendingPathComponent("c.scene.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["width"] as? Double == 1200)
    #expect(json["background"] as? String == "#FFFFFF")
    let height = try #require(json["height"] as? Double)
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    let roles = Set(nodes.compactMap { $0["role"] as? String })
    for role in [
      "title", "subtitle", "legend", "axis", "grid", "section", "label", "bar.planned", "bar.actual",
      "milestone", "today", "slip", "progress",
    ] {
      #expect(roles.contains(role), "no node with role \(role)")
    }
    for node in nodes {
      let kind = try #require(node["kind"] as? String)
      #expect(["rect", "line", "polygon", "text"].contains(kind))
      let box = try #require(node["bbox"] as? [Double])
      #expect(box.count == 4 && box[2] >= 0 && box[3] >= 0)
      #expect(box[0] >= 0 && box[1] >= 0 && box[0] + box[2] <= 1200 && box[1] + box[3] <= height)
      if kind == "text" {
        #expect(node["text"] is String && node["color"] is String)
        #expect(box[3] > 4, "a text's ink is some points high")
      }
    }
    let labels = nodes.filter { $0["role"] as? String == "label" }
    #expect(labels.map { $0["item"] as? String } == ["1", "2", "3", "4"])
    #expect(labels.first?["text"] as? String == "쿠버네티스 입문")
  }

  @Test func otherExtensionsAreStillRefused() throws {
    let folder = try temporaryFolder()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    let r = try Binary.run(["chart", "roadmap.csv", "--today", "2024-09-15", "-o", "c.json"], in: folder)
    #expect(r.status == 64)
    #expect(r.stderr.contains(".scene.json"))
  }
}
