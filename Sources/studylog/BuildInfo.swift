/// What `studylog --version` prints: the release and the commit the binary was built from.
enum BuildInfo {
  /// The release. This is the one place it is written: `scripts/package` asks the binary it built
  /// for it and names the package after it.
  static let version = "0.1.0"

  /// The commit, from `BuildCommit.swift`, which only `scripts/package` fills in.
  static let commit = buildCommit

  /// `studylog 0.1.0 (commit 0123456789ab)`; a plain `swift build` cannot know its commit and says
  /// so rather than guess.
  static var versionLine: String {
    "studylog \(version) (commit \(commit ?? "unknown: not built by scripts/package"))"
  }
}
