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
      Every setting is there, commented out, except the title, which is in the language the \
      roadmap's charts and reports get (--locale, else Korean when most titles hold Hangul). An \
      existing file is left as it is (exit 73).
      """)

  @Argument(help: "The roadmap CSV file the config is for.")
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Where to write. Default: studylog.yml beside the roadmap.", valueName: "file"))
  var output: String?

  @OptionGroup var locale: LocaleOption

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
    // Refused before the roadmap is read (`create` below still refuses a file made meanwhile).
    guard case .new = try OutputTarget.resolve(path) else { throw Self.exists(path) }
    // The title's language is the one the roadmap's outputs get once this file, which sets no
    // locale, is the nearest config: its titles' (errors in the file do not matter here, and the
    // day only dates warnings, which are not shown).
    let bytes = try LimitedInput.read(file, source: file, kind: .roadmap)
    let loaded = Roadmap.load(bytes: bytes, source: file, today: Day(daysSinceEpoch: 0))
    let language = locale.language(for: loaded.roadmap)
    let title = Roadmap.defaultTitle(
      forFile: file, workingDirectory: WorkingDirectory.path, language: language)
    let text = StarterConfig.text(roadmap: url.lastPathComponent, title: title)
    guard try OutputFile.create(Array(text.utf8), at: path) else { throw Self.exists(path) }
    Console.print(path + "\n")
  }

  static func exists(_ path: String) -> WriteError {
    .cannotWrite(path, reason: "it exists; studylog init does not overwrite a config")
  }
}
