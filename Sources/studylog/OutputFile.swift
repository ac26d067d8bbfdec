import ArgumentParser
import Foundation

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
      throw Console.fail(
        "cannot write '\(path)': \(String(cString: strerror(errno)).lowercased())", ExitStatus.cannotCreate)
    }
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno)).lowercased()
      unlink(temporary.path)
      throw Console.fail("cannot write '\(path)': \(reason)", ExitStatus.cannotCreate)
    }
  }
}
