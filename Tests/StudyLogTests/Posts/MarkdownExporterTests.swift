import TestSupport
import Testing

@testable import StudyLog

/// The roadmap as a post's markdown tables, one per track.
@Suite struct MarkdownExporterTests {
  @Test func markdownTables() {
    let csv = """
      id,track,category,title,url,planned,actual,progress
      1,SRE,Infra,A | B,https://x.dev/a,24.02.01-24.03.30,24.02.03-,40
      2,,Misc,[Note],,,,

      """
    let md = MarkdownExporter.markdown(Roadmap.load(csv: csv, source: "r", today: sampleToday).roadmap)
    #expect(
      md == """
        | Number | Category | Title | Description | Date |
        | --- | --- | --- | --- | --- |
        | 2 | Misc | \\[Note\\] |  | ---- |

        ### SRE

        | Number | Category | Title | Description | Date | Actual | Progress |
        | --- | --- | --- | --- | --- | --- | --- |
        | 1 | Infra | [A \\| B](https://x.dev/a) |  | 24.02.01-24.03.30 | 24.02.03- | 40% |

        """)
    let iso = MarkdownExporter.markdown(
      Roadmap.load(csv: csv, source: "r", today: sampleToday).roadmap, style: .iso)
    #expect(iso.contains("| 2024-02-01 ~ 2024-03-30 | 2024-02-03 ~ | 40% |"))
  }
}
