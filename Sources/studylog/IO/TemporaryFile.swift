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

/// A file being written in its destination's folder, which gets its name only once it is whole.
///
/// On Linux it is opened with `O_TMPFILE`: it has no name at all while it is written, so a run
/// killed at any moment (even by SIGKILL) leaves nothing behind. A new file is then linked into
/// place with `linkat`, which fails rather than replace a file created meanwhile; an existing one
/// is replaced by linking the file under a temporary name and renaming it over the old one at
/// once, with SIGINT, SIGTERM, SIGHUP and SIGQUIT held back in between. Elsewhere (or on a file
/// system without `O_TMPFILE`) the file has a temporary name from the start, which a signal
/// handler removes when the run is interrupted.
final class TemporaryFile {
  private let fd: Int32
  /// The folder of the destination, where the file is.
  private let folder: String
  /// The destination's name, for temporary names beside it.
  private let baseName: String
  /// The path as the user named it, for messages.
  private let shownPath: String
  /// The fallback's temporary name; nil for an `O_TMPFILE` file (or once it is renamed).
  private var name: String?

  /// Opens a new file in the folder of `destination`, which must exist; `path` is the destination
  /// as the user named it, for messages.
  init(beside destination: String, for path: String) throws(WriteError) {
    let folder = PathName.folder(of: destination)
    self.folder = folder.isEmpty ? "." : folder
    baseName = PathName.lastComponent(of: destination)
    shownPath = path
    var info = stat()
    guard stat(self.folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw .noFolder(path, folder: self.folder)
    }
    #if os(Linux)
      // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`, which Swift does not import.
      let tmpfile: Int32 = 0o20_000_000 | O_DIRECTORY
      let unnamed = open(self.folder, tmpfile | O_WRONLY | O_CLOEXEC, 0o666)
      if unnamed >= 0 {
        fd = unnamed
        return
      }
      // Only a file system without O_TMPFILE falls back to a named file.
      guard [EOPNOTSUPP, EISDIR, EINVAL].contains(errno) else {
        throw .cannotWrite(
          path, reason: Errno.reason(errno, otherwise: "a new file cannot be made beside it"))
      }
    #endif
    (fd, name) = try Self.openNamed(in: self.folder, beside: baseName, for: path)
  }

  deinit {
    close(fd)
    if let name {
      unlink(name)
      SignalCleanup.forget()
    }
  }

  /// Writes all of `data`, retrying after short writes.
  func write(_ data: Data) throws(WriteError) {
    try OutputFile.writeAll(data, to: fd, named: shownPath)
  }

  /// Writes all of `bytes`, retrying after short writes.
  func write(_ bytes: UnsafeRawBufferPointer) throws(WriteError) {
    try OutputFile.writeAll(bytes, to: fd, named: shownPath)
  }

  /// Gives the file the owner, group and permissions in `info` (those of the file it replaces);
  /// throws when the owner or group cannot be given.
  func take(ownerAndModeOf info: stat) throws(WriteError) {
    if fchown(fd, info.st_uid, info.st_gid) != 0 {
      var mine = stat()
      if fstat(fd, &mine) != 0 || mine.st_uid != info.st_uid || mine.st_gid != info.st_gid {
        throw .cannotKeepOwner(shownPath, user: UInt32(info.st_uid), group: UInt32(info.st_gid))
      }
    }
    guard fchmod(fd, info.st_mode & 0o7777) == 0 else {
      throw .cannotWrite(shownPath, reason: Errno.reason(errno, otherwise: "its permissions cannot be kept"))
    }
  }

  /// Flushes the file to the disk, so that a crash after the rename cannot leave it empty.
  func synchronize() throws(WriteError) {
    guard fsync(fd) == 0 else {
      throw .cannotWrite(
        shownPath, reason: Errno.reason(errno, otherwise: "it cannot be flushed to the disk"))
    }
  }

  /// Gives the file the name `destination`, which must not exist; false when it does (another
  /// program created it meanwhile), in which case the file is dropped.
  func link(as destination: String) throws(WriteError) -> Bool {
    let linked: Bool
    if let name {
      linked = systemLink(name, destination) == 0
    } else {
      linked = linkUnnamed(as: destination)
    }
    if linked { return true }
    if errno == EEXIST { return false }
    throw .cannotWrite(
      shownPath, reason: Errno.reason(errno, otherwise: "the new file cannot be put in place"))
  }

  /// Replaces `destination` with the file in one rename; `check`, run just before, may refuse.
  func replace(_ destination: String, ifStill check: () throws(WriteError) -> Void) throws(WriteError) {
    let held = SignalCleanup.holdInterruptions()
    defer { SignalCleanup.release(held) }
    let temporary: String
    if let name { temporary = name } else { temporary = try linkUnderTemporaryName() }
    do throws(WriteError) {
      try check()
    } catch {
      if name == nil { unlink(temporary) }
      throw error
    }
    guard rename(temporary, destination) == 0 else {
      let reason = Errno.reason(errno, otherwise: "the new file cannot be put in place")
      if name == nil { unlink(temporary) }
      throw .cannotWrite(shownPath, reason: reason)
    }
    if name != nil {
      name = nil
      SignalCleanup.forget()
    }
  }

  /// Links the unnamed file under a fresh temporary name beside the destination.
  private func linkUnderTemporaryName() throws(WriteError) -> String {
    for attempt in 0..<100 {
      let temporary = "\(folder)/.\(baseName).studylog-\(getpid())-\(attempt).tmp"
      if linkUnnamed(as: temporary) { return temporary }
      if errno != EEXIST { break }
    }
    throw .cannotWrite(
      shownPath, reason: Errno.reason(errno, otherwise: "the new file cannot be put in place"))
  }

  /// Links the `O_TMPFILE` file as `destination`: through `/proc/self/fd`, or, without `/proc`,
  /// with `AT_EMPTY_PATH` (which needs CAP_DAC_READ_SEARCH).
  private func linkUnnamed(as destination: String) -> Bool {
    #if os(Linux)
      if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, destination, AT_SYMLINK_FOLLOW) == 0 {
        return true
      }
      guard errno == ENOENT else { return false }
      let atEmptyPath: Int32 = 0x1000
      return linkat(fd, "", AT_FDCWD, destination, atEmptyPath) == 0
    #else
      return false
    #endif
  }

  /// The fallback: a file with a temporary name, remembered for removal on a signal.
  private static func openNamed(in folder: String, beside baseName: String, for path: String)
    throws(WriteError)
    -> (Int32, String)
  {
    // Held back so that the file cannot be made without being remembered.
    let held = SignalCleanup.holdInterruptions()
    defer { SignalCleanup.release(held) }
    for attempt in 0..<100 {
      let name = "\(folder)/.\(baseName).studylog-\(getpid())-\(attempt).tmp"
      let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 {
        SignalCleanup.remember(name)
        return (fd, name)
      }
      if errno != EEXIST { break }
    }
    throw .cannotWrite(path, reason: Errno.reason(errno, otherwise: "a new file cannot be made beside it"))
  }
}

/// `link(2)`, which `TemporaryFile.link` hides.
private func systemLink(_ from: String, _ to: String) -> Int32 {
  link(from, to)
}
