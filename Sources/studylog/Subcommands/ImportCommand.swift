import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog import`: the roadmap tables of a Jekyll post, as a roadmap CSV.
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

  @OptionGroup var day: TodayOption

  @OptionGroup var output: OutputOption

  func run() throws {
    let text = try LimitedInput.readText(post, kind: .post)
    let imported = PostImporter.load(
      markdown: text, source: post == "-" ? "<stdin>" : post, today: try day.resolve().get())
    Console.printDiagnostics(imported.diagnostics)
    if imported.hasErrors { throw InputError.reported }
    try output.emit(RoadmapWriter.csv(imported.roadmap), inputs: [post])
  }
}
