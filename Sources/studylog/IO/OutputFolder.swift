#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The folders outputs go into.
enum OutputFolder {
  /// Creates `path` and the folders above it that are missing; a file in the way, or a folder
  /// that cannot be made, is `WriteError.cannotWrite` (exit 73).
  static func create(_ path: String) throws {
    guard !path.isEmpty, path != "." else { return }
    var isFolder = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      if isFolder { return }
      throw WriteError.cannotWrite(path, reason: "it is a file, not a folder")
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      // The system's reason (`not a directory`), not Foundation's "operation could not be completed".
      let code = ((error as? CocoaError)?.underlying as? POSIXError)?.code.rawValue ?? 0
      let reason = Errno.reason(code, otherwise: "\(error)")
      throw WriteError.cannotWrite(path, reason: "cannot create the folder: " + reason)
    }
  }
}
