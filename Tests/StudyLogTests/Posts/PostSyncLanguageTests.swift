import TestSupport
import Testing

@testable import StudyLog

/// A table that `sync` writes into an empty marker has its headers in the language asked (the
/// roadmap's, by default); a table already there keeps its own.
@Suite struct PostSyncLanguageTests {
  let roadmap = Roadmap(
    source: "r.csv",
    items: [
      Item(id: "1", category: "OS", title: "리눅스 기초", planned: DayRange(day("2024-02-05"), day("2024-03-03")))
    ])

  func sync(_ post: String, _ language: Language) -> String {
    PostSync.sync(
      post: post, source: "post.md", roadmap: roadmap,
      settings: PostSync.Settings(today: sampleToday, language: language, title: "t")
    ).text
  }

  @Test func anEmptyMarkerGetsHeadersInTheLanguage() {
    let post = "<!-- studylog:table -->\n<!-- studylog:end -->\n"
    #expect(
      sync(post, .ko)
        == "<!-- studylog:table -->\n\n| 번호 | 분류 | 제목 | 설명 | 기간 |\n| --- | --- | --- | --- | --- |\n"
        + "| 1 | OS | 리눅스 기초 |  | 24.02.05-24.03.03 |\n\n<!-- studylog:end -->\n")
    #expect(sync(post, .en).contains("| Number | Category | Title | Description | Date |\n"))
  }

  @Test func aTableAlreadyThereKeepsItsHeader() {
    let post = "<!-- studylog:table -->\n| Number | Title |\n| --- | --- |\n<!-- studylog:end -->\n"
    #expect(sync(post, .ko).contains("| Number | Title |\n| --- | --- |\n| 1 | 리눅스 기초 |\n"))
  }
}
