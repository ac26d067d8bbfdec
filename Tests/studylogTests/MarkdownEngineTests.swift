import Foundation
import TestSupport
import Testing

/// Every markdown output of a hostile roadmap, rendered by the engines its readers publish with
/// (kramdown with GFM input, cmark-gfm, and cmark-gfm passing raw HTML through): no live tag, no
/// event handler, no link that is not http or https, and every table a table with its rows and
/// columns.
///
/// `Fixtures/hostile/roadmap.csv` holds tags and event handlers in a track, a title and a
/// description; a track with line breaks, `<script>` and `<!-- studylog:end -->`; markdown links
/// to `javascript:`; kramdown attribute lists (`{: onclick=…}`) and `{::nomarkdown}`; entities;
/// e-mail, `mailto:`, `xmpp:` and `ftp://` text that cmark-gfm would autolink; cells that look
/// like a separator line (`---`, `=`); `$$` math; formula prefixes; ESC, OSC and C1 controls; bidi
/// overrides; combining marks after `[` and `<`; and URLs with every RFC 3986 delimiter. Its
/// `post.md` has an image marker, an every-track marker, a marker under the user's own Korean
/// header and one under a header whose URL column holds the title.
@Suite(.enabled(if: MarkdownEngine.isAvailable, Comment(rawValue: MarkdownEngine.missing)))
struct MarkdownEngineTests {
  static let fixtures = packageRoot.appendingPathComponent("Tests/studylogTests/Fixtures/hostile")
  static let today = ["--today", "2024-09-15"]

  /// A markdown output: its name, and the arguments after the roadmap's path.
  struct Output: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var testDescription: String { name }
  }

  static let outputs: [Output] = [
    Output(name: "export", arguments: ["export"]),
    Output(name: "export iso", arguments: ["export", "--date-style", "iso"]),
    Output(name: "summary", arguments: ["summary", "--format", "markdown"]),
    Output(name: "summary by track", arguments: ["summary", "--by", "track", "--format", "markdown"]),
    Output(name: "week", arguments: ["week", "--format", "markdown"]),
    Output(name: "week ko", arguments: ["week", "--format", "markdown", "--locale", "ko"]),
    Output(name: "week W10", arguments: ["week", "--format", "markdown", "--week", "2024-W10"]),
    Output(name: "compare", arguments: ["compare", "--format", "markdown"]),
    Output(name: "compare by slip", arguments: ["compare", "--format", "markdown", "--sort", "slip"]),
    Output(name: "mermaid", arguments: ["export", "--format", "mermaid"]),
  ]

  /// A copy of the fixtures in a temporary folder (the session log beside the roadmap).
  static func workspace() throws -> URL {
    let folder = try temporaryFolder()
    for name in ["roadmap.csv", "sessions.csv", "post.md"] {
      try FileManager.default.copyItem(
        at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// The problems of `markdown` rendered by `engine`, and whether its tables kept their shape.
  static func audit(_ markdown: String, _ engine: MarkdownEngine, _ name: String) throws {
    let html = try engine.html(markdown)
    #expect(HTMLAudit.problems(in: html) == [], "\(name) by \(engine):\n\(html)")
    #expect(
      HTMLAudit.tableShapes(inHTML: html) == HTMLAudit.tableShapes(inMarkdown: markdown),
      "\(name) by \(engine):\n\(markdown)\n\(html)")
  }

  @Test(arguments: outputs, MarkdownEngine.allCases)
  func outputRendersAsText(_ output: Output, engine: MarkdownEngine) throws {
    let folder = try Self.workspace()
    let r = try Binary.run(
      [output.arguments[0], "roadmap.csv"] + output.arguments.dropFirst() + Self.today, in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    // A Mermaid block is published inside a fence.
    let markdown = output.name == "mermaid" ? "```mermaid\n" + r.stdout + "```\n" : r.stdout
    #expect(!HTMLAudit.tableShapes(inMarkdown: markdown).isEmpty || output.name == "mermaid")
    try Self.audit(markdown, engine, output.name)
  }

  @Test(arguments: MarkdownEngine.allCases)
  func syncedPostRendersAsText(engine: MarkdownEngine) throws {
    let folder = try Self.workspace()
    let alt = "[x](javascript:alert(1)) <img src=x onerror=alert(1)>"
    let sync = ["sync", "post.md", "--roadmap", "roadmap.csv", "--alt", alt] + Self.today
    let r = try Binary.run(sync, in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let post = try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8)
    // The items without a track and 6 tracks, then the C# table and the SRE one.
    #expect(HTMLAudit.tableShapes(inMarkdown: post).count == 9)
    try Self.audit(post, engine, "post.md")
    // The post still has its own 4 markers only, so it syncs again.
    #expect(post.components(separatedBy: "<!-- studylog:end -->").count == 5)
    #expect(try Binary.run(sync, in: folder).status == 0)
  }

  @Test(arguments: MarkdownEngine.allCases)
  func reportFilesRenderAsText(engine: MarkdownEngine) throws {
    let folder = try Self.workspace()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    let r = try Binary.run(["report", "roadmap.csv", "--out-dir", "out"] + Self.today, in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    for name in ["summary.md", "week.md", "compare.md"] {
      let markdown = try String(
        contentsOf: folder.appendingPathComponent("out/roadmap-" + name), encoding: .utf8)
      try Self.audit(markdown, engine, name)
    }
  }

  /// The audit itself sees what unescaped text would do, engine by engine.
  @Test func theAuditSeesLiveMarkup() throws {
    let raw = """
      | a | b |
      |---|---|
      | <img src="x" onerror="alert(2)"> | [click](javascript:alert(1)) |
      | me@evil.example | *a*{: onclick="alert(4)"} |
      | --- | --- |
      | c | d |

      """
    let img = #"<img src="x" onerror="alert(2)" />"#
    #expect(
      HTMLAudit.problems(in: try MarkdownEngine.kramdown.html(raw)) == [
        "a link that is not http or https: \(img)", "an event handler attribute: \(img)",
        #"a link that is not http or https: <a href="javascript:alert(1)">"#,
        #"an event handler attribute: <em onclick="alert(4)">"#,
      ])
    #expect(
      HTMLAudit.problems(in: try MarkdownEngine.cmarkGFM.html(raw)) == [
        #"a link that is not http or https: <a href="">"#,
        #"a link that is not http or https: <a href="mailto:me@evil.example">"#,
      ])
    #expect(
      HTMLAudit.problems(in: "<p><iframe src=https://x.example></iframe></p>") == [
        "a live <iframe> tag: <iframe src=https://x.example>"
      ])
    // A <picture>'s <source> is checked like an <img>, each URL of its srcset (which may hold commas).
    let source =
      #"<source media="(prefers-color-scheme: dark)" srcset="https://a.example/x,dark.png 1x, javascript:alert(1) 2x">"#
    let picture = "<picture>" + source + #"<img src="https://a.example/x.png" alt="x"></picture>"#
    #expect(HTMLAudit.problems(in: picture) == ["a link that is not http or https: " + source])
    #expect(
      HTMLAudit.srcsetURLs("https://a.example/x,dark.png 1x, https://b.example/y.png,") == [
        "https://a.example/x,dark.png", "https://b.example/y.png",
      ])
    // kramdown reads the `---` row as a separator line: the row is gone.
    #expect(HTMLAudit.tableShapes(inHTML: try MarkdownEngine.kramdown.html(raw)) == [[2, 2, 2, 2]])
    #expect(HTMLAudit.tableShapes(inMarkdown: raw) == [[2, 2, 2, 2, 2]])
  }
}
