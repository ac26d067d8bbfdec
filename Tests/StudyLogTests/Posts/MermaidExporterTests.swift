import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// The roadmap as a Mermaid gantt chart.
@Suite struct MermaidExporterTests {
  let sample = careerMap

  @Test func mermaidMatchesTheReviewedGoldenFile() throws {
    let golden = try String(
      contentsOf: packageRoot.appendingPathComponent("Tests/StudyLogTests/Fixtures/career-map.mmd"),
      encoding: .utf8)
    #expect(MermaidExporter.gantt(sample, title: "Career map", today: sampleToday) == golden)
  }

  @Test func mermaidEscapesWhatWouldBreakATask() {
    #expect(MermaidExporter.escape("C#: a; 100%") == "C#35;#58; a#59; 100#37;")
  }
}
