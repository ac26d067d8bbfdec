import Foundation
import TestSupport
import Testing

/// Where a roadmap's session log is: its own (`career-map.sessions.csv`) by default, a shared
/// `sessions.csv` as before, or the config's.
@Suite struct SessionsOptionTests {
  func folder() throws -> URL {
    let folder = try temporaryFolder()
    try Data("id,category,title,planned\n1,Infra,Kubernetes,24.09.01-24.09.30\n".utf8).write(
      to: folder.appendingPathComponent("career-map.csv"))
    try Data("id,category,title,planned\n7,ML,PyTorch,24.09.01-24.09.30\n".utf8).write(
      to: folder.appendingPathComponent("ml.csv"))
    return folder
  }

  @Test func eachRoadmapLogsToItsOwnFile() throws {
    let folder = try folder()
    let a = try Binary.run(
      [
        "log", "career-map.csv", "--item", "1", "--hours", "2", "--date", "2024-09-10", "--today",
        "2024-09-15",
      ], in: folder)
    #expect(a.status == 0, "\(a.stderr)")
    #expect(a.stdout == "logged 2 h on #1 Kubernetes on 2024-09-10 to career-map.sessions.csv\n")
    let b = try Binary.run(
      [
        "log", "ml.csv", "--item", "PyTorch", "--hours", "1", "--date", "2024-09-11", "--today", "2024-09-15",
      ], in: folder)
    #expect(b.stdout == "logged 1 h on #7 PyTorch on 2024-09-11 to ml.sessions.csv\n")
    let week = try Binary.run(["week", "career-map.csv", "--today", "2024-09-15"], in: folder)
    #expect(week.status == 0, "\(week.stderr)")
    #expect(week.stdout.contains("Study time: 2.0 h in 1 session on 1 day"), "\(week.stdout)")
    let report = try Binary.run(
      ["report", "ml.csv", "--today", "2024-09-15", "--theme", "light"], in: folder)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("ml-heatmap.png\n"))
  }

  @Test func aSharedLogWarnsAboutOtherRoadmapsItems() throws {
    let folder = try folder()
    try Data(
      "date,item,hours\n2024-09-10,1,2\n2024-09-11,PyTorch,1\n2024-09-12,Rust,1\n2024-09-13,PyTorch,1\n".utf8
    ).write(
      to: folder.appendingPathComponent("sessions.csv"))
    let r = try Binary.run(["week", "career-map.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 0)
    #expect(
      r.stderr == """
        sessions.csv:3:12: warning: item 'PyTorch' is not in career-map.csv (it may belong to ml.csv); this log is shared, so its 2 sessions are left out
        sessions.csv:4:12: warning: item 'Rust' is not in career-map.csv; this log is shared, so its session is left out

        """)
    #expect(r.stdout.contains("Study time: 2.0 h in 1 session on 1 day"), "\(r.stdout)")
    // `log` appends to the shared log while the roadmap has no log of its own.
    let log = try Binary.run(
      ["log", "ml.csv", "--item", "7", "--hours", "1", "--date", "2024-09-13", "--today", "2024-09-15"],
      in: folder)
    #expect(log.status == 0, "\(log.stderr)")
    #expect(log.stdout == "logged 1 h on #7 PyTorch on 2024-09-13 to sessions.csv\n")
    // A log named with --sessions is the roadmap's: an unknown item there is still an error.
    let named = try Binary.run(
      ["week", "career-map.csv", "--today", "2024-09-15", "--sessions", "sessions.csv"], in: folder)
    #expect(named.status == 65)
    #expect(named.stderr.hasPrefix("sessions.csv:3:12: error: unknown item 'PyTorch'"), "\(named.stderr)")
  }

  @Test func theRoadmapsOwnLogWinsOverASharedOne() throws {
    let folder = try folder()
    try Data("date,item,hours\n2024-09-10,PyTorch,5\n".utf8).write(
      to: folder.appendingPathComponent("sessions.csv"))
    try Data("date,item,hours\n2024-09-10,1,3\n".utf8).write(
      to: folder.appendingPathComponent("career-map.sessions.csv"))
    let r = try Binary.run(["week", "career-map.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 0)
    #expect(r.stderr == "")
    #expect(r.stdout.contains("Study time: 3.0 h in 1 session on 1 day"), "\(r.stdout)")
  }

  @Test func theConfigNamesTheLog() throws {
    let folder = try folder()
    try Data("roadmaps:\n  career-map.csv:\n    sessions: logs/k8s.csv\n".utf8).write(
      to: folder.appendingPathComponent("studylog.yml"))
    let r = try Binary.run(
      [
        "log", "career-map.csv", "--item", "1", "--hours", "1.5", "--date", "2024-09-10", "--today",
        "2024-09-15",
      ], in: folder)
    #expect(r.status == 73 || r.status == 0)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("logs"), withIntermediateDirectories: false)
    let ok = try Binary.run(
      [
        "log", "career-map.csv", "--item", "1", "--hours", "1.5", "--date", "2024-09-10", "--today",
        "2024-09-15",
      ], in: folder)
    #expect(ok.stdout == "logged 1.5 h on #1 Kubernetes on 2024-09-10 to logs/k8s.csv\n")
    let week = try Binary.run(["week", "career-map.csv", "--today", "2024-09-15"], in: folder)
    #expect(week.stdout.contains("Study time: 1.5 h in 1 session on 1 day"), "\(week.stdout)")
  }
}
