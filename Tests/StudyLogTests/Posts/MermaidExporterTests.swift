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

  /// A `#`, `:` or `;` followed by a combining mark is still escaped: Mermaid reads scalars.
  @Test func punctuationBeforeACombiningMarkIsEscaped() {
    #expect(MermaidExporter.escape("a#\u{301}b:\u{301};\u{338}") == "a#35;\u{301}b#58;\u{301}#59;\u{338}")
    #expect(MermaidExporter.escape("x\r\ny\rz") == "x y z")
  }
}
