import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every `-o` write, run through the real binary: the replaced file keeps its permissions and
/// owner, a symbolic link stays a link to the updated file, a read-only file is refused, streams
/// are written through, and a run killed at any moment leaves no temporary file behind.
@Suite struct OutputFileTests {
  let csv = "id,track,category,title\n1,SRE,Infra,DNS\n"

  func folder() throws -> URL {
    let folder = try temporaryFolder()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    return folder
  }

  /// What `summary` prints for the roadmap, which `-o` writes.
  func summary(in folder: URL) throws -> String {
    try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15"], in: folder).stdout
  }

  func contents(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

  func status(_ path: String, following: Bool = true) -> stat {
    var info = stat()
    _ = following ? stat(path, &info) : lstat(path, &info)
    return info
  }

  @Test func aReplacedFileKeepsItsModeAndOwner() throws {
    let f = try folder()
    let out = f.appendingPathComponent("summary.txt")
    try Data("old\n".utf8).write(to: out)
    chmod(out.path, 0o600)
    chown(out.path, 1234, 4321)
    let r = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "summary.txt"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try contents(out) == summary(in: f))
    let info = status(out.path)
    #expect(info.st_mode & 0o7777 == 0o600)
    #expect((info.st_uid, info.st_gid) == (1234, 4321))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: f.path).sorted() == ["roadmap.csv", "summary.txt"])
  }

  @Test func aNewFileGetsTheUsualMode() throws {
    let f = try folder()
    let r = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "new.txt"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    let umask = Glibc.umask(0)
    Glibc.umask(umask)
    #expect(status(f.appendingPathComponent("new.txt").path).st_mode & 0o777 == 0o666 & ~umask)
  }

  @Test func aSymbolicLinkStaysALinkAndItsTargetIsUpdated() throws {
    let f = try folder()
    try FileManager.default.createDirectory(
      at: f.appendingPathComponent("real"), withIntermediateDirectories: false)
    let target = f.appendingPathComponent("real/summary.txt")
    try Data("old\n".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(
      atPath: f.appendingPathComponent("link.txt").path, withDestinationPath: "real/summary.txt")
    // A link to a file that does not exist yet: the file is created, the link kept.
    try FileManager.default.createSymbolicLink(
      atPath: f.appendingPathComponent("dangling.txt").path, withDestinationPath: "real/new.txt")
    for name in ["link.txt", "dangling.txt"] {
      let r = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", name], in: f)
      #expect(r.status == 0, "\(r.stderr)")
    }
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: f.appendingPathComponent("link.txt").path)
        == "real/summary.txt")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: f.appendingPathComponent("dangling.txt").path)
        == "real/new.txt")
    #expect(try contents(target) == summary(in: f))
    #expect(try contents(f.appendingPathComponent("real/new.txt")) == summary(in: f))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: f.appendingPathComponent("real").path).sorted() == [
        "new.txt", "summary.txt",
      ])
  }

  @Test func aReadOnlyFileIsRefusedEvenAsRoot() throws {
    let f = try folder()
    let out = f.appendingPathComponent("summary.txt")
    try Data("old\n".utf8).write(to: out)
    chmod(out.path, 0o444)
    let r = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "summary.txt"], in: f)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot write 'summary.txt': the file is read-only\n")
    #expect(try contents(out) == "old\n")
    #expect(status(out.path).st_mode & 0o7777 == 0o444)
  }

  @Test func aDirectoryIsRefused() throws {
    let f = try folder()
    try FileManager.default.createDirectory(
      at: f.appendingPathComponent("out"), withIntermediateDirectories: false)
    let r = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "out"], in: f)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot write 'out': it is a directory\n")
  }

  /// Streams are named from inside the test's folder only: a link to `/dev/stdout`, and a FIFO.
  /// (Run as root, studylog used to rename its output over `-o /dev/stdout` or `-o /dev/null`,
  /// replacing the system's own with a regular file; a test must not risk that.)
  @Test func streamsAreWrittenThroughNotReplaced() throws {
    let f = try folder()
    let link = f.appendingPathComponent("stdout.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/stdout")
    let r = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "stdout.txt"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == (try summary(in: f)))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/stdout")
    let fifo = f.appendingPathComponent("out.fifo").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let read = FIFOReader()
    Thread.detachNewThread {
      read.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()
      read.done.signal()
    }
    let toFIFO = try Binary.run(["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "out.fifo"], in: f)
    #expect(toFIFO.status == 0, "\(toFIFO.stderr)")
    #expect(read.done.wait(timeout: .now() + 30) == .success)
    #expect(read.data.map { String(decoding: $0, as: UTF8.self) } == (try summary(in: f)))
    #expect(status(fifo).st_mode & S_IFMT == S_IFIFO)
  }

  /// A file size limit cuts the write short: the message says what the system said ("file too
  /// large"), never "success", and the old file stays.
  @Test func aFailedWriteSaysWhyAndKeepsTheOldFile() throws {
    let f = try folder()
    var rows = "id,track,category,title\n"
    for i in 1...200 {
      rows += "\(i),SRE,Infra,An item with a title long enough to fill a few kilobytes \(i)\n"
    }
    try Data(rows.utf8).write(to: f.appendingPathComponent("big.csv"))
    try Data("old\n".utf8).write(to: f.appendingPathComponent("out.json"))
    let r = try Run(
      executable: URL(fileURLWithPath: "/bin/bash"),
      arguments: [
        "-c",
        "trap '' XFSZ; ulimit -f 4; exec \"$0\" export big.csv --format json --today 2024-09-15 -o out.json",
        Binary.url.path,
      ], in: f)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot write 'out.json': file too large\n")
    #expect(try contents(f.appendingPathComponent("out.json")) == "old\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: f.path).sorted() == [
        "big.csv", "out.json", "roadmap.csv",
      ])
  }

  /// Each run is signalled while it holds its unwritten output open (seen in /proc/PID/fd): the
  /// old file is still there, or the whole new one, and no temporary file is left.
  @Test(arguments: [SIGKILL, SIGTERM, SIGINT])
  func aRunKilledWhileWritingLeavesNoTemporaryFile(signal: Int32) throws {
    let f = try folder()
    var rows = "id,track,category,title,planned\n"
    for i in 1...3000 {
      rows += "\(i),T\(i % 7),C\(i % 13),Item \(i) with a longer title,24.01.01-24.02.01\n"
    }
    try Data(rows.utf8).write(to: f.appendingPathComponent("big.csv"))
    let arguments = ["export", "big.csv", "--format", "json", "--today", "2024-09-15", "-o", "out.json"]
    let out = f.appendingPathComponent("out.json")
    #expect(try Binary.run(arguments, in: f).status == 0)
    let whole = try Data(contentsOf: out)
    var caught = 0
    for _ in 0..<30 where caught < 4 {
      try Data("old\n".utf8).write(to: out)
      let process = Process()
      process.executableURL = Binary.url
      process.arguments = arguments
      process.currentDirectoryURL = f
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      if waitForOutputOpen(process, in: f.path) {
        kill(process.processIdentifier, signal)
        caught += 1
      }
      process.waitUntilExit()
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: f.path).sorted() == [
          "big.csv", "out.json", "roadmap.csv",
        ])
      let now = try Data(contentsOf: out)
      #expect(now == Data("old\n".utf8) || now == whole)
    }
    #expect(caught == 4, "the runs ended before their output was seen open")
  }

  /// Polls the open files of `process` until one of them is in `folder` and is not an input;
  /// false when the process ends first.
  private func waitForOutputOpen(_ process: Process, in folder: String) -> Bool {
    let fds = "/proc/\(process.processIdentifier)/fd"
    while process.isRunning {
      for fd in (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? [] {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fds)/\(fd)") else {
          continue
        }
        if target.hasPrefix(folder + "/") && !target.hasSuffix(".csv") { return true }
      }
      usleep(200)
    }
    return false
  }
}

/// What a reading thread got.
private final class FIFOReader: @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  var data: Data?
}
