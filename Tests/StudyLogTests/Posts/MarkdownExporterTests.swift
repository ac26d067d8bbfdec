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

  /// Found by `scripts/fuzz sync`: a two-digit year reads back as 20xx, so other years are
  /// written with four digits, and the export still reads back as the same roadmap.
  @Test func yearsOutsideThisCenturyKeepFourDigits() {
    let roadmap = Roadmap.load(
      csv: "category,title,planned\nA,far,2424-03-03\nA,near,2024-03-03\nA,old,1999-12-01-1999-12-31\n",
      source: "r.csv", today: sampleToday
    ).roadmap
    let markdown = MarkdownExporter.markdown(roadmap)
    #expect(markdown.contains("| 2424.03.03 |"))
    #expect(markdown.contains("| 24.03.03 |"))
    #expect(markdown.contains("| 1999.12.01-1999.12.31 |"))
    let back = PostImporter.load(markdown: markdown, source: "p.md", today: sampleToday)
    #expect(back.roadmap.items.map(\.planned) == roadmap.items.map(\.planned))
  }
}
