import ArgumentParser
import StudyLog

/// `studylog check`: every problem in a roadmap file, one line each, then a count.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report every problem in a roadmap file.",
    discussion: """
      Prints one line per problem in the compiler format editors understand \
      (file:line:column: error: message), then a count. Exits 65 when there are errors.
      """)

  @OptionGroup var input: RoadmapInput

  @Flag(help: "Treat warnings as errors (exit 65 when there are any).")
  var warningsAsErrors = false

  func run() throws {
    // The items are not kept: only what the checks across rows need (`RoadmapCheck`).
    let checked = try input.check()
    var out = ""
    // Diagnostics quote cells: a control character in one is shown, never acted on.
    for d in checked.diagnostics { out += TerminalText.visible(d.description) + "\n" }
    let errors = checked.diagnostics.errorCount
    let warnings = checked.diagnostics.warningCount
    let items = checked.items
    out +=
      "\(input.sourceName): \(items) item\(items == 1 ? "" : "s"), "
      + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    Console.print(out)
    if errors > 0 || (warningsAsErrors && warnings > 0) { throw InputError.reported }
  }
}
