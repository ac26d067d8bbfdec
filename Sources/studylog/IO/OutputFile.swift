import Foundation
import Glibc

/// Writes outputs atomically: to a temporary file in the destination folder, then renamed over
/// the target, so that a failure never leaves a half-written file. Refuses to overwrite an input.
enum OutputFile {
  static func write(_ data: Data, to path: String, inputs: [String]) throws(WriteError) {
    let target = URL(fileURLWithPath: path).standardizedFileURL
    for input in inputs where input != "-" {
      let inputURL = URL(fileURLWithPath: input).standardizedFileURL
      if inputURL.resolvingSymlinksInPath().path == target.resolvingSymlinksInPath().path {
        throw .overwritingInput(path)
      }
    }
    let temporary = try temporaryFile(beside: target, named: path, holding: data)
    if rename(temporary.path, target.path) != 0 {
      let reason = WriteError.systemReason
      unlink(temporary.path)
      throw .cannotWrite(path, reason: reason)
    }
  }

  /// Appends `bytes` in one `write` on a file opened for appending. Refuses a read-only file (even
  /// as root); on a short write, cuts the file back to its old length.
  static func append(_ bytes: [UInt8], to path: String) throws(WriteError) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw .cannotAppend(path, reason: WriteError.systemReason) }
    if info.st_mode & S_IWUSR == 0 { throw .readOnly(path) }
    let fd = open(path, O_WRONLY | O_APPEND)
    guard fd >= 0 else { throw .cannotAppend(path, reason: WriteError.systemReason) }
    defer { close(fd) }
    let before = lseek(fd, 0, SEEK_END)
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    if written != bytes.count {
      let reason = WriteError.systemReason
      if written > 0 { _ = ftruncate(fd, before) }
      throw .cannotAppend(path, reason: reason)
    }
  }

  /// Creates a file that must not exist yet: written to a temporary file, then linked into place
  /// (which fails rather than replace a file another run created meanwhile). When another run
  /// did create it, appends `appendix(existing)` to it instead, `existing` being its content.
  static func create(
    _ bytes: [UInt8], at path: String, orAppend appendix: (_ existing: [UInt8]) -> [UInt8]
  ) throws(WriteError) {
    let target = URL(fileURLWithPath: path).standardizedFileURL
    let temporary = try temporaryFile(beside: target, named: path, holding: Data(bytes))
    defer { unlink(temporary.path) }
    if link(temporary.path, target.path) != 0 {
      guard errno == EEXIST else { throw .cannotWrite(path, reason: WriteError.systemReason) }
      let existing: Data
      do {
        existing = try Data(contentsOf: target)
      } catch {
        throw .cannotAppend(path, reason: error.localizedDescription)
      }
      try append(appendix(Array(existing)), to: path)
    }
  }

  /// Writes `data` to a new temporary file in `target`'s folder, which must exist; `path` is the
  /// target as the user named it, for messages.
  private static func temporaryFile(
    beside target: URL, named path: String, holding data: Data
  ) throws(WriteError) -> URL {
    let folder = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .noFolder(path, folder: folder.path)
    }
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
      throw .cannotWrite(path, reason: WriteError.systemReason)
    }
    return temporary
  }
}
