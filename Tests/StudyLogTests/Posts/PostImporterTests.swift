import Foundation
import Testing

@testable import StudyLog

let examplePost = """
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

@Suite struct ImportTests {
  @Test func thePostShapeImportsToTheExpectedCSV() {
    let imported = PostImporter.load(markdown: examplePost, source: "post.md", today: sampleToday)
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

  @Test func splittingRows() {
    #expect(Markdown.split("| a | b \\| c | `x|y` |").map(\.raw) == ["a", "b \\| c", "`x|y`"])
    #expect(Markdown.split("a | b").map(\.raw) == ["a", "b"])
    #expect(Markdown.split("no pipes").isEmpty)
    #expect(Markdown.isDelimiterRow("|:---|---:|:-:|"))
    #expect(!Markdown.isDelimiterRow("| a | b |"))
  }
}

@Suite struct ExportTests {
  let sample = Roadmap.load(
    bytes: Array(try! Data(contentsOf: packageFile("reports/career-map/roadmap.csv"))),
    source: "reports/career-map/roadmap.csv", today: sampleToday
  ).roadmap

  @Test func mermaidMatchesTheReviewedGoldenFile() throws {
    let golden = try String(
      contentsOf: packageFile("Tests/StudyLogTests/Fixtures/career-map.mmd"), encoding: .utf8)
    #expect(MermaidExporter.gantt(sample, title: "Career map", today: sampleToday) == golden)
  }

  @Test func mermaidEscapesWhatWouldBreakATask() {
    #expect(MermaidExporter.escape("C#: a; 100%") == "C#35;#58; a#59; 100#37;")
  }

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

  @Test func jsonHasDerivedStatusAndSlips() throws {
    let object =
      try JSONSerialization.jsonObject(with: Data(JSONExporter.json(sample, today: sampleToday).utf8))
      as! [String: Any]
    let items = object["items"] as! [[String: Any]]
    #expect(items.count == 23)
    #expect(items[6]["end_slip_days"] as? Int == 12)
    #expect(items[7]["status"] as? String == "in_progress")
    #expect(items[7]["provisional"] as? Bool == true)
    #expect(items[16]["overdue"] as? Bool == true)
    #expect(object["tracks"] as? [String] == ["SRE", "MLOps", "Career"])
  }
}

/// A file of the package, by its path from the package's root.
func packageFile(_ path: String) -> URL {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent(path)
}

/// SplitMix64: a small seeded generator, so that every run tests the same roadmaps.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct RoundTripTests {
  static let words = [
    "쿠버네티스", "입문", "TCP/IP", "A | B", "[note]", "**bold**", "snake_case__x", "C#", "1:1", "x;y", "TBD", "미정",
    "<br>", "&amp;", "a\\b", "`tick`", "~~no~~", "100%", "(괄호)", "Feature Store", "—", "😀", "dig +trace",
  ]

  static func roadmap(seed: UInt64) -> Roadmap {
    var g = SeededGenerator(state: seed)
    func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &g)] }
    func text(_ n: ClosedRange<Int>) -> String {
      (0..<Int.random(in: n, using: &g)).map { _ in pick(words) }.joined(separator: " ")
    }
    let tracks: [String?] = [nil, "SRE", "MLOps", "데이터 엔지니어링"]
    var items: [Item] = []
    let base = Day(year: 2024, month: 1, day: 1)!
    for i in 1...Int.random(in: 1...12, using: &g) {
      var item = Item(
        id: Bool.random(using: &g) ? "\(i)" : "\(i * 10)", track: pick(tracks), category: text(1...2),
        title: text(1...4))
      if Bool.random(using: &g) {
        item.description = text(1...5) + (Bool.random(using: &g) ? "\nsecond line" : "")
      }
      if Bool.random(using: &g) { item.url = "https://blog.example/posts/\(i)?q=\(i)#top" }
      if Int.random(in: 0..<4, using: &g) > 0 {
        let start = base + Int.random(in: 0...400, using: &g)
        item.planned = DayRange(start, start + Int.random(in: 0...90, using: &g))
        if Bool.random(using: &g) {
          let s = start + Int.random(in: -5...20, using: &g)
          item.actualStart = s
          if Bool.random(using: &g) { item.actualEnd = s + Int.random(in: 0...100, using: &g) }
          item.progress = Double(Int.random(in: 0...100, using: &g))
        }
      }
      if Int.random(in: 0..<5, using: &g) == 0 { item.declaredStatus = pick(DeclaredStatus.allCases) }
      items.append(item)
    }
    // Ids are unique.
    var seen = Set<String>()
    items = items.filter { seen.insert($0.id).inserted }
    return Roadmap(source: "r", items: items)
  }

  func comparable(_ r: Roadmap) -> [String] {
    r.items.map { i in
      [
        i.id, i.track ?? "-", i.category, i.title, i.description ?? "-", i.url ?? "-",
        "\(String(describing: i.planned))",
        "\(String(describing: i.actualStart))", "\(String(describing: i.actualEnd))",
        "\(String(describing: i.progress))",
        "\(String(describing: i.declaredStatus))",
      ].joined(separator: "¦")
    }
  }

  @Test(arguments: 1...300)
  func importOfTheExportIsTheSameRoadmap(seed: Int) {
    let original = Self.roadmap(seed: UInt64(seed))
    for style in DateStyle.allCases {
      let markdown = MarkdownExporter.markdown(original, style: style)
      let back = PostImporter.load(markdown: markdown, source: "p.md", today: sampleToday)
      #expect(!back.hasErrors, "\(back.diagnostics)\n\(markdown)")
      // The same items, grouped by track as the export writes them (items without a track first).
      let grouped = Roadmap(source: "r", items: original.byTrack.flatMap(\.items))
      #expect(comparable(back.roadmap) == comparable(grouped), "\(markdown)")
    }
  }
}

@Suite struct SyncTests {
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
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.changed)
    #expect(outcome.blocks == 2)
    let expected =
      [
        "---", "title: 로드맵", "---", "Intro text  with trailing spaces  ",
        "<!-- studylog:table track=Backend -->",
        "|  번호 | 분류|URL | 기간 |", "|:---:|---|---|---|",
        "| 1 | Database | [인덱스 구조](https://blog.example/db) | 24.01.08-24.02.20 |",
        "| 2 | Cache | 캐시 전략 | ---- |",
        "<!-- studylog:end -->", "", "<!-- studylog:image src=/assets/img/roadmap.png -->",
        "![Roadmap](/assets/img/roadmap.png)", "<!-- studylog:end -->", "Outro",
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
        .map(\.description) == ["p.md:1: error: no item of the roadmap has the track 'Data Eng'"])
  }
}
