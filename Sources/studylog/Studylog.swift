import ArgumentParser
import StudyLog
import StudyLogCairo

/// The `studylog` command: the subcommands, and how their failures are reported.
@main
struct Studylog: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "studylog",
    abstract: "Turn a study or career roadmap kept in a CSV file into reports and charts.",
    discussion: """
      Exit codes: 0 ok, 64 usage, 65 invalid input data, 66 input missing or unreadable, 69 a \
      needed font is missing (doctor), 73 cannot write output.
      """,
    version: BuildInfo.versionLine,
    subcommands: [
      ReportCommand.self, ChartCommand.self, WeekCommand.self, CompareCommand.self, LogCommand.self,
      SummaryCommand.self, CheckCommand.self, ImportCommand.self, ExportCommand.self, SyncCommand.self,
      DoctorCommand.self, InitCommand.self,
    ]
  )

  /// The subcommands that draw with Pango: fontconfig's set-up starts before their arguments
  /// are parsed (see `FontConfiguration.start`).
  static let drawingCommands: Set<String> = ["chart", "report", "doctor"]

  /// Parses and runs the subcommand. A `StudyLogError` is printed once, as `studylog: error: …`,
  /// and exits with its code; ArgumentParser reports every other error.
  static func main() async {
    if let name = CommandLine.arguments.dropFirst().first, drawingCommands.contains(name) {
      FontConfiguration.start()
    }
    do {
      var command = try parseAsRoot()
      if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch let error as StudyLogError {
      Console.report(error)
      exit(withError: ExitCode(error.exitCode))
    } catch {
      exit(withError: error)
    }
  }
}
