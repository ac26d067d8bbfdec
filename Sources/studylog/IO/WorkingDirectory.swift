#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The folder the command runs in, for paths as the user would write them.
enum WorkingDirectory {
  static var path: String { FileManager.default.currentDirectoryPath }

  /// `reports/x/sessions.csv` rather than an absolute path, when it is below the working folder.
  /// The working folder itself is `.`.
  static func relative(_ path: String) -> String {
    if path == Self.path || path == Self.path + "/" { return "." }
    let cwd = Self.path + "/"
    return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
  }
}
