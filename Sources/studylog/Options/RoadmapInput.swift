import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The roadmap file and the day reports are computed for: shared by every subcommand.
struct RoadmapInput: ParsableArguments {
  @Argument(help: "The roadmap CSV file, or - for standard input.")
  var file: String

  @OptionGroup var day: TodayOption

  /// The name diagnostics use for the input.
  var sourceName: String { file == "-" ? "<stdin>" : file }

  /// The title of charts and posts when none is given: from the file's name.

  /// The title of charts and reports in `language` when none is given: from the file's name.
  func defaultTitle(in language: Language) -> String {
    Roadmap.defaultTitle(forFile: file, workingDirectory: WorkingDirectory.path, language: language)
  }

  /// Reads (within `InputLimits`) and validates the roadmap; prints its diagnostics to standard
  /// error unless told otherwise.
  func load(printDiagnostics: Bool = true) throws -> (loaded: LoadedRoadmap, today: Day) {
    let today = try day.resolve().get()
    let bytes = try LimitedInput.read(file, source: sourceName, kind: .roadmap)
    let loaded = Roadmap.load(bytes: bytes, source: sourceName, today: today)
    if printDiagnostics { Console.printDiagnostics(loaded.diagnostics) }
    return (loaded, today)
  }

  /// Reads (within `InputLimits`) and checks the roadmap without keeping its items (`check`).
  func check() throws -> RoadmapCheck {
    let today = try day.resolve().get()
    let bytes = try LimitedInput.read(file, source: sourceName, kind: .roadmap)
    return RoadmapCheck(bytes: bytes, source: sourceName, today: today)
  }

  /// The roadmap and today; throws `InputError.reported` (after printing the diagnostics) when
  /// the file has errors.
  func loadValid() throws -> (roadmap: Roadmap, today: Day) {
    let (loaded, today) = try load()
    if loaded.hasErrors { throw InputError.reported }
    return (loaded.roadmap, today)
  }
}
