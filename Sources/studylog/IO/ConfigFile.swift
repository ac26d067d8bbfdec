import StudyLog
import StudyLogConfig

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The config file that applies to a roadmap, read and validated: `--config FILE` when given,
/// else `studylog.yml` beside the roadmap, else the `studylog:` key of the `_config.yml` of the
/// first folder at or above the roadmap's that has one (a Jekyll site's root).
struct ConfigFile {
  /// The name of a config file of its own.
  static let ownName = "studylog.yml"
  /// A Jekyll site's config, and the key studylog reads in it.
  static let siteName = "_config.yml"
  static let siteKey = "studylog"

  /// The file's path as messages give it.
  let path: String
  /// Its folder, which the paths inside it are relative to.
  let folder: URL
  let config: StudyLogConfig

  /// The config for `roadmap` (`-` has none unless `named`), or nil when there is none. Prints
  /// the file's diagnostics to standard error (unless `quietly`) and throws
  /// `InputError.reported` when it has errors.
  static func find(for roadmap: String, named: String?, quietly: Bool = false) throws -> ConfigFile? {
    guard let (path, key) = locate(for: roadmap, named: named) else { return nil }
    return try read(path, siteKey: key, quietly: quietly)
  }

  /// The path of the file that holds `roadmap`'s config, and the key to read in it (for a site's
  /// `_config.yml`); nil when there is none. Reads no file.
  static func locate(for roadmap: String, named: String?) -> (path: String, siteKey: String?)? {
    if let named {
      let isSite = URL(fileURLWithPath: named).lastPathComponent == siteName
      return (named, isSite ? siteKey : nil)
    }
    guard roadmap != "-" else { return nil }
    var folder = URL(fileURLWithPath: roadmap).standardizedFileURL.deletingLastPathComponent()
    let own = folder.appendingPathComponent(ownName).path
    if FileManager.default.fileExists(atPath: own) { return (WorkingDirectory.relative(own), nil) }
    while true {
      let site = folder.appendingPathComponent(siteName).path
      if FileManager.default.fileExists(atPath: site) { return (WorkingDirectory.relative(site), siteKey) }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// Reads and validates the config at `path`; nil when `siteKey` is given and the file lacks it.
  private static func read(_ path: String, siteKey: String?, quietly: Bool) throws -> ConfigFile? {
    let text = try LimitedInput.readText(path, kind: .roadmap)
    let loaded = ConfigParser.parse(text, source: path, siteKey: siteKey)
    if !quietly { Console.printDiagnostics(loaded.diagnostics) }
    if loaded.hasErrors { throw InputError.reported }
    guard let config = loaded.config else { return nil }
    let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
    let folders = Set(config.roadmaps.keys.map { PathName.folder(of: $0) })
    let candidates = folders.flatMap { sub in
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? []
      return names.filter { $0.hasSuffix(".csv") }.map { sub.isEmpty ? $0 : sub + "/" + $0 }
    }
    if quietly { return ConfigFile(path: path, folder: folder, config: config) }
    Console.printDiagnostics(
      config.missingRoadmaps(
        exists: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) },
        candidates: candidates.sorted()))
    return ConfigFile(path: path, folder: folder, config: config)
  }

  /// The settings for `roadmap`, with the paths in them made relative to the working folder.
  func settings(for roadmap: String) -> RoadmapSettings {
    let url = URL(fileURLWithPath: roadmap).standardizedFileURL
    let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    let relative = url.path.hasPrefix(base) ? String(url.path.dropFirst(base.count)) : url.path
    var settings = config.settings(forRoadmap: relative)
    settings.sessions = settings.sessions.map(resolve)
    settings.reportFolder = settings.reportFolder.map(resolve)
    settings.imageFolder = settings.imageFolder.map(resolve)
    return settings
  }

  /// A path written in the file, as the working folder sees it.
  private func resolve(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let resolved = WorkingDirectory.relative(folder.appendingPathComponent(path).standardizedFileURL.path)
    return resolved.isEmpty ? "." : resolved
  }
}
