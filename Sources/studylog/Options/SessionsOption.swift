import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--sessions FILE`: the session log. When not given: the config's `sessions`, else the
/// roadmap's own log beside it (`career-map.csv` → `career-map.sessions.csv`), else a
/// `sessions.csv` beside it that several roadmaps share (from before each had its own).
struct SessionsOption: ParsableArguments {
  @Option(
    name: .customLong("sessions"),
    help: ArgumentHelp(
      "The session log. Default: the config's, else ROADMAP.sessions.csv beside the roadmap (or a shared "
        + "sessions.csv there).",
      valueName: "file"))
  var file: String?

  /// The log as an input that no output may overwrite: `-` (none) unless named.
  var input: String { file ?? "-" }

  /// Where a roadmap's session log is.
  struct Location {
    var path: String
    /// Whether the user named it with `--sessions` (then it must exist).
    var named: Bool
    /// Whether it is the shared `sessions.csv`, where items of other roadmaps are warnings.
    var shared: Bool
  }

  /// The log of `roadmap`, whose config names `configured` (relative to the working folder); nil
  /// when the roadmap comes from standard input and no log is named.
  func locate(roadmap: String, configured: String? = nil) -> Location? {
    if let file { return Location(path: file, named: true, shared: false) }
    if let configured { return Location(path: configured, named: false, shared: false) }
    guard roadmap != "-" else { return nil }
    let url = URL(fileURLWithPath: roadmap)
    let folder = url.deletingLastPathComponent()
    let own = WorkingDirectory.relative(
      folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".sessions.csv").path)
    let shared = WorkingDirectory.relative(folder.appendingPathComponent("sessions.csv").path)
    // A link counts even when it points to a log not yet made.
    func exists(_ path: String) -> Bool { (try? FileManager.default.attributesOfItem(atPath: path)) != nil }
    if !exists(own) && exists(shared) {
      return Location(path: shared, named: false, shared: true)
    }
    return Location(path: own, named: false, shared: false)
  }

  /// The log's sessions (read within `InputLimits`), or nil when no log is named and there is
  /// none where it would be. Prints the log's diagnostics to standard error; throws
  /// `InputError.reported` when it has errors.
  func load(roadmapFile: String, roadmap: Roadmap, today: Day, configured: String? = nil) throws -> [Session]?
  {
    guard let location = locate(roadmap: roadmapFile, configured: configured) else { return nil }
    if !location.named && !FileManager.default.fileExists(atPath: location.path) { return nil }
    let bytes = try LimitedInput.read(location.path, source: location.path, kind: .sessionLog)
    let loaded = SessionLog.load(
      bytes: bytes, source: location.path, roadmap: roadmap, today: today,
      shared: location.shared ? OtherRoadmaps.sharing(location.path, with: roadmapFile, today: today) : nil)
    Console.printDiagnostics(loaded.diagnostics)
    if loaded.hasErrors { throw InputError.reported }
    return loaded.sessions
  }
}
