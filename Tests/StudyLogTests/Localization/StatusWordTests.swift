import TestSupport
import Testing

@testable import StudyLog

/// Every word studylog writes for an item's status (on charts, in Mermaid notes, in reports, in
/// post tables) is one that `import` reads back as that status, in every language: in Korean a
/// dropped item is 취소 everywhere, since 중단 reads as paused.
@Suite struct StatusWordTests {
  static let languages: [Language] = [.en, .ko]

  @Test(arguments: languages) func everyStatusWordReadsBack(language: Language) {
    for status in DeclaredStatus.allCases {
      #expect(DeclaredStatus(cell: language.text(.status(status))) == status, "\(status)")
    }
    #expect(DeclaredStatus(cell: language.text(ChartPhrase.paused)) == .paused)
    #expect(DeclaredStatus(cell: language.text(ChartPhrase.dropped)) == .dropped)
    let states: [(ItemStatus, DeclaredStatus)] = [
      (.done, .done), (.inProgress, .active), (.planned, .planned), (.paused, .paused), (.dropped, .dropped),
    ]
    for (state, status) in states {
      #expect(DeclaredStatus(cell: language.text(ReportPhrase.state(state))) == status, "\(state)")
    }
  }

  @Test func koreanDroppedIsOneWord() {
    let ko = Language.ko
    #expect(ko.text(ChartPhrase.dropped) == "취소")
    #expect(ko.text(.status(.dropped)) == "취소")
    #expect(ko.text(ReportPhrase.state(.dropped)) == "취소")
    #expect(ko.text(.summaryPausedDropped(paused: 1, dropped: 2)) == "보류: 1, 취소: 2")
    // 중단 is still read, as paused: roadmaps written before keep their meaning.
    #expect(DeclaredStatus(cell: "중단") == .paused)
  }

  static let roadmap = Roadmap(
    source: "r.csv",
    items: [
      Item(
        id: "1", category: "OS", title: "리눅스 기초", planned: DayRange(day("2024-02-05"), day("2024-03-03")),
        declaredStatus: .dropped),
      Item(
        id: "2", category: "OS", title: "커널 읽기", planned: DayRange(day("2024-03-04"), day("2024-04-03")),
        declaredStatus: .paused),
      Item(id: "3", category: "망", title: "TCP/IP", planned: DayRange(day("2024-08-01"), day("2024-10-31"))),
    ])

  /// The statuses of the items `import` reads from `markdown`.
  static func imported(_ markdown: String) -> [DeclaredStatus?] {
    let post = PostImporter.load(markdown: markdown, source: "post.md", today: sampleToday)
    #expect(!post.hasErrors, "\(post.diagnostics)")
    return post.roadmap.items.map(\.declaredStatus)
  }

  /// A Korean table that `sync` writes, with its status column in Korean, imports back with the
  /// dropped item dropped and the paused one paused.
  @Test func koreanSyncedTableImportsBack() {
    let synced = PostSync.sync(
      post: "<!-- studylog:table -->\n<!-- studylog:end -->\n", source: "post.md", roadmap: Self.roadmap,
      settings: PostSync.Settings(today: sampleToday, language: .ko, title: "로드맵")
    ).text
    #expect(synced.contains("| 1 | OS | 리눅스 기초 |  | 24.02.05-24.03.03 | 취소 |"))
    #expect(synced.contains("| 2 | OS | 커널 읽기 |  | 24.03.04-24.04.03 | 보류 |"))
    #expect(Self.imported(synced) == [.dropped, .paused, nil])
  }

  /// The Korean markdown export imports back with the same statuses.
  @Test func koreanMarkdownExportImportsBack() {
    let markdown = MarkdownExporter.markdown(Self.roadmap, language: .ko)
    #expect(markdown.contains("| 상태 |\n"))
    #expect(markdown.contains("| 1 | OS | 리눅스 기초 |  | 24.02.05-24.03.03 | 취소 |\n"))
    #expect(Self.imported(markdown) == [.dropped, .paused, nil])
  }

  /// The Korean Mermaid chart notes a dropped item with the word a status cell reads as
  /// dropped (and a paused one with paused).
  @Test func koreanMermaidNotesReadBack() throws {
    let gantt = MermaidExporter.gantt(Self.roadmap, title: "로드맵", today: sampleToday, language: .ko)
    let lines = gantt.split(separator: "\n").map(String.init)
    let dropped = try #require(lines.first { $0.contains("리눅스 기초") })
    let paused = try #require(lines.first { $0.contains("커널 읽기") })
    #expect(dropped == "    리눅스 기초 (취소):i1, 2024-02-05, 28d")
    func note(_ line: String) -> String {
      String(line.split(separator: "(").last!.prefix { $0 != ")" })
    }
    #expect(DeclaredStatus(cell: note(dropped)) == .dropped)
    #expect(DeclaredStatus(cell: note(paused)) == .paused)
  }
}
