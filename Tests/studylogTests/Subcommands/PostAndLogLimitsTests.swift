import Foundation
import TestSupport
import Testing

/// `import`, `sync` and `log` read within `InputLimits`, as the roadmap commands do: a post of more
/// than 10,000 lines and a session log of more than 100,000 are refused before they are parsed,
/// and nothing is written.
@Suite struct PostAndLogLimitsTests {
  static let longPost =
    "| Title | Date |\n|---|---|\n" + String(repeating: "| x | 24.01.01 |\n", count: 10_000)

  @Test func importRefusesAPostOverTheLineLimit() throws {
    let folder = try temporaryFolder()
    try Data(Self.longPost.utf8).write(to: folder.appendingPathComponent("post.md"))
    let r = try Binary.run(["import", "post.md", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: post.md has 10,002 lines; a post may have at most 10,000: split it into several posts\n"
    )
    #expect(r.stdout == "")
  }

  @Test func syncRefusesAPostOverTheLineLimitAndLeavesIt() throws {
    let folder = try temporaryFolder()
    let post = "<!-- studylog:table -->\n<!-- studylog:end -->\n" + Self.longPost
    try Data(post.utf8).write(to: folder.appendingPathComponent("post.md"))
    try Data("category,title\nA,b\n".utf8).write(to: folder.appendingPathComponent("r.csv"))
    let r = try Binary.run(["sync", "post.md", "--roadmap", "r.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(r.stderr.hasPrefix("studylog: error: post.md has 10,004 lines; a post may have at most 10,000"))
    #expect(try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8) == post)
  }

  @Test func logRefusesASessionLogOverTheLineLimitAndLeavesIt() throws {
    let folder = try temporaryFolder()
    try Data("category,title\nA,b\n".utf8).write(to: folder.appendingPathComponent("r.csv"))
    let log = "date,item,hours\n" + String(repeating: "2024-09-01,1,1\n", count: 100_000)
    try Data(log.utf8).write(to: folder.appendingPathComponent("sessions.csv"))
    let r = try Binary.run(
      ["log", "r.csv", "--item", "1", "--hours", "1", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: sessions.csv has 100,001 lines; a session log may have at most 100,000: move older sessions into another file\n"
    )
    #expect(try String(contentsOf: folder.appendingPathComponent("sessions.csv"), encoding: .utf8) == log)
  }
}
