import Foundation
import TestSupport
import Testing

/// `studylog export`: markdown that imports back, Mermaid and JSON.
@Suite struct ExportCommandTests {
  @Test func exportedMarkdownImportsBack() throws {
    let csvPath = packageRoot.appendingPathComponent("reports/career-map/roadmap.csv").path
    // Without the sample's config, so that both exports take the language of the titles.
    let md = try Binary.run(["export", csvPath, "--today", "2024-09-15", "--no-config"])
    #expect(md.status == 0)
    let back = try Binary.run(["import", "-"], stdin: md.stdout)
    #expect(back.status == 0, "\(back.stderr)")
    let again = try Binary.run(["export", "-", "--today", "2024-09-15"], stdin: back.stdout)
    #expect(again.stdout == md.stdout)
  }

  @Test func mermaidAndJSON() throws {
    let csvPath = packageRoot.appendingPathComponent("reports/career-map/roadmap.csv").path
    let mermaid = try Binary.run([
      "export", csvPath, "--today", "2024-09-15", "--format", "mermaid", "--locale", "en",
    ])
    #expect(mermaid.stdout.hasPrefix("gantt\n    title Career map\n"))
    // --locale en, though the sample's titles are mostly Korean: the today milestone and marker.
    #expect(
      mermaid.stdout.hasSuffix(
        "    section Today\n    today 2024-09-15:milestone, today, 2024-09-15, 0d\n    today:vert, 2024-09-15, 0d\n"
      ))
    let json = try Binary.run(["export", csvPath, "--today", "2024-09-15", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    #expect((object["items"] as! [Any]).count == 23)
  }
}
