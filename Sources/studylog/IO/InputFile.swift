import Foundation
import StudyLog

/// Reading inputs: a file, or standard input for `-`.
enum InputFile {
  /// The bytes of `path`, or of standard input for `-`.
  static func read(_ path: String) throws(ReadError) -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .noSuchFile(path)
    }
    if isDirectory.boolValue { throw .directory(path) }
    do {
      return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      let reason =
        FileManager.default.isReadableFile(atPath: path)
        ? "\(error.localizedDescription)" : "permission denied"
      throw .unreadable(path, reason: reason)
    }
  }

  /// The text of `path` (UTF-8, or any encoding `TextDecoder` reads) as a string. When it is
  /// not text, prints the problem as a diagnostic and throws `InputError.reported`.
  static func readText(_ path: String) throws -> String {
    let bytes = try read(path)
    switch TextDecoder.decode(bytes) {
    case .success(let decoded): return String(decoding: decoded.utf8, as: UTF8.self)
    case .failure(let e):
      let name = path == "-" ? "<stdin>" : path
      Console.printError(Diagnostic(.error, e.message, source: name, line: e.line).description)
      throw InputError.reported
    }
  }
}
