import ArgumentParser
import StudyLogConfig

/// `--config FILE`: the config file to use instead of the one found beside the roadmap (or in a
/// Jekyll site's `_config.yml` above it); `--no-config` to use none.
struct ConfigOption: ParsableArguments {
  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "The config file. Default: studylog.yml beside the roadmap, else the studylog: key of the "
        + "_config.yml of the nearest folder above that has one.",
      valueName: "file"))
  var file: String?

  @Flag(name: .customLong("no-config"), help: "Use no config file.")
  var ignore = false

  func validate() throws {
    if ignore && file != nil { throw ValidationError("give --config or --no-config, not both") }
  }

  /// The config for `roadmap`, or nil; `quietly` prints none of its diagnostics.
  func load(for roadmap: String, quietly: Bool = false) throws -> ConfigFile? {
    ignore ? nil : try ConfigFile.find(for: roadmap, named: file, quietly: quietly)
  }

  /// The settings for `roadmap` (none when there is no config).
  func settings(for roadmap: String, quietly: Bool = false) throws -> (
    file: ConfigFile?, settings: RoadmapSettings
  ) {
    let file = try load(for: roadmap, quietly: quietly)
    return (file, file?.settings(for: roadmap) ?? RoadmapSettings())
  }
}
