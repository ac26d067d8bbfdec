import Foundation
import StudyLog
import Testing

@Suite struct LogCommandTests {
  let roadmap =
    "id,track,category,title\n1,SRE,Infra,DNS 동작 원리\n2,SRE,Network,TCP/IP\n3,MLOps,Network,TCP/IP\n"

  func folder(sessions: [UInt8]? = nil) throws -> URL {
    let folder = try temporaryFolder()
    try Data(roadmap.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    if let sessions { try Data(sessions).write(to: folder.appendingPathComponent("sessions.csv")) }
    return folder
  }

  func sessions(_ folder: URL) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent("sessions.csv")), as: UTF8.self)
  }

  @Test func createsTheLogWithAHeader() throws {
    let f = try folder()
    let r = try Binary.run(
      [
        "log", "roadmap.csv", "--item", "1", "--hours", "1.5", "--today", "2024-09-15", "--note",
        "dig, +trace",
      ], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "logged 1.5 h on #1 DNS 동작 원리 on 2024-09-15 to sessions.csv\n")
    #expect(try sessions(f) == "date,item,hours,note\n2024-09-15,1,1.5,\"dig, +trace\"\n")
  }

  @Test func appendsAfterAMissingFinalNewline() throws {
    let f = try folder(sessions: Array("date,item,hours,note\n2024-09-14,1,2,x".utf8))
    let r = try Binary.run(
      [
        "log", "roadmap.csv", "--item", "DNS 동작 원리", "--minutes", "45", "--date", "2024-09-15", "--today",
        "2024-09-15",
      ],
      in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try sessions(f) == "date,item,hours,note\n2024-09-14,1,2,x\n2024-09-15,1,0.75,\n")
  }

  @Test func keepsCRLFLineEndingsAndTheFilesColumns() throws {
    let f = try folder(sessions: Array("날짜,메모,항목,분\r\n2024-09-14,,1,30\r\n".utf8))
    let r = try Binary.run(
      ["log", "roadmap.csv", "--item", "1", "--hours", "1", "--today", "2024-09-15"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try sessions(f) == "날짜,메모,항목,분\r\n2024-09-14,,1,30\r\n2024-09-15,,1,60\r\n")
  }

  @Test func aReadOnlyLogIsAClearErrorAndStaysAsItWas() throws {
    let original = Array("date,item,hours,note\n2024-09-14,1,2,\n".utf8)
    let f = try folder(sessions: original)
    let path = f.appendingPathComponent("sessions.csv").path
    chmod(path, 0o444)
    let r = try Binary.run(
      ["log", "roadmap.csv", "--item", "1", "--hours", "1", "--today", "2024-09-15"], in: f)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot append to 'sessions.csv': the file is read-only\n")
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == original)
  }

  @Test func theItemIsCheckedBeforeAnythingIsWritten() throws {
    let f = try folder()
    let unknown = try Binary.run(["log", "roadmap.csv", "--item", "9", "--hours", "1"], in: f)
    #expect(unknown.status == 64)
    #expect(unknown.stderr == "studylog: error: unknown item '9': no id or title in roadmap.csv matches it\n")
    let ambiguous = try Binary.run(["log", "roadmap.csv", "--item", "TCP/IP", "--hours", "1"], in: f)
    #expect(ambiguous.status == 64)
    #expect(
      ambiguous.stderr
        == "studylog: error: ambiguous item 'TCP/IP': the items on lines 3, 4 of roadmap.csv have this title; use the id\n"
    )
    #expect(!FileManager.default.fileExists(atPath: f.appendingPathComponent("sessions.csv").path))
  }

  @Test(arguments: [
    ([] as [String], "give --hours or --minutes"),
    (["--hours", "1", "--minutes", "30"], "give --hours or --minutes, not both"),
    (["--hours", "25"], "--hours must be more than 0 and at most 24"),
    (["--hours", "1", "--date", "2024-13-01"], "--date: invalid date '2024-13-01': there is no month 13"),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let f = try folder()
    let r = try Binary.run(["log", "roadmap.csv", "--item", "1"] + arguments, in: f)
    #expect(r.status == 64)
    #expect(r.stderr.contains("Error: \(message)"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: f.appendingPathComponent("sessions.csv").path))
  }

  @Test func twoRunsAtOnceBothLand() throws {
    let f = try folder(sessions: Array("date,item,hours,note\n".utf8))
    let group = DispatchGroup()
    let results = LockedBox<[Int32]>([])
    for i in 0..<8 {
      group.enter()
      DispatchQueue.global().async {
        let r = try? Binary.run(
          ["log", "roadmap.csv", "--item", "1", "--hours", "\(i + 1)", "--today", "2024-09-15"], in: f)
        results.mutate { $0.append(r?.status ?? -1) }
        group.leave()
      }
    }
    group.wait()
    #expect(results.value == Array(repeating: 0, count: 8))
    let lines = try sessions(f).split(separator: "\n")
    #expect(lines.count == 9)
    #expect(
      Set(lines.dropFirst().map { $0.split(separator: ",")[2] }) == Set((1...8).map { Substring("\($0)") }))
  }
}

/// A value shared between threads in a test.
final class LockedBox<T>: @unchecked Sendable {
  private var stored: T
  private let lock = NSLock()
  init(_ value: T) { stored = value }
  var value: T { lock.withLock { stored } }
  func mutate(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}

@Suite struct WeekAndCompareCommandTests {
  @Test func weekOfTheSample() throws {
    let r = try Binary.run(
      ["week", "reports/career-map/roadmap.csv", "--today", "2024-09-15", "--format", "json"], in: packageRoot
    )
    #expect(r.status == 0, "\(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(object["week"] as? String == "2024-W37")
    let time = try #require(object["time"] as? [String: Any])
    #expect(time["hours"] as? Double == 9)
  }

  @Test func weekSelection() throws {
    let csv = "category,title\nA,b\n"
    let byWeek = try Binary.run(["week", "-", "--week", "2025-W01", "--today", "2025-03-01"], stdin: csv)
    #expect(byWeek.stdout.hasPrefix("Week 2025-W01 (2024-12-30 – 2025-01-05) · as of 2025-01-05\n"))
    let sunday = try Binary.run(
      ["week", "-", "--date", "2024-09-15", "--week-start", "sunday", "--today", "2024-09-20"], stdin: csv)
    #expect(sunday.stdout.hasPrefix("Week 2024-W38 (2024-09-15 – 2024-09-21) · as of 2024-09-20\n"))
    let both = try Binary.run(["week", "-", "--week", "2024-W37", "--date", "2024-09-15"], stdin: csv)
    #expect(both.status == 64)
    let bad = try Binary.run(["week", "-", "--week", "2024-W60"], stdin: csv)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--week '2024-W60' is not an ISO week such as 2024-W37"))
  }

  @Test func aNamedSessionLogMustExist() throws {
    let r = try Binary.run(
      ["week", "reports/career-map/roadmap.csv", "--sessions", "nope.csv", "--today", "2024-09-15"],
      in: packageRoot)
    #expect(r.status == 66)
    #expect(r.stderr == "studylog: error: cannot read 'nope.csv': no such file\n")
  }

  @Test func sessionLogErrorsStopTheReport() throws {
    let folder = try temporaryFolder()
    try Data("id,category,title\n1,A,b\n".utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    try Data("date,item,hours\n2024-09-10,7,1\n".utf8).write(
      to: folder.appendingPathComponent("sessions.csv"))
    let r = try Binary.run(["week", "roadmap.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(r.stdout == "")
    #expect(
      r.stderr == "sessions.csv:2:12: error: unknown item '7': no id or title in roadmap.csv matches it\n")
  }

  @Test func compareTextAlignsWithHangulTitles() throws {
    let r = try Binary.run(
      ["compare", "reports/career-map/roadmap.csv", "--today", "2024-09-15"], in: packageRoot)
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n").map(String.init)[3..<26]
    // Every row's last column (state) starts at the same terminal column.
    let starts = Set(rows.map { row in displayWidth(row) - displayWidth(row.split(separator: " ").last!) })
    #expect(starts.count <= 2, "\(starts)")  // "in progress" is two words
    let states = Set(
      rows.map { row -> Int in
        let trimmed = row.hasSuffix("in progress") ? String(row.dropLast(" progress".count)) : row
        return displayWidth(trimmed) - displayWidth(trimmed.split(separator: " ").last!)
      })
    #expect(states.count == 1, "\(states)")
  }

  @Test func compareCSVToAFile() throws {
    let folder = try temporaryFolder()
    let r = try Binary.run(
      [
        "compare", packageRoot.appendingPathComponent("reports/career-map/roadmap.csv").path, "--today",
        "2024-09-15",
        "--format", "csv", "-o", "compare.csv",
      ], in: folder)
    #expect(r.status == 0)
    let csv = try String(contentsOf: folder.appendingPathComponent("compare.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 24)
  }
}
