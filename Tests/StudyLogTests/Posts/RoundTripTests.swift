import TestSupport
import Testing

@testable import StudyLog

/// Exported markdown imports back as the same roadmap, for seeded random roadmaps full of text that
/// markdown would read as markup, and of hostile text (tags, links, kramdown extensions, markers,
/// controls) in titles, categories, descriptions, tracks and user columns (headers and cells).
@Suite struct RoundTripTests {
  static let words = [
    "쿠버네티스", "입문", "TCP/IP", "A | B", "[note]", "**bold**", "snake_case__x", "C#", "1:1", "x;y", "TBD", "미정",
    "<br>", "&amp;", "a\\b", "`tick`", "~~no~~", "100%", "(괄호)", "Feature Store", "—", "😀", "dig +trace",
    // Hostile text: tags, handlers, links, kramdown's attribute lists and extensions, comments and
    // markers, autolinks, separator-like cells, math, entities, controls, bidi overrides, and
    // combining marks on brackets.
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[click](javascript:alert(1))",
    "{: onclick=\"alert(4)\"}", "{::nomarkdown}", "<!-- studylog:end -->", "me@evil.example",
    "ftp://evil.example", "---", "=", "+", ":", "$$x$$", "&lt;", "&#60;", "\u{202E}gnp", "\u{1B}[2J",
    "[\u{338}x]",
    "<\u{301}b>", "#", "=HYPERLINK(1)",
  ]

  static func roadmap(seed: UInt64) -> Roadmap {
    var g = SeededGenerator(state: seed)
    func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &g)] }
    func text(_ n: ClosedRange<Int>) -> String {
      (0..<Int.random(in: n, using: &g)).map { _ in pick(words) }.joined(separator: " ")
    }
    let tracks: [String?] = [
      nil, "SRE", "MLOps", "데이터 엔지니어링", "SRE <img src=x onerror=alert(2)>",
      "SRE\n<script>alert(3)</script>\n<!-- studylog:end -->", "C#", "###", "---", "| a |", "{#id}",
    ]
    let urls = [
      "https://blog.example/posts/1?q=1#top", "https://blog.example/x)y", "https://blog.example/b?x=1&y=(2)",
      "https://blog.example/a_(b)*c'$d!e;f=g&h+i,j~k@l?q=%5Bx%5D#top", "https://[::1]:8080/x",
    ]
    var items: [Item] = []
    let base = Day(year: 2024, month: 1, day: 1)!
    for i in 1...Int.random(in: 1...12, using: &g) {
      var item = Item(
        id: Bool.random(using: &g) ? "\(i)" : "\(i * 10)", track: pick(tracks), category: text(1...2),
        title: text(1...4))
      if Bool.random(using: &g) {
        item.description = text(1...5) + (Bool.random(using: &g) ? "\nsecond line" : "")
      }
      if Bool.random(using: &g) { item.url = pick(urls) }
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
    // User columns from a generator of their own, so that the roadmaps above stay those of before.
    var h = SeededGenerator(state: seed ^ 0x5EED)
    let headers = ["비고", "Memo <b>x</b>", "느낌 | 점수", "=HYPERLINK(1)", "[link](javascript:x)", "`code`"]
    let extraColumns = headers.filter { _ in Int.random(in: 0..<3, using: &h) == 0 }
    for i in items.indices {
      for header in extraColumns where Bool.random(using: &h) {
        items[i].extras[header] = (0..<Int.random(in: 1...3, using: &h)).map { _ in
          words[Int.random(in: 0..<words.count, using: &h)]
        }.joined(separator: " ")
      }
    }
    return Roadmap(source: "r", items: items, extraColumns: extraColumns)
  }

  func comparable(_ r: Roadmap) -> [String] {
    r.items.map { i in
      [
        i.id, i.track ?? "-", i.category, i.title, i.description ?? "-", i.url ?? "-",
        "\(String(describing: i.planned))",
        "\(String(describing: i.actualStart))", "\(String(describing: i.actualEnd))",
        "\(String(describing: i.progress))",
        "\(String(describing: i.declaredStatus))",
      ].joined(separator: "¦") + r.extraColumns.map { "¦" + $0 + "=" + (i.extras[$0] ?? "-") }.joined()
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
      let grouped = Roadmap(
        source: "r", items: original.byTrack.flatMap(\.items), extraColumns: original.extraColumns)
      // Every table names every user column, so all come back, in order, even empty ones.
      #expect(back.roadmap.extraColumns == original.extraColumns, "\(markdown)")
      #expect(comparable(back.roadmap) == comparable(grouped), "\(markdown)")
      #expect(RoadmapWriter.csv(back.roadmap) == RoadmapWriter.csv(grouped))
    }
  }
}
