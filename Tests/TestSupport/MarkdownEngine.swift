import Foundation

/// The markdown engines studylog's markdown is published with, run as processes: kramdown 2.4
/// with its GFM parser (what GitHub Pages runs, `kramdown --input GFM`) and cmark-gfm with
/// GitHub's extensions (what GitHub runs), the latter also with `--unsafe`, which passes raw HTML
/// through as a renderer without GitHub's sanitiser would. `scripts/setup --tests` installs them
/// (Debian: ruby-kramdown, ruby-kramdown-parser-gfm, cmark-gfm).
public enum MarkdownEngine: String, CaseIterable, Sendable, CustomStringConvertible {
  case kramdown
  case cmarkGFM = "cmark-gfm"
  case cmarkGFMUnsafe = "cmark-gfm --unsafe"

  public var description: String { rawValue }

  /// Why the tests that render markdown are skipped when an engine is missing.
  public static let missing =
    "kramdown (ruby-kramdown, ruby-kramdown-parser-gfm) or cmark-gfm is not installed: run scripts/setup --tests"

  /// Whether both engines run.
  public static let isAvailable: Bool = {
    guard let ruby, cmark != nil else { return false }
    let probe = try? Run(
      executable: ruby, arguments: ["-rkramdown", "-rkramdown-parser-gfm", "-e", "exit 0"])
    return probe?.status == 0
  }()

  /// The HTML the engine makes of `markdown`.
  public func html(_ markdown: String) throws -> String {
    let (tool, arguments): (URL?, [String])
    switch self {
    case .kramdown:
      (tool, arguments) = (
        Self.ruby,
        [
          "-E", "UTF-8:UTF-8", "-rkramdown", "-rkramdown-parser-gfm", "-e",
          #"print Kramdown::Document.new($stdin.read, input: "GFM").to_html"#,
        ]
      )
    case .cmarkGFM:
      (tool, arguments) = (Self.cmark, ["-e", "table", "-e", "autolink", "-e", "strikethrough"])
    case .cmarkGFMUnsafe:
      (tool, arguments) = (Self.cmark, ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough"])
    }
    guard let tool else { throw MarkdownEngineError(message: Self.missing) }
    let r = try Run(executable: tool, arguments: arguments, stdin: Data(markdown.utf8))
    guard r.status == 0 else {
      throw MarkdownEngineError(message: "\(rawValue) exited with \(r.status): \(r.stderr)")
    }
    return r.stdout
  }

  private static let ruby = onPath("ruby")
  private static let cmark = onPath("cmark-gfm")

  private static func onPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}

/// A markdown engine is missing or failed.
public struct MarkdownEngineError: Error, CustomStringConvertible {
  /// What went wrong, with the engine's own message.
  public let message: String
  public var description: String { message }
}
