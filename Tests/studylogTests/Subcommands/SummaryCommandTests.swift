import Foundation
import TestSupport
import Testing

/// `studylog summary`: its today, JSON keys, errors and warnings, and writing to a file.
@Suite struct SummaryCommandTests {
  let csv = "category,title,planned,actual\nInfra,a,24.01.01-24.01.10,24.01.01-24.01.12\n네트워크,b,TBD,\n"

  @Test func todayComesFromSourceDateEpoch() throws {
    let r = try Binary.run(
      ["summary", "-", "--format", "json"], stdin: csv, environment: ["SOURCE_DATE_EPOCH": "1726444800"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"today\": \"2024-09-16\""))
  }

  @Test func jsonHasTheDocumentedKeys() throws {
    let r = try Binary.run(["summary", "-", "--format", "json", "--today", "2024-09-15"], stdin: csv)
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let groups = object["groups"] as! [[String: Any]]
    #expect(groups.map { $0["name"] as! String } == ["Infra", "네트워크"])
    #expect(groups[0]["mean_end_slip_days"] as? Double == 2)
    #expect((object["total"] as! [String: Any])["unscheduled"] as? Int == 1)
  }

  @Test func errorsStopTheReport() throws {
    let r = try Binary.run(["summary", "-"], stdin: "category,title,progress\nA,b,200\n")
    #expect(r.status == 65)
    #expect(r.stdout == "")
    #expect(r.stderr == "<stdin>:2:5: error: progress '200' is outside 0–100\n")
  }

  @Test func warningsGoToStandardErrorAndTheReportStillPrints() throws {
    let r = try Binary.run(
      ["summary", "-", "--today", "2024-09-15", "--format", "markdown"],
      stdin: "category,title,progres\nA,b,x\n"
    )
    #expect(r.status == 0)
    #expect(
      r.stderr
        == "<stdin>:1:16: warning: column 'progres' is not one studylog reads, so it is kept as a column of your own; did you mean 'progress'?\n"
    )
    // Standard input has the default title, never `<stdin>`.
    #expect(r.stdout.hasPrefix("**Roadmap: 1 item by category, as of 2024-09-15**\n"))
  }

  @Test func writesAnOutputFileAtomically() throws {
    let folder = try temporaryFolder()
    let input = folder.appendingPathComponent("roadmap.csv")
    try Data(csv.utf8).write(to: input)
    let r = try Binary.run(
      ["summary", "roadmap.csv", "--today", "2024-09-15", "-o", "summary.md", "--format", "markdown"],
      in: folder)
    #expect(r.status == 0)
    #expect(r.stdout == "")
    let written = try String(contentsOf: folder.appendingPathComponent("summary.md"), encoding: .utf8)
    #expect(written.contains(": 2 items by category, as of 2024-09-15**"))
    #expect(!written.contains("roadmap.csv"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "roadmap.csv", "summary.md",
      ])
  }

  @Test func refusesToOverwriteItsInput() throws {
    let folder = try temporaryFolder()
    let input = folder.appendingPathComponent("roadmap.csv")
    try Data(csv.utf8).write(to: input)
    let r = try Binary.run(["summary", "roadmap.csv", "-o", "./roadmap.csv"], in: folder)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: refusing to write over the input file './roadmap.csv'\n")
    #expect(try String(contentsOf: input, encoding: .utf8) == csv)
  }

  @Test func aMissingOutputFolderExits73() throws {
    let r = try Binary.run(["summary", "-", "-o", "/nonexistent/dir/summary.md"], stdin: csv)
    #expect(r.status == 73)
    #expect(
      r.stderr
        == "studylog: error: cannot write '/nonexistent/dir/summary.md': folder '/nonexistent/dir' does not exist\n"
    )
  }

  @Test func anUnwritableOutputLeavesTheOldFileAlone() throws {
    let folder = try temporaryFolder()
    let target = folder.appendingPathComponent("summary.md")
    try Data("old\n".utf8).write(to: target)
    // A directory in the way of the rename: the write fails and the old file is untouched.
    let blocked = folder.appendingPathComponent("blocked")
    try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
    try FileManager.default.createDirectory(
      at: blocked.appendingPathComponent("inner"), withIntermediateDirectories: false)
    let r = try Binary.run(["summary", "-", "-o", blocked.path], stdin: csv)
    #expect(r.status == 73)
    #expect(r.stderr.hasPrefix("studylog: error: cannot write '\(blocked.path)': "))
    #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocked", "summary.md"])
  }

  @Test func theSampleByTrack() throws {
    let r = try Binary.run(
      [
        "summary", "reports/career-map/roadmap.csv", "--today", "2024-09-15", "--by", "track", "--locale",
        "en",
      ],
      in: packageRoot
    )
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Career map: 23 items by track, as of 2024-09-15")
    #expect(
      lines[3]
        == "SRE        12     7       1        3    1        0     58%     68%  2024-01-08 – 2024-10-27         232     +5.4d"
    )
    #expect(
      lines[7]
        == "total      23    11       1        6    3        2     50%     56%  2024-01-08 – 2024-12-15         379     +5.9d"
    )
  }
}
