#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file as studylog read it: its bytes, and which file it was and when it last changed, so that
/// a command that rewrites it (`sync`) can tell, just before replacing it, whether anyone changed
/// it since.
struct FileSnapshot {
  /// Everything read.
  var bytes: [UInt8]
  /// The file's identity and last change; nil for standard input and for what is not a regular
  /// file (a FIFO, `/dev/stdin`, a process substitution), which cannot be replaced.
  var identity: Identity?

  /// Which regular file, how long, and when it last changed.
  struct Identity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// The last modification, in seconds and nanoseconds since 1970.
    var modified: Int64
    var modifiedNanoseconds: Int64

    /// The identity of the file `info` describes, or nil when it is not a regular file.
    init?(_ info: stat) {
      guard info.st_mode & S_IFMT == S_IFREG else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
      #else
        modified = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
      #endif
    }

    /// The identity of the regular file at `path` now (following links), or nil.
    static func current(_ path: String) -> Identity? {
      var info = stat()
      return stat(path, &info) == 0 ? Identity(info) : nil
    }
  }

  /// Whether the file at `path` is still the one read, with the same bytes: same device and
  /// inode, size and modification time, and (since a change within one clock tick keeps the
  /// time) the same content.
  func isUnchanged(at path: String) -> Bool {
    guard let identity, Identity.current(path) == identity else { return false }
    guard let now = try? InputFile.snapshot(path) else { return false }
    return now.identity == identity && now.bytes == bytes
  }
}
