import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `--watch`: the real binary left running, the roadmap edited under it.
@Suite struct WatchTests {
  /// A running `studylog`, with what it has printed so far.
  final class Running: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    init(_ arguments: [String], in folder: URL) throws {
      process.executableURL = Binary.url
      process.arguments = arguments
      process.currentDirectoryURL = folder
      var env = ProcessInfo.processInfo.environment
      env["NO_COLOR"] = "1"
      process.environment = env
      let (o, e) = (Pipe(), Pipe())
      process.standardOutput = o
      process.standardError = e
      o.fileHandleForReading.readabilityHandler = { [weak self] h in
        self?.append(h.availableData, toError: false)
      }
      e.fileHandleForReading.readabilityHandler = { [weak self] h in
        self?.append(h.availableData, toError: true)
      }
      try process.run()
    }

    private func append(_ data: Data, toError: Bool) {
      lock.lock()
      defer { lock.unlock() }
      if toError {
        err += String(decoding: data, as: UTF8.self)
      } else {
        out += String(decoding: data, as: UTF8.self)
      }
    }

    var stdout: String { lock.withLock { out } }
    var stderr: String { lock.withLock { err } }

    /// Waits (up to a generous limit, for a loaded machine) until `condition` holds.
    func wait(for what: String, _ condition: () -> Bool) throws {
      for _ in 0..<600 where !condition() { usleep(50_000) }
      if !condition() {
        process.terminate()
        throw WatchTestError(message: "\(what) never came; stdout: \(stdout) stderr: \(stderr)")
      }
    }
  }

  struct WatchTestError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }

  func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

  @Test func redrawsOnEveryChangeAndSurvivesABrokenEdit() throws {
    let folder = try temporaryFolder()
    let roadmap = folder.appendingPathComponent("r.csv")
    try Data("category,title,planned\nA,First title,24.01.01-24.02.01\n".utf8).write(to: roadmap)
    let scene = folder.appendingPathComponent("c.scene.json")
    let before = Calendar.current.component(.hour, from: Date())
    let run = try Running(
      ["chart", "r.csv", "--today", "2024-09-15", "-o", "c.scene.json", "--watch"], in: folder)
    try run.wait(for: "the first build") { lines(run.stdout).count == 1 }
    let after = Calendar.current.component(.hour, from: Date())
    #expect(lines(run.stdout)[0].hasSuffix("] started: wrote 1 file"), "\(run.stdout)")
    // The time of day on the 24-hour clock: `[13:05:09]`, never `[01:05:09]` in the afternoon.
    let hour = Int(lines(run.stdout)[0].dropFirst().prefix(2))
    #expect(hour == before || hour == after, "\(run.stdout)")
    #expect(lines(run.stdout)[0].prefix(10).wholeMatch(of: /\[\d\d:\d\d:\d\d\]/) != nil, "\(run.stdout)")
    #expect(try String(contentsOf: scene, encoding: .utf8).contains("First title"))

    // An edit in place.
    try Data("category,title,planned\nA,Second title,24.01.01-24.02.01\n".utf8).write(to: roadmap)
    try run.wait(for: "the rebuild") { lines(run.stdout).count == 2 }
    #expect(lines(run.stdout)[1].hasSuffix("] r.csv changed: wrote 1 file"), "\(run.stdout)")
    #expect(try String(contentsOf: scene, encoding: .utf8).contains("Second title"))

    // A broken edit: the diagnostic, no new chart, and the process still running.
    try Data("category,title,planned\nA,Third title,2024-13-01\n".utf8).write(to: roadmap)
    try run.wait(for: "the diagnostic") { lines(run.stdout).count == 3 }
    #expect(lines(run.stdout)[2].hasSuffix("] r.csv changed: wrote nothing; waiting for the next change"))
    #expect(run.stderr.hasPrefix("r.csv:2:"), "\(run.stderr)")
    #expect(run.stderr.contains("error: "))
    #expect(run.process.isRunning)
    #expect(try String(contentsOf: scene, encoding: .utf8).contains("Second title"))

    // An editor's save: a new file renamed over the old one.
    let temporary = folder.appendingPathComponent(".r.csv.swp")
    try Data("category,title,planned\nA,Fourth title,24.01.01-24.02.01\n".utf8).write(to: temporary)
    #expect(rename(temporary.path, roadmap.path) == 0)
    try run.wait(for: "the rebuild after the rename") { lines(run.stdout).count == 4 }
    #expect(lines(run.stdout)[3].hasSuffix("] r.csv changed: wrote 1 file"), "\(run.stdout)")
    #expect(try String(contentsOf: scene, encoding: .utf8).contains("Fourth title"))

    // A config appearing beside the roadmap counts too.
    try Data("title: From the config\n".utf8).write(to: folder.appendingPathComponent("studylog.yml"))
    try run.wait(for: "the rebuild after the config") { lines(run.stdout).count == 5 }
    #expect(lines(run.stdout)[4].hasSuffix("] studylog.yml changed: wrote 1 file"), "\(run.stdout)")
    #expect(try String(contentsOf: scene, encoding: .utf8).contains("From the config"))

    // A config broken mid-edit: its diagnostic once, and still running; fixed, a rebuild.
    try Data("titel: Typo\n".utf8).write(to: folder.appendingPathComponent("studylog.yml"))
    try run.wait(for: "the config's diagnostic") { lines(run.stdout).count == 6 }
    #expect(
      lines(run.stdout)[5].hasSuffix("] studylog.yml changed: wrote nothing; waiting for the next change"))
    let diagnostic = "studylog.yml:1:1: error: unknown key 'titel'; did you mean 'title'?\n"
    #expect(run.stderr.components(separatedBy: diagnostic).count == 2, "\(run.stderr)")
    try Data("title: Fixed\n".utf8).write(to: folder.appendingPathComponent("studylog.yml"))
    try run.wait(for: "the rebuild after the fix") { lines(run.stdout).count == 7 }
    #expect(try String(contentsOf: scene, encoding: .utf8).contains("Fixed"))

    kill(run.process.processIdentifier, SIGINT)
    run.process.waitUntilExit()
    #expect(run.process.terminationReason == .exit)
    #expect(run.process.terminationStatus == 0)
    try run.wait(for: "the goodbye") { run.stderr.hasSuffix("studylog: stopped watching\n") }
    #expect(lines(run.stdout).count == 7)
  }

  @Test func reportRewritesWhenTheSessionLogChanges() throws {
    let folder = try temporaryFolder()
    try Data("id,category,title,planned\n1,A,b,24.09.01-24.09.30\n".utf8).write(
      to: folder.appendingPathComponent("r.csv"))
    let run = try Running(
      ["report", "r.csv", "--today", "2024-09-15", "--theme", "light", "--watch"], in: folder)
    try run.wait(for: "the first build") { lines(run.stdout).count == 1 }
    #expect(lines(run.stdout)[0].hasSuffix("] started: wrote 6 files"), "\(run.stdout)")
    try Data("date,item,hours\n2024-09-10,1,2\n".utf8).write(
      to: folder.appendingPathComponent("r.sessions.csv"))
    try run.wait(for: "the rebuild") { lines(run.stdout).count == 2 }
    #expect(lines(run.stdout)[1].hasSuffix("] r.sessions.csv changed: wrote 7 files"), "\(run.stdout)")
    let week = try String(contentsOf: folder.appendingPathComponent("r-week.md"), encoding: .utf8)
    #expect(week.contains("2.0 h in 1 session"))
    kill(run.process.processIdentifier, SIGTERM)
    run.process.waitUntilExit()
    #expect(run.process.terminationStatus == 0)
  }
}
