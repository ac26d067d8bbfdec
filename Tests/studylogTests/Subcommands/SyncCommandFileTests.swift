import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `studylog sync` and the post it rewrites: permissions, owner, links, read-only posts, posts
/// changed while it runs, fenced examples, and the post's encoding, byte-order mark and line
/// endings.
@Suite struct SyncCommandFileTests {
  let roadmap = "id,track,category,title,planned\n1,SRE,Infra,DNS 동작,24.04.08-24.04.21\n"
  let post = "# 공부\n<!-- studylog:table track=SRE -->\n<!-- studylog:end -->\n끝\n"
  let synced =
    "# 공부\n<!-- studylog:table track=SRE -->\n\n| Number | Category | Title | Description | Date |\n"
    + "| --- | --- | --- | --- | --- |\n| 1 | Infra | DNS 동작 |  | 24.04.08-24.04.21 |\n\n"
    + "<!-- studylog:end -->\n끝\n"

  func folder(post bytes: [UInt8]? = nil) throws -> URL {
    let folder = try temporaryFolder()
    try Data(roadmap.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    try Data(bytes ?? Array(post.utf8)).write(to: folder.appendingPathComponent("post.md"))
    return folder
  }

  func sync(_ post: String = "post.md", in folder: URL, stdin: String? = nil) throws -> Run {
    // The roadmap's titles are Korean: --locale keeps the note that says so off standard error, and
    // the tables written into empty markers in English, as `synced` has them.
    try Binary.run(["sync", post, "--roadmap", "roadmap.csv", "--locale", "en"], stdin: stdin, in: folder)
  }

  func bytes(_ folder: URL, _ name: String = "post.md") throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  func names(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aDraftKeepsItsModeAndOwner() throws {
    let f = try folder()
    let path = f.appendingPathComponent("post.md").path
    chmod(path, 0o600)
    chown(path, 1234, 4321)
    let r = try sync(in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try bytes(f) == Array(synced.utf8))
    var info = stat()
    stat(path, &info)
    #expect(info.st_mode & 0o7777 == 0o600)
    #expect((info.st_uid, info.st_gid) == (1234, 4321))
    #expect(try names(f) == ["post.md", "roadmap.csv"])
  }

  @Test func aSymlinkedPostIsUpdatedThroughTheLink() throws {
    let f = try folder()
    let posts = f.appendingPathComponent("_posts")
    try FileManager.default.createDirectory(at: posts, withIntermediateDirectories: false)
    try FileManager.default.moveItem(
      at: f.appendingPathComponent("post.md"), to: posts.appendingPathComponent("real.md"))
    try FileManager.default.createSymbolicLink(
      atPath: f.appendingPathComponent("post.md").path, withDestinationPath: "_posts/real.md")
    let r = try sync(in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: f.appendingPathComponent("post.md").path)
        == "_posts/real.md")
    #expect(try bytes(posts, "real.md") == Array(synced.utf8))
    #expect(try names(posts) == ["real.md"])
  }

  @Test func aReadOnlyPostIsRefusedEvenAsRoot() throws {
    let f = try folder()
    chmod(f.appendingPathComponent("post.md").path, 0o444)
    let r = try sync(in: f)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot write 'post.md': the file is read-only\n")
    #expect(try bytes(f) == Array(post.utf8))
  }

  /// The roadmap is a FIFO: sync reads the post, then waits for the roadmap, and meanwhile the
  /// user saves an edit (in place, or as editors do, by renaming a new file over it).
  @Test(arguments: [false, true])
  func aPostEditedWhileSyncRunsIsNotOverwritten(byRename: Bool) throws {
    let f = try folder()
    let fifo = f.appendingPathComponent("roadmap.fifo").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = ["sync", "post.md", "--roadmap", "roadmap.fifo", "--locale", "en"]
    process.currentDirectoryURL = f
    let error = Pipe()
    process.standardError = error
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Opening the FIFO for writing succeeds once sync opens it to read, after reading the post.
    var writer: Int32 = -1
    for _ in 0..<10_000 where writer < 0 {
      writer = open(fifo, O_WRONLY | O_NONBLOCK)
      if writer < 0 { usleep(1000) }
    }
    #expect(writer >= 0)
    let edited = Data((post + "My edit.\n").utf8)
    if byRename {
      try edited.write(to: f.appendingPathComponent("post.md.new"))
      rename(f.appendingPathComponent("post.md.new").path, f.appendingPathComponent("post.md").path)
    } else {
      let handle = try FileHandle(forWritingTo: f.appendingPathComponent("post.md"))
      try handle.write(contentsOf: edited)
      try handle.close()
    }
    _ = roadmap.utf8CString.withUnsafeBufferPointer { write(writer, $0.baseAddress, $0.count - 1) }
    close(writer)
    process.waitUntilExit()
    let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 73)
    #expect(
      stderr
        == "studylog: error: cannot write 'post.md': it changed after studylog read it; nothing was written, run the command again\n"
    )
    #expect(try Data(contentsOf: f.appendingPathComponent("post.md")) == edited)
    #expect(try names(f) == ["post.md", "roadmap.csv", "roadmap.fifo"])
  }

  @Test func markersInFencedCodeBlocksStay() throws {
    let example =
      "Use:\n\n```\n<!-- studylog:table track=SRE -->\n<!-- studylog:end -->\n```\n\n~~~\n<!-- studylog:end -->\n~~~\n"
    let f = try folder(post: Array((example + post).utf8))
    let r = try sync(in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "updated post.md (1 marked part)\n")
    #expect(try bytes(f) == Array((example + synced).utf8))
  }

  /// The post is stored in each encoding studylog reads; sync writes it back in the same one, with
  /// its byte-order mark and CR LF line endings.
  @Test func theEncodingByteOrderMarkAndLineEndingsStay() throws {
    let crlf = (
      post: post.replacingOccurrences(of: "\n", with: "\r\n"),
      synced: synced.replacingOccurrences(of: "\n", with: "\r\n")
    )
    let cases: [(before: [UInt8], after: [UInt8])] = [
      ([0xEF, 0xBB, 0xBF] + Array(crlf.post.utf8), [0xEF, 0xBB, 0xBF] + Array(crlf.synced.utf8)),
      (
        [0xFF, 0xFE] + Array(crlf.post.data(using: .utf16LittleEndian)!),
        [0xFF, 0xFE] + Array(crlf.synced.data(using: .utf16LittleEndian)!)
      ),
      (
        [0xFE, 0xFF] + Array(crlf.post.data(using: .utf16BigEndian)!),
        [0xFE, 0xFF] + Array(crlf.synced.data(using: .utf16BigEndian)!)
      ),
    ]
    for (before, after) in cases {
      let f = try folder(post: before)
      let r = try sync(in: f)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(try bytes(f) == after)
      #expect(try sync(in: f).stdout == "post.md is up to date\n")
    }
  }

  @Test func aCP949PostStaysCP949() throws {
    // "# 공부\r\n" … "끝\r\n" in CP949; the table's 동작 is B5BF C0DB.
    let open = Array("<!-- studylog:table track=SRE -->\r\n".utf8)
    let end = Array("<!-- studylog:end -->\r\n".utf8)
    let head: [UInt8] = [0x23, 0x20, 0xB0, 0xF8, 0xBA, 0xCE, 0x0D, 0x0A]
    let tail: [UInt8] = [0xB3, 0xA1, 0x0D, 0x0A]
    let f = try folder(post: head + open + end + tail)
    let r = try sync(in: f)
    #expect(r.status == 0, "\(r.stderr)")
    let table =
      Array(
        "\r\n| Number | Category | Title | Description | Date |\r\n| --- | --- | --- | --- | --- |\r\n| 1 | Infra | DNS "
          .utf8)
      + [0xB5, 0xBF, 0xC0, 0xDB] + Array(" |  | 24.04.08-24.04.21 |\r\n\r\n".utf8)
    #expect(try bytes(f) == head + open + table + end + tail)
  }

  @Test func aCharacterThePostsEncodingLacksIsRefused() throws {
    let head: [UInt8] = [0x23, 0x20, 0xB0, 0xF8, 0xBA, 0xCE, 0x0A]
    let original = head + Array("<!-- studylog:table -->\n<!-- studylog:end -->\n".utf8)
    let f = try folder(post: original)
    try Data("id,track,category,title\n1,SRE,Infra,DNS 😀\n".utf8).write(
      to: f.appendingPathComponent("roadmap.csv"))
    let r = try sync(in: f)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: cannot update 'post.md': the post is CP949 (EUC-KR), which has no '😀' (U+1F600) that the roadmap holds; nothing was written (re-save the post as UTF-8)\n"
    )
    #expect(try bytes(f) == original)
  }

  /// Standard input through a link in the test's folder (so that a regression could only
  /// replace the link, never the system's `/dev/stdin`).
  @Test func standardInputIsReadButNotRewritten() throws {
    let f = try folder()
    try FileManager.default.removeItem(at: f.appendingPathComponent("post.md"))
    try FileManager.default.createSymbolicLink(
      atPath: f.appendingPathComponent("post.md").path, withDestinationPath: "/dev/stdin")
    let check = try Binary.run(
      ["sync", "post.md", "--roadmap", "roadmap.csv", "--check"], stdin: synced, in: f)
    #expect(check.status == 0, "\(check.stderr)")
    let r = try sync(in: f, stdin: post)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot update 'post.md' in place: it is not a regular file\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: f.appendingPathComponent("post.md").path)
        == "/dev/stdin")
  }
}
