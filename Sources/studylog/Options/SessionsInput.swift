import ArgumentParser
import Foundation
import StudyLog

/// Where the session log is: `--sessions FILE`, else `sessions.csv` beside the roadmap.
enum SessionsInput {
  /// The log's path, and whether the user named it (a named log must exist).
  static func path(option: String?, roadmap: String) -> (path: String, named: Bool)? {
    if let option { return (option, true) }
    guard roadmap != "-" else { return nil }
    let beside = URL(fileURLWithPath: roadmap).deletingLastPathComponent().appendingPathComponent(
      "sessions.csv")
    return (relativeIfPossible(beside.path), false)
  }

  /// Loads the log when there is one; prints its diagnostics to standard error. Exits 65 on errors
  /// and 66 when a named log cannot be read.
  static func load(option: String?, roadmapFile: String, roadmap: Roadmap, today: Day) throws -> [Session]? {
    guard let (path, named) = path(option: option, roadmap: roadmapFile) else { return nil }
    if !named && !FileManager.default.fileExists(atPath: path) { return nil }
    let bytes = try Console.readInput(path)
    let loaded = SessionLog.load(bytes: bytes, source: path, roadmap: roadmap, today: today)
    for d in loaded.diagnostics { Console.printError(Console.styled(d)) }
    if loaded.hasErrors { throw ExitStatus.dataError }
    return loaded.sessions
  }

  /// `reports/x/sessions.csv` rather than an absolute path, when it is below the working folder.
  static func relativeIfPossible(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
  }
}

extension WeekStart: ExpressibleByArgument {}
extension ComparisonSort: ExpressibleByArgument {}
