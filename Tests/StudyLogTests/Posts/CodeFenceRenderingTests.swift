import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// Which studylog markers of a post are live, against what the two renderers of a post show:
/// cmark-gfm (GitHub) and kramdown 2.4 with kramdown-parser-gfm (Jekyll on GitHub Pages). A marker
/// is live for `sync` exactly when both renderers keep it as an HTML comment, rather than show it
/// as code. Skipped, naming the commands, when they are not installed (Debian: cmark-gfm,
/// ruby-kramdown, ruby-kramdown-parser-gfm).
@Suite struct CodeFenceRenderingTests {
  /// Lines that open, close or look like fences in either reading, and others.
  static let pieces = [
    "text", "", "```", "~~~", "````", "```md", "~~~ x", "  ```", " ~~~~", "~~~ a b", "``` a b", "`~`",
    "~~~~~",
    "| a | b |", "# head",
  ]

  static let cmark = onPath("cmark-gfm")
  static let ruby = onPath("ruby")

  @Test(.enabled(if: cmark != nil && ruby != nil, "cmark-gfm or ruby (with kramdown) is not installed"))
  func liveMarkersAreThoseBothRenderersKeepAsComments() throws {
    var generator = SeededGenerator(state: 9)
    var posts: [String] = []
    for _ in 0..<300 {
      var lines: [String] = []
      for i in 0..<Int.random(in: 1...12, using: &generator) {
        if Double.random(in: 0..<1, using: &generator) < 0.35 {
          let indent = String(repeating: " ", count: [0, 0, 0, 1, 3].randomElement(using: &generator)!)
          lines.append("\(indent)<!-- studylog:end id=\(i) -->")
        } else {
          lines.append(Self.pieces.randomElement(using: &generator)!)
        }
      }
      posts.append(lines.joined(separator: "\n") + "\n")
    }
    let kramdown = try renderWithKramdown(posts)
    for (post, kramdownHTML) in zip(posts, kramdown) {
      let cmarkHTML = try Run(executable: Self.cmark!, arguments: ["--unsafe"], stdin: Data(post.utf8)).stdout
      let kept = comments(in: cmarkHTML).intersection(comments(in: kramdownHTML))
      let lines = Markdown.lines(post)
      let fenced = CodeFence.fencedLines(lines)
      let live = Set(lines.indices.filter { !fenced[$0] && PostMarker.parse(lines[$0], index: $0) != nil })
      #expect(live == kept, "\(post.debugDescription)")
    }
  }

  /// The line numbers (0-based) of the markers kept as comments in `html`.
  func comments(in html: String) -> Set<Int> {
    let regex = try! NSRegularExpression(pattern: #"<!-- studylog:end id=(\d+) -->"#)
    return Set(
      regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
        Range($0.range(at: 1), in: html).flatMap { Int(html[$0]) }
      })
  }

  /// Each post's HTML from kramdown's GFM parser, in one Ruby process.
  func renderWithKramdown(_ posts: [String]) throws -> [String] {
    let script = """
      require "json"; require "kramdown"; require "kramdown-parser-gfm"
      print JSON.generate(JSON.parse(STDIN.read).map { |p| Kramdown::Document.new(p, input: "GFM").to_html })
      """
    let run = try Run(
      executable: Self.ruby!, arguments: ["-e", script], stdin: try JSONEncoder().encode(posts))
    guard run.status == 0 else { throw RenderingError(message: run.stderr) }
    return try JSONDecoder().decode([String].self, from: Data(run.stdout.utf8))
  }

  static func onPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}

/// kramdown could not render the posts.
struct RenderingError: Error {
  let message: String
}
