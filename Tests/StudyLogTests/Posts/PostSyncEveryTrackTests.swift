import TestSupport
import Testing

@testable import StudyLog

/// An every-track marker keeps each track's own table header, so that a second sync changes
/// nothing even when tracks have different columns (found by `scripts/fuzz sync`).
@Suite struct PostSyncEveryTrackTests {
  let roadmap = Roadmap.load(
    csv: "id,track,category,title,planned,actual\n1,SRE,Infra,DNS,24.04.08-24.04.21,24.04.08-24.04.20\n"
      + "2,MLOps,Cloud,GPU,24.05.01-24.05.31,\n",
    source: "r.csv", today: sampleToday
  ).roadmap

  @Test func aSecondSyncChangesNothing() {
    let post = "<!-- studylog:table -->\n<!-- studylog:end -->\n"
    let first = PostSync.sync(post: post, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(first.text.contains("| Number | Category | Title | Description | Date | Actual |\n"))
    #expect(first.text.contains("| Number | Category | Title | Description | Date |\n"))
    let second = PostSync.sync(
      post: first.text, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(second.text == first.text)
    #expect(!second.changed)
  }

  @Test func aNewTrackTakesTheColumnsOfTheFirstTable() {
    let post = """
      <!-- studylog:table -->
      ### SRE

      | 번호 | 분류 | 제목 | 기간 |
      |---|---|---|---|
      <!-- studylog:end -->

      """
    let synced = PostSync.sync(post: post, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(synced.text.components(separatedBy: "| 번호 | 분류 | 제목 | 기간 |").count == 3)
  }
}
