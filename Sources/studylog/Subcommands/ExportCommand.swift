import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog export`: the roadmap as markdown tables, a Mermaid gantt block or JSON.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the roadmap as markdown tables, a Mermaid gantt block, or JSON.",
    discussion: """
      markdown: a table per track under ### headings, dates as users write them, titles linked \
      to their url; import reads it back to the same roadmap. mermaid: a gantt block with the \
      today marker pinned to --today. json: the validated roadmap with derived status and slips.
      """)

  /// What to export the roadmap as.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, mermaid, json
  }

  @OptionGroup var input: RoadmapInput

  @Option(help: "markdown, mermaid or json.")
  var format: Format = .markdown

  @Option(help: "Dates in markdown: yy.mm.dd (24.02.01-24.03.30) or iso.")
  var dateStyle: DateStyle = .yymmdd

  @Option(help: "The roadmap's title (Mermaid, JSON). Default: from the file's name.")
  var title: String?

  @OptionGroup var locale: LocaleOption

  @OptionGroup var config: ConfigOption

  @OptionGroup var output: OutputOption

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    let words = try ReportWords(input, roadmap: roadmap, locale: locale, config: config, title: title)
    let (language, title) = (words.language, words.title)
    let text: String
    switch format {
    case .markdown: text = MarkdownExporter.markdown(roadmap, style: dateStyle, language: language)
    case .mermaid: text = MermaidExporter.gantt(roadmap, title: title, today: today, language: language)
    case .json: text = JSONExporter.json(roadmap, today: today, title: title)
    }
    try output.emit(text, inputs: [input.file])
  }
}
