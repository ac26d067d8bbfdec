import Foundation
import TestSupport
import Testing

/// What `sync` writes into a post, rendered by the engines posts are published with: kramdown 2.4
/// with GFM input (GitHub Pages, after Jekyll has replaced the Liquid) and cmark-gfm (GitHub).
/// Every table of the post must come out as a table with its rows and columns, and every image
/// marker as an image, for the layouts users write and for the README's own examples.
@Suite(.enabled(if: MarkdownEngine.isAvailable, Comment(rawValue: MarkdownEngine.missing)))
struct PostRenderingTests {
  static let roadmap = """
    id,track,category,title,url,planned,actual_start,actual_end,progress
    1,Backend,Database,인덱스 구조 파헤치기,https://blog.example/db,24.01.08-24.02.20,2024-01-08,2024-02-25,
    2,Backend,Cache,캐시 전략 정리,,TBD,,,
    3,Frontend,Browser,렌더링 원리,,24.03.01-24.03.31,2024-03-04,,40

    """

  /// A post layout: its markdown with `\n` line endings, and the images its markers ask for.
  struct Layout: CustomTestStringConvertible, Sendable {
    var name: String
    var post: String
    var images: Int
    var testDescription: String { name }
  }

  static let table = "| Number | Category | Title | Date |\n|---|---|---|---|\n| 1 | old | row | x |\n"
  static let layouts: [Layout] = [
    Layout(
      name: "README: marker right above the table, end right below",
      post: "### Backend\n<!-- studylog:table track=Backend -->\n\(table)<!-- studylog:end -->\nText\n",
      images: 0),
    Layout(
      name: "blank lines inside",
      post: "Intro\n\n<!-- studylog:table track=Backend -->\n\n\(table)\n<!-- studylog:end -->\n\n## Next\n",
      images: 0),
    Layout(
      name: "empty marker, every track, text around",
      post: "Intro\n<!-- studylog:table -->\n<!-- studylog:end -->\nOutro\n", images: 0),
    Layout(
      name: "the post's own tables touching the markers",
      post: "\(table)<!-- studylog:table track=Frontend -->\n<!-- studylog:end -->\n\(table)", images: 0),
    Layout(
      name: "image in a paragraph",
      post: "Intro\n<!-- studylog:image src=\"{{ '/assets/img/map.png' | relative_url }}\" -->\n"
        + "<!-- studylog:end -->\n\(table)",
      images: 1),
    Layout(
      name: "image with a dark variant between tables",
      post: "\(table)<!-- studylog:image src=/a.png dark=/a-dark.png alt=\"맵\" -->\n![old](x.png)\n"
        + "<!-- studylog:end -->\n\(table)",
      images: 1),
    Layout(
      name: "report section",
      post: "# Post\n<!-- studylog:report src=/a.png dark=/a-dark.png -->\n<!-- studylog:end -->\nOutro\n",
      images: 1),
  ]

  /// Jekyll's Liquid for image paths, as GitHub Pages replaces it before kramdown reads the post.
  static func liquid(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\{\{\s*['"]([^'"]*)['"]\s*\|\s*(relative|absolute)_url\s*\}\}"#,
      with: "https://me.github.io/blog$1",
      options: .regularExpression)
  }

  /// Syncs `post` in a fresh folder with `arguments` after the roadmap; the post as written.
  static func synced(_ post: String, _ arguments: [String] = []) throws -> String {
    let folder = try temporaryFolder()
    try Data(roadmap.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    try Data(post.utf8).write(to: folder.appendingPathComponent("post.md"))
    let sync = ["sync", "post.md", "--roadmap", "roadmap.csv", "--today", "2024-09-15"]
    let r = try Binary.run(sync + arguments, in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try Binary.run(sync + ["--check"], in: folder).status == 0)
    return try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8)
  }

  /// Every table of `markdown` is a table in each engine's HTML, and there are `images` images.
  static func expectRendered(_ markdown: String, images: Int, _ name: String) throws {
    let text = liquid(markdown)
    let shapes = HTMLAudit.tableShapes(inMarkdown: text.replacingOccurrences(of: "\r\n", with: "\n"))
    for engine in MarkdownEngine.allCases {
      let html = try engine.html(text)
      #expect(HTMLAudit.tableShapes(inHTML: html) == shapes, "\(name) by \(engine):\n\(text)\n\(html)")
      // cmark-gfm without --unsafe leaves raw HTML (the <picture>) out, as GitHub's sanitiser would not.
      if engine != .cmarkGFM || !text.contains("<picture>") {
        #expect(html.components(separatedBy: "<img ").count - 1 == images, "\(name) by \(engine):\n\(html)")
      }
    }
  }

  @Test(arguments: layouts, ["\n", "\r\n"])
  func layoutRendersWithEveryTableAndImage(_ layout: Layout, ending: String) throws {
    let post = try Self.synced(layout.post.replacingOccurrences(of: "\n", with: ending))
    #expect(!HTMLAudit.tableShapes(inMarkdown: post.replacingOccurrences(of: "\r\n", with: "\n")).isEmpty)
    try Self.expectRendered(post, images: layout.images, layout.name)
  }

  /// The README's examples of markers (its ```markdown blocks), synced and rendered.
  @Test func readmeExamplesRender() throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let blocks = readme.components(separatedBy: "```markdown\n").dropFirst().map {
      String($0.components(separatedBy: "\n```")[0]) + "\n"
    }.filter { $0.contains("studylog:") }
    #expect(blocks.count >= 3)
    for block in blocks {
      let post = try Self.synced(block)
      let images =
        block.components(separatedBy: "studylog:image").count - 1
        + block.components(separatedBy: "studylog:report src").count - 1
      try Self.expectRendered(post, images: images, block)
    }
  }
}
