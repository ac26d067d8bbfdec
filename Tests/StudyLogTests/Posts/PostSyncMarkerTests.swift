import TestSupport
import Testing

@testable import StudyLog

/// Image markers keep their settings (alt, src, dark) in the marker; tables keep the user's own
/// columns and show statuses in the header's language; tracks and actual dates left out are said.
@Suite struct PostSyncMarkerTests {
  let roadmap = Roadmap.load(
    csv: """
      id,track,category,title,planned,actual_start,actual_end
      1,SRE,Infra,DNS 기초,24.01.08-24.02.20,2024-01-08,2024-02-25
      2,SRE,Infra,쿠버네티스,24.03.01-24.04.30,2024-03-04,
      3,MLOps,Serving,모델 서빙,24.05.01-24.06.30,,
      4,Career,Job,이력서,TBD,,

      """, source: "roadmap.csv", today: sampleToday
  ).roadmap

  func sync(_ post: String, changes: [(key: String, value: String)] = [], language: Language = .ko)
    -> PostSync.Outcome
  {
    PostSync.sync(
      post: post, source: "p.md", roadmap: roadmap,
      settings: .init(today: sampleToday, language: language, title: "커리어 맵", imageChanges: changes))
  }

  @Test func liquidAndQuotedSettingsAreKeptVerbatim() {
    let post = """
      <!-- studylog:image src={{ "/assets/img/x.png" | relative_url }} alt="커리어 맵 타임라인" -->
      <!-- studylog:end -->
      <!-- studylog:image src='/assets/my img.png' -->
      <!-- studylog:end -->

      """
    let outcome = sync(post)
    #expect(outcome.diagnostics.isEmpty)
    #expect(
      outcome.text == """
        <!-- studylog:image src={{ "/assets/img/x.png" | relative_url }} alt="커리어 맵 타임라인" -->

        ![커리어 맵 타임라인]({{ "/assets/img/x.png" | relative_url }})

        <!-- studylog:end -->
        <!-- studylog:image src='/assets/my img.png' -->

        ![커리어 맵: 항목 4개의 타임라인, 2024-01-08 – 2024-06-30, 1개 완료](/assets/my%20img.png)

        <!-- studylog:end -->

        """)
    #expect(!sync(outcome.text).changed)
  }

  @Test func defaultAltTextIsEnglishForAnEnglishSync() {
    let outcome = sync("<!-- studylog:image src=/a.png -->\n<!-- studylog:end -->\n", language: .en)
    #expect(
      outcome.text.contains(
        "![커리어 맵: timeline of 4 items, 2024-01-08 – 2024-06-30, 1 done](/a.png)"))
  }

  @Test func optionsAreWrittenIntoTheMarkerAndADarkImageMakesAPicture() {
    let post = "  <!-- studylog:image src=/old.png -->\n<!-- studylog:end -->\n"
    let outcome = sync(
      post,
      changes: [
        ("alt", #"Say "hi""#), ("dark", "{{ '/assets/img/x-dark.png' | relative_url }}"),
        ("src", "{{ '/assets/img/x.png' | relative_url }}"),
      ])
    #expect(outcome.diagnostics.isEmpty)
    #expect(
      outcome.text == """
          <!-- studylog:image src="{{ '/assets/img/x.png' | relative_url }}" alt='Say "hi"' dark="{{ '/assets/img/x-dark.png' | relative_url }}" -->

        <picture>
        <source media="(prefers-color-scheme: dark)" srcset="{{ '/assets/img/x-dark.png' | relative_url }}">
        <img src="{{ '/assets/img/x.png' | relative_url }}" alt="Say &quot;hi&quot;">
        </picture>

        <!-- studylog:end -->

        """)
    // Without the options, the marker alone gives the same post.
    #expect(!sync(outcome.text).changed)
  }

  @Test func badSettingsAreErrorsWithTheirLine() {
    let post = """
      x
      <!-- studylog:image src=/my img.png atl="x" -->
      <!-- studylog:end -->
      <!-- studylog:table track=mlops -->
      <!-- studylog:end -->

      """
    #expect(
      sync(post).diagnostics.map(\.description) == [
        "p.md:2: error: studylog:image has no setting 'atl'; it takes src=, dark=, alt=",
        "p.md:2: error: 'img.png' in studylog:image is not a setting; write key=\"value\", with quotes around a value that holds blanks",
        "p.md:4: error: no item of the roadmap has the track 'mlops'; its tracks are SRE, MLOps, Career (did you mean track=\"MLOps\"?)",
      ])
    let quotes = sync(
      "<!-- studylog:image src=/a.png -->\n<!-- studylog:end -->\n", changes: [("alt", "a\"b'c")])
    #expect(
      quotes.diagnostics.map(\.description) == [
        "p.md:1: error: --alt cannot be written into the marker: it holds both kinds of quotes, '--' or a line break"
      ])
  }

  @Test func userColumnsAreKeptAndStatusesFollowTheHeader() {
    let post = """
      <!-- studylog:table track=SRE -->
      | 번호 | 제목 | 비고 | 상태 |
      |---|---|---|---|
      | 2 | 쿠버네티스 | **CKA** 준비 | |
      | 1 | old title | 스터디 3기 | |
      <!-- studylog:end -->
      <!-- studylog:table track=MLOps -->
      | Number | Title | Notes? | Status |
      |---|---|---|---|
      | 9 | 모델 서빙 | by title | |
      <!-- studylog:end -->

      """
    let outcome = sync(post)
    #expect(
      outcome.text == """
        <!-- studylog:table track=SRE -->

        | 번호 | 제목 | 비고 | 상태 |
        |---|---|---|---|
        | 1 | DNS 기초 | 스터디 3기 | 완료 |
        | 2 | 쿠버네티스 | **CKA** 준비 | 진행 중 |

        <!-- studylog:end -->
        <!-- studylog:table track=MLOps -->

        | Number | Title | Notes? | Status |
        |---|---|---|---|
        | 3 | 모델 서빙 | by title | planned |

        <!-- studylog:end -->

        """)
    #expect(
      outcome.diagnostics.map(\.description) == [
        "p.md: warning: no studylog:table marker shows 'Career' (markers show 'SRE', 'MLOps'); add <!-- studylog:table track=\"Career\" --> <!-- studylog:end -->, or a marker without track= for every track",
        "p.md:1: note: 2 items have actual dates that this table does not show; add a column headed Actual (or 실제) to its header and delimiter rows to show them",
      ])
    #expect(!sync(outcome.text).changed)
  }

  @Test func aTableOfThePostTouchingAMarkerGetsABlankLine() {
    let post =
      "| a |\n|---|\n| 1 |\n<!-- studylog:image src=/a.png -->\n<!-- studylog:end -->\n| b |\n|---|\n"
    let outcome = sync(post, changes: [("alt", "A")])
    #expect(
      outcome.text
        == "| a |\n|---|\n| 1 |\n\n<!-- studylog:image src=\"/a.png\" alt=\"A\" -->\n\n![A](/a.png)\n\n"
        + "<!-- studylog:end -->\n\n| b |\n|---|\n")
    #expect(!sync(outcome.text).changed)
  }
}
