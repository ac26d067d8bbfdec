import ArgumentParser

@main
struct Studylog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "studylog",
    abstract: "Turn a study or career roadmap kept in a CSV file into reports and charts.",
    discussion: """
      Exit codes: 0 ok, 64 usage, 65 invalid input data, 66 input missing or unreadable, 69 a \
      needed font is missing (doctor), 73 cannot write output.
      """,
    version: "0.1.0",
    subcommands: [
      ReportCommand.self, Chart.self, WeekCommand.self, CompareCommand.self, LogCommand.self, Summary.self,
      Check.self, ImportCommand.self, ExportCommand.self, SyncCommand.self, Doctor.self,
    ]
  )
}
