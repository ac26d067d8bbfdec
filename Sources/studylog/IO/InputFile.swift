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

/// Reading inputs: a file, or standard input for `-`. Anything that can be opened and read is
/// read to its end: regular files, `/dev/stdin`, FIFOs, process substitutions (`<(…)`).
enum InputFile {
  /// The bytes of `path`, or of standard input for `-`: all of them, or the first `limit`.
  static func read(_ path: String, limit: Int = .max) throws(ReadError) -> [UInt8] {
    try snapshot(path, limit: limit).bytes
  }

  /// The bytes of `path` (standard input for `-`), all of them or the first `limit`, with the
  /// identity of the file they came from.
  static func snapshot(_ path: String, limit: Int = .max) throws(ReadError) -> FileSnapshot {
    // Messages call standard input what diagnostics call it.
    let name = path == "-" ? "<stdin>" : path
    let fd: Int32
    if path == "-" {
      fd = STDIN_FILENO
    } else {
      fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { throw openError(errno, path) }
    }
    defer { if path != "-" { close(fd) } }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .unreadable(name, reason: Errno.reason(errno, otherwise: "it cannot be examined"))
    }
    if info.st_mode & S_IFMT == S_IFDIR { throw .directory(name) }
    let bytes = try readAll(fd, sizeHint: Int(info.st_size), path: name, limit: limit)
    var after = stat()
    let identity = fstat(fd, &after) == 0 ? FileSnapshot.Identity(after) : nil
    return FileSnapshot(bytes: bytes, identity: path == "-" ? nil : identity)
  }

  /// Everything `fd` holds from where it stands to its end, or its first `limit` bytes; `path`
  /// names it in messages.
  static func readAll(
    _ fd: Int32, sizeHint: Int, path: String, limit: Int = .max
  ) throws(ReadError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(0, sizeHint), limit) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count < limit {
      let n = chunk.withUnsafeMutableBytes {
        systemRead(fd, $0.baseAddress, min($0.count, limit - bytes.count))
      }
      if n == 0 { return bytes }
      if n < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path, reason: Errno.reason(errno, otherwise: "reading it failed"))
      }
      bytes += chunk[..<n]
    }
    return bytes
  }

  /// The error for a failed `open` of `path`.
  private static func openError(_ code: Int32, _ path: String) -> ReadError {
    switch code {
    case ENOENT: return .noSuchFile(path)
    case EISDIR: return .directory(path)
    case ENXIO: return .unreadable(path, reason: "it is a socket or a device that cannot be opened")
    default: return .unreadable(path, reason: Errno.reason(code, otherwise: "opening it failed"))
    }
  }

  /// The text of `path` (UTF-8, or any encoding `TextDecoder` reads) as a string. When it is
  /// not text, prints the problem as a diagnostic and throws `InputError.reported`.
  static func readText(_ path: String) throws -> String {
    String(decoding: try decode(read(path), name: path).utf8, as: UTF8.self)
  }

  /// `bytes` read from `path` as text, with the encoding they were in. When they are not text,
  /// prints the problem as a diagnostic and throws `InputError.reported`.
  static func decode(_ bytes: [UInt8], name path: String) throws -> DecodedText {
    switch TextDecoder.decode(bytes) {
    case .success(let decoded): return decoded
    case .failure(let e):
      let name = path == "-" ? "<stdin>" : path
      Console.printError(Diagnostic(.error, e.message, source: name, line: e.line).description)
      throw InputError.reported
    }
  }
}

/// `read(2)`, which `InputFile.read` hides inside the enum.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
