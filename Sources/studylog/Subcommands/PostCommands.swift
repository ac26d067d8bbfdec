import ArgumentParser
import Foundation
import StudyLog

extension DateStyle: ExpressibleByArgument {}

/// Reads a post (UTF-8, any line endings) for import and sync. Exits 66 when unreadable, 65
/// when not text.
func readPost(_ path: String) throws -> String {
  let bytes = try Console.readInput(path)
  switch TextDecoder.decode(bytes) {
  case .success(let decoded): return String(decoding: decoded.utf8, as: UTF8.self)
  case .failure(let e):
    let name = path == "-" ? "<stdin>" : path
    Console.printError(Diagnostic(.error, e.message, source: name, line: e.line).description)
    throw ExitStatus.dataError
  }
}

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read the roadmap tables of a Jekyll post into a roadmap CSV.",
    discussion: """
      Skips the front matter and reads every pipe table with a Title (or URL) column; the nearest \
      heading above a table is the track of its rows. Problems come with the post's line numbers.
      """)

  @Argument(help: "The post (markdown), or - for standard input.")
  var post: String

  @OptionGroup var output: ReportOutput

  func run() throws {
    let text = try readPost(post)
    let imported = PostImporter.load(markdown: text, source: post == "-" ? "<stdin>" : post)
    for d in imported.diagnostics { Console.printError(Console.styled(d)) }
    if imported.hasErrors { throw ExitStatus.dataError }
    try output.emit(RoadmapWriter.csv(imported.roadmap), inputs: [post])
  }
}

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the roadmap as markdown tables, a Mermaid gantt block, or JSON.",
    discussion: """
      markdown: a table per track under ### headings, dates as users write them, titles linked \
      to their url; import reads it back to the same roadmap. mermaid: a gantt block with the \
      today marker pinned to --today. json: the validated roadmap with derived status and slips.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, mermaid, json
  }

  @OptionGroup var input: RoadmapInput

  @Option(help: "markdown, mermaid or json.")
  var format: Format = .markdown

  @Option(help: "Dates in markdown: yy.mm.dd (24.02.01-24.03.30) or iso.")
  var dateStyle: DateStyle = .yymmdd

  @Option(help: "The Mermaid chart's title. Default: from the file's name.")
  var title: String?

  @OptionGroup var output: ReportOutput

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    let text: String
    switch format {
    case .markdown: text = MarkdownExporter.markdown(roadmap, style: dateStyle)
    case .mermaid:
      text = MermaidExporter.gantt(
        roadmap, title: title ?? Chart.defaultTitle(for: input.file), today: today)
    case .json: text = JSONExporter.json(roadmap, today: today)
    }
    try output.emit(text, inputs: [input.file])
  }
}

struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Refresh the parts of a post between studylog markers from the roadmap.",
    discussion: """
      Replaces what stands between <!-- studylog:table track=SRE --> (or without track=, every \
      track) and <!-- studylog:end --> with the exported table, keeping the header row already \
      there; and between <!-- studylog:image src=PATH --> and <!-- studylog:end --> with the image \
      tag. Every other byte stays. With --check, changes nothing and exits 1 when the post is out \
      of date.
      """)

  @Argument(help: "The post to update.")
  var post: String

  @Option(help: ArgumentHelp("The roadmap CSV.", valueName: "file"))
  var roadmap: String

  @Flag(help: "Change nothing; exit 1 when the post is out of date (for a blog's CI).")
  var check = false

  @Option(help: "Dates in tables: yy.mm.dd or iso.")
  var dateStyle: DateStyle = .yymmdd

  @Option(help: ArgumentHelp("Today, for the roadmap's checks (YYYY-MM-DD).", valueName: "day"))
  var today: String?

  @Option(help: "The image's alt text. Default: the title from the roadmap's file name.")
  var alt: String?

  func validate() throws {
    if post == "-" { throw ValidationError("sync edits a file in place: give its path, not -") }
  }

  func run() throws {
    let roadmapInput = try RoadmapInput.parse([roadmap] + (today.map { ["--today", $0] } ?? []))
    let (loaded, _) = try roadmapInput.loadValid()
    let text = try readPost(post)
    let outcome = PostSync.sync(
      post: text, source: post, roadmap: loaded, style: dateStyle,
      imageAlt: alt ?? Chart.defaultTitle(for: roadmap))
    for d in outcome.diagnostics { Console.printError(Console.styled(d)) }
    if outcome.diagnostics.hasErrors { throw ExitStatus.dataError }
    if outcome.blocks == 0 {
      Console.printError(
        "studylog: warning: \(post) has no <!-- studylog:table --> or <!-- studylog:image --> markers")
    }
    if check {
      if outcome.changed {
        Console.printError("\(post) is out of date with \(roadmap); run studylog sync to update it")
        throw ExitCode(1)
      }
      return
    }
    if outcome.changed {
      try OutputFile.write(Data(outcome.text.utf8), to: post, inputs: [roadmap])
      Console.print("updated \(post) (\(outcome.blocks) marked part\(outcome.blocks == 1 ? "" : "s"))\n")
    } else {
      Console.print("\(post) is up to date\n")
    }
  }
}
