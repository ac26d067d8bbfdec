import Foundation
import TestSupport
import Testing

/// Standard output written with `write(2)`: a reader that goes away early (`| head`) ends the
/// run without a crash, whether SIGPIPE is left to end it or is ignored; standard input read
/// from a pipe is read whole.
@Suite struct ConsoleTests {
  /// A roadmap whose export is far larger than a pipe's buffer.
  func bigRoadmap() throws -> URL {
    let folder = try temporaryFolder()
    var csv = "id,track,category,title,planned,progress\n"
    for i in 1...3000 { csv += "\(i),SRE,Infra,제목 \(i),2024-01-08~2024-02-04,0\n" }
    let url = folder.appendingPathComponent("big.csv")
    try Data(csv.utf8).write(to: url)
    return url
  }

  /// Runs `export` into `head -c 10` under bash with `trap` set as given, and returns the
  /// status of studylog, what head printed and studylog's standard error.
  func exportIntoHead(trap: String) throws -> (status: Int32, head: String, stderr: String) {
    let roadmap = try bigRoadmap()
    let errors = roadmap.deletingLastPathComponent().appendingPathComponent("stderr.txt")
    let script = """
      \(trap)
      "$0" export "$1" --today 2024-09-15 2>"$2" | head -c 10
      echo " status=${PIPESTATUS[0]}"
      """
    let run = try Run(
      executable: URL(fileURLWithPath: "/bin/bash"),
      arguments: ["-c", script, Binary.url.path, roadmap.path, errors.path])
    let stderr = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
    let statusText = run.stdout.components(separatedBy: "status=").last!
    let status = Int32(statusText.trimmingCharacters(in: .whitespacesAndNewlines))!
    return (status, String(run.stdout.prefix(10)), stderr)
  }

  @Test func brokenPipeWithSIGPIPEIgnoredExitsQuietly() throws {
    let result = try exportIntoHead(trap: "trap '' PIPE")
    #expect(result.head == "### SRE\n\n|")
    #expect(result.status == 73)
    #expect(!result.stderr.contains("Fatal error"))
    #expect(!result.stderr.contains("crashed"))
    #expect(!result.stderr.contains("studylog: error"))
  }

  @Test func brokenPipeEndsTheRunWithoutACrash() throws {
    // Whether bash may restore SIGPIPE depends on what the test runner ignores: either the
    // signal ends studylog (141) or the write fails with EPIPE (73); never a crash.
    let result = try exportIntoHead(trap: "")
    #expect(result.head == "### SRE\n\n|")
    #expect([141, 73].contains(result.status))
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test func standardInputFromAPipeIsReadWhole() throws {
    let roadmap = try bigRoadmap()
    let csv = try String(contentsOf: roadmap, encoding: .utf8)
    let piped = try Binary.run(["summary", "-", "--today", "2024-09-15", "--format", "json"], stdin: csv)
    let named = try Binary.run(["summary", roadmap.path, "--today", "2024-09-15", "--format", "json"])
    #expect(piped.status == 0)
    // The same report but for the title, which comes from the file's name.
    let untitled = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"title\"") } }
    #expect(untitled(piped.stdout) == untitled(named.stdout))
    #expect(piped.stdout.contains("\"items\": 3000,"))
  }
}
