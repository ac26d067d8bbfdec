import TestSupport
import Testing

@testable import StudyLog

/// Columns studylog does not own, through posts: `export` writes them after the owned columns,
/// `import` reads a post's into the CSV, and `sync` fills a post's from the CSV's column of the
/// same header, keeping the post's cells where the CSV has none.
@Suite struct UserColumnPostTests {
  /// A roadmap CSV as `RoadmapWriter` writes it, with two user columns holding markup, a formula,
  /// a line break and a comma.
  static let csv = """
    id,track,category,title,description,url,planned_start,planned_end,actual_start,actual_end,progress,status,비고,Memo
    3,,ML,Kube,설명,,,,,,,,<b>태그</b> & 후기,
    1,SRE,Linux,Shell | pipes,,https://blog.example/shell,2024-02-01,2024-03-01,2024-02-03,2024-03-04,100,done,**굵게** [x](y),"'=1+1"
    2,SRE,Net,DNS,,,2024-03-02,2024-03-20,2024-03-05,,40,,,"a, b
    c"

    """

  static func load(_ csv: String) -> Roadmap {
    let loaded = Roadmap.load(csv: csv, source: "r.csv", today: sampleToday)
    precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
    return loaded.roadmap
  }

  @Test func exportThenImportGivesTheSameCSVByteForByte() {
    let markdown = MarkdownExporter.markdown(Self.load(Self.csv))
    #expect(
      markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| Number") } == [
        "| Number | Category | Title | Description | Date | 비고 | Memo |",
        "| Number | Category | Title | Description | Date | Actual | Progress | Status | 비고 | Memo |",
      ])
    #expect(markdown.contains("| 3 | ML | Kube | 설명 | ---- | &lt;b>태그&lt;/b> & 후기 |  |"))
    #expect(markdown.contains(#"| 100% | done | \*\*굵게\*\* \[x\](y) | =1+1 |"#))
    #expect(markdown.contains("| 40% |  |  | a, b<br>c |"))
    let imported = PostImporter.load(markdown: markdown, source: "p.md", today: sampleToday)
    #expect(imported.diagnostics.map(\.description) == [])
    #expect(RoadmapWriter.csv(imported.roadmap) == Self.csv)
  }

  @Test func importKeepsAPostsNotesColumnWithItsLinks() {
    let post = """
      ### SRE

      | 번호 | 분류 | 제목 | 기간 | 비고 |
      | --- | --- | --- | --- | --- |
      | 1 | Linux | Shell | 24.02.01-24.03.01 | [후기](https://b.example/x) 좋았음 |
      | 2 | Net | DNS | ---- | |

      ### ML

      | 번호 | 분류 | 제목 | 메모 | 비 고 | 메모 |
      | --- | --- | --- | --- | --- | --- |
      | 3 | ML | Kube | **m** | <u>밑줄</u> | 무시 |

      """
    let imported = PostImporter.load(markdown: post, source: "p.md", today: sampleToday)
    #expect(
      imported.diagnostics.map(\.description) == [
        "p.md:10:29: warning: column '메모' is named twice in this table; the second is ignored"
      ])
    #expect(imported.roadmap.extraColumns == ["비고", "메모"])
    #expect(
      imported.roadmap.items.map(\.extras) == [
        ["비고": "후기 좋았음 (https://b.example/x)"], [:], ["메모": "m", "비고": "밑줄"],
      ])
    #expect(
      RoadmapWriter.csv(imported.roadmap).components(separatedBy: "\n")[0]
        == "id,track,category,title,description,url,planned_start,planned_end,actual_start,actual_end,progress,status,비고,메모"
    )
  }

  static let post = """
    <!-- studylog:table track=SRE -->

    | 번호 | 제목 | 비고 | 느낌 |
    | --- | --- | --- | --- |
    | 1 | Shell | [후기](https://b.example/x) | 좋음 |
    | 2 | DNS | 손으로 쓴 것 | 보통 |

    <!-- studylog:end -->

    """

  static func sync(_ csv: String, post: String = post) -> PostSync.Outcome {
    PostSync.sync(
      post: post, source: "p.md", roadmap: load(csv),
      settings: PostSync.Settings(today: sampleToday, title: "t"))
  }

  @Test func syncTakesTheCSVsValueAndKeepsThePostsWhereTheCSVHasNone() {
    let csv = "id,track,category,title,비 고\n1,SRE,A,Shell,CSV 메모\n2,SRE,A,DNS,\n"
    let outcome = Self.sync(csv)
    #expect(
      outcome.text
        == Self.post.replacingOccurrences(
          of: "| 1 | Shell | [후기](https://b.example/x) | 좋음 |", with: "| 1 | Shell | CSV 메모 | 좋음 |"))
    #expect(
      outcome.diagnostics.map(\.description) == [
        "p.md:1: note: the roadmap's values replace what the post had in 비고 of item 1"
          + " ('[후기](https://b.example/x)'); the roadmap's user columns win over the post's cells"
      ])
  }

  @Test func aCSVValueThatReadsAsThePostsCellKeepsItsMarkup() {
    // What `import` made of the post: the link after its text. Nothing changes, nothing is noted.
    let csv =
      "id,track,category,title,비고,느낌\n1,SRE,A,Shell,후기 (https://b.example/x),좋음\n2,SRE,A,DNS,손으로 쓴 것,\n"
    let outcome = Self.sync(csv)
    #expect(outcome.text == Self.post)
    #expect(!outcome.changed)
    #expect(outcome.diagnostics.isEmpty)
  }

  @Test func aNewTableGetsTheUserColumnsEscaped() {
    let csv = "id,track,category,title,비고\n1,SRE,A,Shell,<b>x</b> | y\n"
    let post = "<!-- studylog:table -->\n<!-- studylog:end -->\n"
    #expect(
      Self.sync(csv, post: post).text == """
        <!-- studylog:table -->

        ### SRE

        | Number | Category | Title | Description | Date | 비고 |
        | --- | --- | --- | --- | --- | --- |
        | 1 | A | Shell |  | ---- | &lt;b>x&lt;/b> \\| y |

        <!-- studylog:end -->

        """)
  }

  @Test func jsonListsTheUserColumnsOnlyWhenThereAreSome() {
    let json = JSONExporter.json(Self.load(Self.csv), today: sampleToday)
    #expect(json.contains("\"extra_columns\": [\n    \"비고\",\n    \"Memo\"\n  ],\n  \"items\""))
    #expect(json.contains("\"extra\": {\n        \"비고\": null,\n        \"Memo\": \"a, b\\nc\"\n      }"))
    let plain = JSONExporter.json(Self.load("category,title\nA,a\n"), today: sampleToday)
    #expect(!plain.contains("extra"))
  }

  @Test func aSecondColumnForAnOwnedFieldIsTheUsersAndSyncKeepsIt() {
    // `Notes` is a name of the description column; after `Description` it is the user's.
    let post = """
      <!-- studylog:table -->

      | Number | Title | Description | Notes |
      | --- | --- | --- | --- |
      | 1 | Shell | old | 손으로 쓴 메모 |

      <!-- studylog:end -->

      """
    let outcome = Self.sync("id,category,title,description\n1,A,Shell,new\n", post: post)
    #expect(outcome.text == post.replacingOccurrences(of: "| old |", with: "| new |"))
    let imported = PostImporter.load(markdown: post, source: "p.md", today: sampleToday)
    #expect(
      imported.diagnostics.map(\.description) == [
        "p.md:3: warning: table has no category column; its items take the category 'General'",
        "p.md:3:34: warning: column 'Notes' gives the description again; its cells are not imported (sync keeps them)",
      ])
    #expect(imported.roadmap.items.map(\.description) == ["old"])
    #expect(imported.roadmap.extraColumns == [])
  }

  @Test func theNoteNamesTenReplacedCellsAndCountsTheRest() {
    let rows = (1...12).map { "| \($0) | t\($0) | 옛 값 |" }.joined(separator: "\n")
    let post =
      "<!-- studylog:table -->\n\n| 번호 | 제목 | 비고 |\n| --- | --- | --- |\n\(rows)\n\n<!-- studylog:end -->\n"
    let csv = "id,category,title,비고\n" + (1...12).map { "\($0),A,t\($0),새 값" }.joined(separator: "\n") + "\n"
    let named = (1...10).map { "비고 of item \($0) ('옛 값')" }.joined(separator: ", ")
    #expect(
      Self.sync(csv, post: post).diagnostics.map(\.description) == [
        "p.md:1: note: the roadmap's values replace what the post had in \(named) and 2 more cells;"
          + " the roadmap's user columns win over the post's cells"
      ])
    #expect(Self.sync(csv, post: post).text.contains("| 12 | t12 | 새 값 |\n"))
  }
}
