import TestSupport
import Testing

@testable import StudyLog

/// Syncing a post: only the parts between studylog's markers change, and broken markers change
/// nothing.
@Suite struct PostSyncTests {
  let roadmap = Roadmap.load(
    csv: """
      id,track,category,title,url,planned
      1,Backend,Database,인덱스 구조,https://blog.example/db,24.01.08-24.02.20
      2,Backend,Cache,캐시 전략,,TBD
      3,Frontend,Browser,렌더링 원리,,24.03.01-24.03.31

      """, source: "roadmap.csv", today: sampleToday
  ).roadmap

  func post(_ ending: String) -> String {
    [
      "---", "title: 로드맵", "---", "Intro text  with trailing spaces  ",
      "<!-- studylog:table track=Backend -->",
      "|  번호 | 분류|URL | 기간 |", "|:---:|---|---|---|", "| old | row | here | x |", "<!-- studylog:end -->",
      "", "<!-- studylog:image src=/assets/img/roadmap.png -->", "<!-- studylog:end -->", "Outro",
    ].joined(separator: ending) + ending
  }

  @Test(arguments: ["\n", "\r\n"])
  func replacesOnlyWhatIsBetweenTheMarkers(ending: String) {
    let outcome = PostSync.sync(
      post: post(ending), source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "Roadmap")
    #expect(
      outcome.diagnostics.map(\.description) == [
        "p.md: warning: no studylog:table marker shows 'Frontend' (markers show 'Backend'); add <!-- studylog:table track=\"Frontend\" --> <!-- studylog:end -->, or a marker without track= for every track"
      ])
    #expect(outcome.changed)
    #expect(outcome.blocks == 2)
    let expected =
      [
        "---", "title: 로드맵", "---", "Intro text  with trailing spaces  ",
        "<!-- studylog:table track=Backend -->", "",
        "|  번호 | 분류|URL | 기간 |", "|:---:|---|---|---|",
        "| 1 | Database | [인덱스 구조](https://blog.example/db) | 24.01.08-24.02.20 |",
        "| 2 | Cache | 캐시 전략 | ---- |", "",
        "<!-- studylog:end -->", "", "<!-- studylog:image src=/assets/img/roadmap.png -->", "",
        "![Roadmap](/assets/img/roadmap.png)", "", "<!-- studylog:end -->", "Outro",
      ].joined(separator: ending) + ending
    #expect(outcome.text == expected)
    // Synced again, nothing changes.
    let again = PostSync.sync(
      post: outcome.text, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "Roadmap")
    #expect(!again.changed)
    #expect(again.text == outcome.text)
  }

  @Test func everyTrackWithoutATrackAttribute() {
    let text = "<!-- studylog:table -->\n<!-- studylog:end -->\n"
    let outcome = PostSync.sync(post: text, source: "p.md", roadmap: roadmap, style: .iso, imageAlt: "")
    #expect(
      outcome.text == """
        <!-- studylog:table -->

        ### Backend

        | Number | Category | Title | Description | Date |
        | --- | --- | --- | --- | --- |
        | 1 | Database | [인덱스 구조](https://blog.example/db) |  | 2024-01-08 ~ 2024-02-20 |
        | 2 | Cache | 캐시 전략 |  | ---- |

        ### Frontend

        | Number | Category | Title | Description | Date |
        | --- | --- | --- | --- | --- |
        | 3 | Browser | 렌더링 원리 |  | 2024-03-01 ~ 2024-03-31 |

        <!-- studylog:end -->

        """)
  }

  @Test func brokenMarkersAreErrorsAndChangeNothing() {
    let unclosed = "a\n<!-- studylog:table -->\nb\n"
    let u = PostSync.sync(post: unclosed, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(
      u.diagnostics.map(\.description) == [
        "p.md:2: error: studylog:table opened here is never closed with <!-- studylog:end -->"
      ])
    #expect(u.text == unclosed)
    let nested =
      "<!-- studylog:table -->\n<!-- studylog:image src=x.png -->\n<!-- studylog:end -->\n<!-- studylog:end -->\n"
    #expect(
      PostSync.sync(post: nested, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "").diagnostics
        .map(\.description) == [
          "p.md:2: error: studylog:image inside the studylog:table opened on line 1",
          "p.md:4: error: studylog:end without an opening marker",
        ])
    let unknownTrack = "<!-- studylog:table track=\"Data Eng\" -->\n<!-- studylog:end -->\n"
    #expect(
      PostSync.sync(post: unknownTrack, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
        .diagnostics
        .map(\.description) == [
          "p.md:1: error: no item of the roadmap has the track 'Data Eng'; its tracks are Backend, Frontend"
        ])
  }
}
