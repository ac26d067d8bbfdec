import ArgumentParser
import StudyLog
import StudyLogConfig

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog init`: a commented starter config file beside the roadmap.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented starter config file (studylog.yml) beside the roadmap.",
    discussion: """
      Every setting is there, commented out, except the title. An existing file is left as it is \
      (exit 73).
      """)

  @Argument(help: "The roadmap CSV file the config is for.")
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Where to write. Default: studylog.yml beside the roadmap.", valueName: "file"))
  var output: String?

  func validate() throws {
    if file == "-" { throw ValidationError("give the roadmap's file, not standard input") }
  }

  func run() throws {
    // The roadmap must be there: a mistyped name would leave a config for nothing.
    _ = try InputFile.snapshot(file)
    let url = URL(fileURLWithPath: file)
    let path =
      output
      ?? WorkingDirectory.relative(
        url.deletingLastPathComponent().appendingPathComponent(ConfigFile.ownName).path)
    let title = Roadmap.defaultTitle(forFile: file, workingDirectory: WorkingDirectory.path)
    let text = StarterConfig.text(roadmap: url.lastPathComponent, title: title)
    guard try OutputFile.create(Array(text.utf8), at: path) else {
      throw WriteError.cannotWrite(path, reason: "it exists; studylog init does not overwrite a config")
    }
    Console.print(path + "\n")
  }
}
