import ArgumentParser
import Foundation
import Glibc
import StudyLog

/// Writes outputs atomically: to a temporary file in the destination folder, then renamed over
/// the target, so that a failure never leaves a half-written file. Refuses to overwrite an input.
enum OutputFile {
  static func write(_ data: Data, to path: String, inputs: [String]) throws {
    let target = URL(fileURLWithPath: path).standardizedFileURL
    for input in inputs where input != "-" {
      let inputURL = URL(fileURLWithPath: input).standardizedFileURL
      if inputURL.resolvingSymlinksInPath().path == target.resolvingSymlinksInPath().path {
        throw Console.fail("refusing to write over the input file '\(path)'", ExitStatus.cannotCreate)
      }
    }
    let temporary = try temporaryFile(beside: target, named: path, holding: data)
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno)).lowercased()
      unlink(temporary.path)
      throw Console.fail("cannot write '\(path)': \(reason)", ExitStatus.cannotCreate)
    }
  }

  /// Appends `bytes` in one `write` on a file opened for appending. Refuses a read-only file (even
  /// as root); on a short write, cuts the file back to its old length.
  static func append(_ bytes: [UInt8], to path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else { throw failure("cannot append to '\(path)'") }
    if info.st_mode & S_IWUSR == 0 {
      throw Console.fail("cannot append to '\(path)': the file is read-only", ExitStatus.cannotCreate)
    }
    let fd = open(path, O_WRONLY | O_APPEND)
    guard fd >= 0 else { throw failure("cannot append to '\(path)'") }
    defer { close(fd) }
    let before = lseek(fd, 0, SEEK_END)
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    if written != bytes.count {
      let error = failure("cannot append to '\(path)'")
      if written > 0 { _ = ftruncate(fd, before) }
      throw error
    }
  }

  /// Creates a file that must not exist yet: written to a temporary file, then linked into place
  /// (which fails rather than replace a file another run created meanwhile).
  static func create(_ bytes: [UInt8], at path: String) throws {
    let target = URL(fileURLWithPath: path).standardizedFileURL
    let temporary = try temporaryFile(beside: target, named: path, holding: Data(bytes))
    defer { unlink(temporary.path) }
    if link(temporary.path, target.path) != 0 {
      if errno == EEXIST {
        // Another run created it meanwhile: append to it instead.
        let existing = Array(try Data(contentsOf: target))
        let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        try append(StudyLog.SessionLog.appendix(line: line, existing: existing), to: path)
        return
      }
      throw failure("cannot write '\(path)'")
    }
  }

  /// Writes `data` to a new temporary file in `target`'s folder, which must exist; `path` is the
  /// target as the user named it, for messages.
  private static func temporaryFile(beside target: URL, named path: String, holding data: Data) throws -> URL
  {
    let folder = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw Console.fail(
        "cannot write '\(path)': folder '\(folder.path)' does not exist", ExitStatus.cannotCreate)
    }
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
      throw failure("cannot write '\(path)'")
    }
    return temporary
  }

  /// The error for the last failed system call, as `message: reason` with exit 73.
  private static func failure(_ message: String) -> ExitCode {
    Console.fail("\(message): \(String(cString: strerror(errno)).lowercased())", ExitStatus.cannotCreate)
  }
}
