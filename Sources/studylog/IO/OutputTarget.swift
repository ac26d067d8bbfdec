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

/// What a path given as an output names, once symbolic links are followed: the link stays a link
/// and its target is written.
enum OutputTarget {
  /// A regular file, to be replaced; `path` is its own name (the last link's target) and `info`
  /// its status (mode, owner, identity).
  case existing(path: String, info: stat)
  /// Nothing yet: a file is created at `path` (a dangling link's target, or the path itself).
  case new(path: String)
  /// Something written as a stream through the path as given: a FIFO, a terminal, `/dev/null`,
  /// and `/dev/stdout`, `/dev/fd/N` or `/proc/self/fd/N` whatever they lead to.
  case stream(path: String)

  /// Follows `path`'s links (at most 40, as the kernel does). Throws for a directory.
  static func resolve(_ path: String) throws(WriteError) -> OutputTarget {
    var current = path
    for _ in 0..<40 {
      if isDescriptorPath(current) {
        var info = stat()
        if stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR { throw .directory(path) }
        return .stream(path: path)
      }
      var info = stat()
      guard lstat(current, &info) == 0 else {
        if errno == ENOENT { return .new(path: current) }
        throw .cannotWrite(path, reason: Errno.reason(errno, otherwise: "it cannot be examined"))
      }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        guard let next = linkTarget(current) else {
          throw .cannotWrite(path, reason: Errno.reason(errno, otherwise: "its link cannot be read"))
        }
        current = next
      case S_IFREG: return .existing(path: current, info: info)
      case S_IFDIR: throw .directory(path)
      default: return .stream(path: path)
      }
    }
    throw .cannotWrite(path, reason: "too many levels of symbolic links")
  }

  /// The path a link at `path` points to, relative to the link's folder when it is relative.
  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(path, &buffer, buffer.count - 1)
    guard n >= 0 else { return nil }
    let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if target.hasPrefix("/") { return target }
    let folder = PathName.folder(of: path)
    return folder.isEmpty ? target : folder + "/" + target
  }

  /// `/dev/stdout`'s kind of path: a name for a descriptor the process already holds, which is
  /// written through rather than replaced.
  private static func isDescriptorPath(_ path: String) -> Bool {
    ["/dev/stdout", "/dev/stderr"].contains(path) || path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/")
  }
}
