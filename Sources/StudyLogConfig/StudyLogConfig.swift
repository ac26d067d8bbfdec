import StudyLog

/// A validated config file: settings for every roadmap it covers, and settings for particular
/// roadmaps under `roadmaps:`, keyed by their path relative to the config file's folder.
///
/// Read from `studylog.yml` beside a roadmap, or from the `studylog:` key of a Jekyll site's
/// `_config.yml` (`ConfigParser`); paths in it are relative to the file's folder.
public struct StudyLogConfig: Equatable, Sendable {
  /// The file's name as messages give it.
  public var source: String
  /// Settings for every roadmap.
  public var defaults: RoadmapSettings
  /// Settings for one roadmap, by its path relative to the config file's folder (`./` dropped).
  public var roadmaps: [String: RoadmapSettings]
  /// Where each key of `roadmaps:` is written: line and column, 1-based.
  public var roadmapPlaces: [String: [Int]] = [:]

  public init(
    source: String, defaults: RoadmapSettings = RoadmapSettings(), roadmaps: [String: RoadmapSettings] = [:]
  ) {
    self.source = source
    self.defaults = defaults
    self.roadmaps = roadmaps
  }

  /// The settings for the roadmap at `path`, relative to the config file's folder: its own
  /// entry over the settings for every roadmap.
  public func settings(forRoadmap path: String) -> RoadmapSettings {
    let own = roadmaps[Self.normalized(path)] ?? RoadmapSettings()
    return own.over(defaults)
  }

  /// Warnings for the keys of `roadmaps:` that name no file (`exists` says whether a path relative
  /// to the config file's folder is there), with the closest of `candidates` (paths there too).
  public func missingRoadmaps(exists: (String) -> Bool, candidates: [String]) -> [Diagnostic] {
    roadmaps.keys.sorted().filter { !exists($0) }.map { path in
      var message = "roadmaps: '\(path)' names no file, so its settings are never used"
      if let close = Suggestion.closest(to: path, in: candidates) { message += "; did you mean '\(close)'?" }
      let place = roadmapPlaces[path] ?? []
      return Diagnostic(.warning, message, source: source, line: place.first, column: place.last)
    }
  }

  /// `path` without `./` components and repeated slashes.
  static func normalized(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
  }
}

/// A config file read from text, with every problem found in it.
public struct LoadedConfig: Sendable {
  /// The config, or nil when the file has errors or (for a site's `_config.yml`) no `studylog:` key.
  public var config: StudyLogConfig?
  public var diagnostics: [Diagnostic]

  public var hasErrors: Bool { diagnostics.hasErrors }
}
