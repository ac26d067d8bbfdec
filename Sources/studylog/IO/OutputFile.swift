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

/// Writes outputs so that no user's file is lost or damaged: a file is replaced whole or not at
/// all (written to a `TemporaryFile` beside it, then renamed over it), keeps its permissions and
/// owner, is written through a symbolic link (the link stays a link), and is never replaced when it
/// is read-only, is one of the run's inputs, or changed since it was read.
enum OutputFile {
  /// Writes `data` to `path`. A FIFO, a terminal, `/dev/null` or `/dev/stdout` is written as a
  /// stream. `original`, when the command read the file it now rewrites (`sync`), is what it read:
  /// the write is refused when the file is no longer that. Without it the file may still not change
  /// while the new one is written.
  static func write(
    _ data: Data, to path: String, inputs: [String], replacing original: FileSnapshot? = nil
  ) throws(WriteError) {
    try write(to: path, inputs: inputs, replacing: original) { (write) throws(WriteError) in
      var failure: WriteError?
      data.withUnsafeBytes { bytes in
        do throws(WriteError) { try write(bytes) } catch { failure = error }
      }
      if let failure { throw failure }
    }
  }

  /// Writes to `path`, as `write(_:to:inputs:replacing:)` does, what `content` hands to the
  /// function it is given, piece by piece: the whole file is never in memory.
  static func write(
    to path: String, inputs: [String], replacing original: FileSnapshot? = nil,
    content: (_ write: (UnsafeRawBufferPointer) throws(WriteError) -> Void) throws(WriteError) -> Void
  ) throws(WriteError) {
    let target = try OutputTarget.resolve(path)
    try refuseOverwriting(inputs, with: target, named: path)
    switch target {
    case .stream(let stream):
      try writeStream(to: stream, named: path, content: content)
    case .new(let destination):
      // The file read was deleted or moved away meanwhile.
      if original?.identity != nil { throw .changed(path, sinceRead: true) }
      let file = try TemporaryFile(beside: destination, for: path)
      try content { (bytes) throws(WriteError) in try file.write(bytes) }
      guard try file.link(as: destination) else { throw .changed(path, sinceRead: original != nil) }
    case .existing(let destination, let info):
      if info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 || access(destination, W_OK) != 0 {
        throw .readOnlyOutput(path)
      }
      if let original, !original.isUnchanged(at: destination) { throw .changed(path, sinceRead: true) }
      let seen = FileSnapshot.Identity(info)
      let file = try TemporaryFile(beside: destination, for: path)
      try content { (bytes) throws(WriteError) in try file.write(bytes) }
      try file.take(ownerAndModeOf: info)
      try file.synchronize()
      try file.replace(destination) { () throws(WriteError) in
        if let original {
          if !original.isUnchanged(at: destination) { throw .changed(path, sinceRead: true) }
        } else if FileSnapshot.Identity.current(destination) != seen {
          throw .changed(path, sinceRead: false)
        }
      }
    }
  }

  /// Refuses a target that is one of `inputs` (`-` is standard input): the same path once links
  /// are followed, or the same file under another name (a hard link).
  private static func refuseOverwriting(_ inputs: [String], with target: OutputTarget, named path: String)
    throws(WriteError)
  {
    let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    for input in inputs where input != "-" {
      let inputURL = URL(fileURLWithPath: input).standardizedFileURL
      if inputURL.resolvingSymlinksInPath().path == resolved { throw .overwritingInput(path) }
      if case .existing(_, let info) = target, let identity = FileSnapshot.Identity.current(input),
        identity.device == UInt64(info.st_dev) && identity.inode == UInt64(info.st_ino)
      {
        throw .overwritingInput(path)
      }
    }
  }

  /// Writes what `content` makes through `stream` (opened for appending, so that `/dev/stdout`
  /// redirected with `>>` is appended to).
  private static func writeStream(
    to stream: String, named path: String,
    content: ((UnsafeRawBufferPointer) throws(WriteError) -> Void) throws(WriteError) -> Void
  ) throws(WriteError) {
    let fd = open(stream, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else {
      throw .cannotWrite(path, reason: Errno.reason(errno, otherwise: "it cannot be opened"))
    }
    defer { close(fd) }
    try content { (bytes) throws(WriteError) in try writeAll(bytes, to: fd, named: path) }
  }

  /// Writes all of `data` to `fd`, retrying after short writes; `path` names it in messages.
  static func writeAll(_ data: Data, to fd: Int32, named path: String) throws(WriteError) {
    var failure: WriteError?
    data.withUnsafeBytes { raw in
      do throws(WriteError) { try writeAll(raw, to: fd, named: path) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Writes all of `raw` to `fd`, retrying after short writes; `path` names it in messages.
  static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32, named path: String) throws(WriteError) {
    var offset = 0
    while offset < raw.count {
      let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        // errno is read once, at once: building the message may change it.
        let code = n < 0 ? errno : 0
        if code == EPIPE { throw .readerGone(path) }
        throw .cannotWrite(
          path, reason: Errno.reason(code, otherwise: "only \(offset) of \(raw.count) bytes were written"))
      }
      offset += n
    }
  }

  /// Appends to the regular file at `path` the bytes `appendix` makes of its whole content, in one
  /// `write` on the file opened for appending, holding an exclusive `flock` from the read to the
  /// write so that other studylog runs wait. Refuses a read-only file (even as root); on a short
  /// write, cuts the file back to its old length.
  static func append(to path: String, _ appendix: (_ existing: [UInt8]) throws -> [UInt8]) throws {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw WriteError.cannotAppend(path, reason: Errno.reason(errno, otherwise: "it cannot be examined"))
    }
    guard info.st_mode & S_IFMT == S_IFREG else { throw WriteError.notARegularFile(path) }
    if info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 { throw WriteError.readOnly(path) }
    let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == EACCES { throw WriteError.readOnly(path) }
      throw WriteError.cannotAppend(path, reason: Errno.reason(errno, otherwise: "it cannot be opened"))
    }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw WriteError.cannotAppend(path, reason: Errno.reason(errno, otherwise: "it cannot be locked"))
      }
    }
    let bytes = try appendix(try InputFile.readAll(fd, sizeHint: Int(info.st_size), path: path))
    let before = lseek(fd, 0, SEEK_END)
    let written = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress!, $0.count) }
    if written != bytes.count {
      let reason = Errno.reason(
        written < 0 ? errno : 0,
        otherwise: "only \(written) of \(bytes.count) bytes could be written (is the disk full?)")
      if written > 0 { _ = ftruncate(fd, before) }
      throw WriteError.cannotAppend(path, reason: reason)
    }
  }

  /// Creates a file that must not exist yet, whole (at the target of a dangling link, which stays):
  /// written unnamed, then linked into place, which fails rather than replace a file another run
  /// created meanwhile. False when there is a file already (nothing was written).
  static func create(_ bytes: [UInt8], at path: String) throws(WriteError) -> Bool {
    guard case .new(let destination) = try OutputTarget.resolve(path) else { return false }
    let file = try TemporaryFile(beside: destination, for: path)
    try file.write(Data(bytes))
    return try file.link(as: destination)
  }
}

/// `write(2)`, which `OutputFile.write` hides inside the enum.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
