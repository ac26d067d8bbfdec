import ArgumentParser
import Foundation
import StudyLog

/// `--sessions FILE`: the session log; when not given, `sessions.csv` beside the roadmap.
struct SessionsOption: ParsableArguments {
  @Option(
    name: .customLong("sessions"),
    help: ArgumentHelp("The session log. Default: sessions.csv beside the roadmap.", valueName: "file"))
  var file: String?

  /// The log as an input that no output may overwrite: `-` (none) unless named.
  var input: String { file ?? "-" }

  /// The log's path, and whether the user named it (a named log must exist); nil when the
  /// roadmap comes from standard input and no log is named.
  func path(roadmap: String) -> (path: String, named: Bool)? {
    if let file { return (file, true) }
    guard roadmap != "-" else { return nil }
    let beside = URL(fileURLWithPath: roadmap).deletingLastPathComponent().appendingPathComponent(
      "sessions.csv")
    return (WorkingDirectory.relative(beside.path), false)
  }

  /// The log's sessions (read within `InputLimits`), or nil when no log is named and none is
  /// beside the roadmap. Prints the log's diagnostics to standard error; throws
  /// `InputError.reported` when it has errors.
  func load(roadmapFile: String, roadmap: Roadmap, today: Day) throws -> [Session]? {
    guard let (path, named) = path(roadmap: roadmapFile) else { return nil }
    if !named && !FileManager.default.fileExists(atPath: path) { return nil }
    let bytes = try LimitedInput.read(path, source: path, kind: .sessionLog)
    let loaded = SessionLog.load(bytes: bytes, source: path, roadmap: roadmap, today: today)
    Console.printDiagnostics(loaded.diagnostics)
    if loaded.hasErrors { throw InputError.reported }
    return loaded.sessions
  }
}
