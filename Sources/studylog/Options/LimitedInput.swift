import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a roadmap or session log within `InputLimits`: a regular file larger than the limit is
/// refused before it is read, standard input is read no further than one byte past it, and what
/// was read is refused when it has too many lines.
enum LimitedInput {
  /// The bytes of `path` (`-` for standard input); `source` names it in messages.
  static func read(_ path: String, source: String, kind: InputLimits.Kind) throws -> [UInt8] {
    var info = stat()
    let found = path == "-" ? fstat(STDIN_FILENO, &info) == 0 : stat(path, &info) == 0
    let isRegular = found && (info.st_mode & S_IFMT) == S_IFREG
    if isRegular { try InputLimits.checkSize(Int(info.st_size), source: source, kind: kind) }
    // A pipe, a FIFO (`<(…)`) or a device has no size: read one byte more than the limit, so that
    // too much is refused without reading all of it (`/dev/zero` never ends).
    let bytes = try InputFile.read(path, limit: kind.maxBytes + 1)
    if !isRegular { try InputLimits.checkSize(bytes.count, source: source, kind: kind, isWhole: false) }
    try InputLimits.check(bytes, source: source, kind: kind)
    return bytes
  }

  /// The text of `path` (`-` for standard input), read within the limits of `kind` and decoded
  /// as `InputFile.readText` does; when it is not text, prints the problem as a diagnostic and
  /// throws `InputError.reported`.
  static func readText(_ path: String, kind: InputLimits.Kind) throws -> String {
    let name = path == "-" ? "<stdin>" : path
    let bytes = try read(path, source: name, kind: kind)
    switch TextDecoder.decode(bytes) {
    case .success(let decoded): return String(decoding: decoded.utf8, as: UTF8.self)
    case .failure(let e):
      Console.printError(Diagnostic(.error, e.message, source: name, line: e.line).description)
      throw InputError.reported
    }
  }
}
