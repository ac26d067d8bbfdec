import TestSupport
import Testing

@testable import StudyLog

/// Importing a blog post's pipe tables as a roadmap: the tables it reads, its cells, and its
/// problems with the post's lines.
@Suite struct PostImporterTests {
  static let examplePost = """
    ---
    layout: post
    title: 올해의 학습 로드맵
    categories: study
    ---
    ## 학습 로드맵
    ### Backend
    | Number | Category | URL | Description | Date |
    | ------ | -------- | --- | ----------- | ---- |
    | 1 | Database | <a href="https://blog.example/db">인덱스 구조 파헤치기</a> | B-Tree, LSM | 24.01.08-24.02.20 |
    | 2 | Cache | 캐시 전략 정리 | TBD | ---- |

    ### Frontend
    | Number   | Category | URL     | Description | Date |
    | -------- | -------- | ------- | ----------- | ---- |
    | -------- | Browser  | 렌더링 원리 | 준비 중 | ---- |

    """

  @Test func thePostShapeImportsToTheExpectedCSV() {
    let imported = PostImporter.load(markdown: Self.examplePost, source: "post.md", today: sampleToday)
    // The same rule as for a CSV file: a row whose id is `----` gets the next free one.
    #expect(imported.diagnostics.map(\.description) == ["post.md:16: warning: row has no id; it gets id 3"])
    #expect(
      RoadmapWriter.csv(imported.roadmap) == """
        id,track,category,title,description,url,planned_start,planned_end,actual_start,actual_end,progress,status
        1,Backend,Database,인덱스 구조 파헤치기,"B-Tree, LSM",https://blog.example/db,2024-01-08,2024-02-20,,,,
        2,Backend,Cache,캐시 전략 정리,TBD,,,,,,,
        3,Frontend,Browser,렌더링 원리,준비 중,,,,,,,

        """)
    // check accepts it.
    let checked = Roadmap.load(csv: RoadmapWriter.csv(imported.roadmap), source: "r.csv", today: sampleToday)
    #expect(checked.diagnostics.isEmpty)
  }

  @Test func cellsWithLinksAndMarkup() {
    let post = """
      | No. | 분류 | 제목 | 설명 | 기간 |
      |:---:|---|---|---|---|
      | 1 | Infra | [**K8s** 입문](https://blog.example/k8s "title") | a<br>b | 24.06.24-24.08.18 |
      | 2 | Infra | <U>밑줄</U> 제목 | x \\| y | 2024.09.01 ~ 2024.09.30 |
      | 3 | Infra | TBD | `code` | 미정 |
      """
    let imported = PostImporter.load(markdown: post, source: "p.md", today: sampleToday)
    #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
    let items = imported.roadmap.items
    #expect(items.map(\.title) == ["K8s 입문", "밑줄 제목", "TBD"])
    #expect(items[0].url == "https://blog.example/k8s")
    #expect(items[0].description == "a\nb")
    #expect(items[1].description == "x | y")
    #expect(items[1].planned == DayRange(day("2024-09-01"), day("2024-09-30")))
    #expect(items[2].planned == nil)
    #expect(items[2].description == "code")
    #expect(items.map(\.track) == [nil, nil, nil])
  }

  @Test func missingColumnsAndRaggedRows() {
    let post = """
      # Plans
      ### SRE
      | Title | Date |
      |---|---|
      | Prometheus | 24.08.19-24.09.29 |
      | Grafana |
      | Loki | 24.10.01-24.10.31 | extra |
      | | ---- |
      """
    let imported = PostImporter.load(markdown: post, source: "p.md", today: sampleToday)
    #expect(
      imported.diagnostics.map(\.description) == [
        "p.md:3: warning: table has no category column; its items take the category 'SRE'",
        "p.md:7:30: warning: row has 3 cells but the header has 2; the extra ones are ignored",
        "p.md:8: warning: empty row skipped",
      ])
    #expect(imported.roadmap.items.map(\.title) == ["Prometheus", "Grafana", "Loki"])
    #expect(imported.roadmap.items.map(\.id) == ["1", "2", "3"])
    #expect(imported.roadmap.items.map(\.category) == ["SRE", "SRE", "SRE"])
    #expect(imported.roadmap.items[1].planned == nil)
  }

  @Test func problemsComeWithThePostsLines() {
    let post = """
      ---
      title: x
      ---
      | Number | Title | Date |
      |---|---|---|
      | 1 | a | 24.02.30-24.03.01 |
      | 1 | b | 24.05.01-24.04.01 |
      """
    #expect(
      PostImporter.load(markdown: post, source: "p.md", today: sampleToday).diagnostics.map(\.description)
        == [
          "p.md:4: warning: table has no category column; its items take the category 'General'",
          "p.md:6:11: error: invalid date '24.02.30': February 2024 has 29 days",
          "p.md:7:3: error: duplicate id '1': line 6 already uses it",
          "p.md:7:11: error: planned end 2024-04-01 is before planned start 2024-05-01",
        ])
  }

  @Test func otherTablesAndCodeBlocksAreLeftAlone() {
    let post = """
      | Skill | Level |
      |---|---|
      | Go | 3 |

      ```
      | Title | Date |
      |---|---|
      | not a table | 24.01.01 |
      ```
      """
    #expect(
      PostImporter.load(markdown: post, source: "p.md", today: sampleToday).diagnostics.map(\.description)
        == [
          "p.md: error: no roadmap table found: a pipe table with a Title (or URL) column",
          "p.md:1: warning: table has no title or URL column; skipped",
          "p.md:1:3: warning: unknown column 'Skill' is ignored",
          "p.md:1:11: warning: unknown column 'Level' is ignored",
        ])
  }
}
