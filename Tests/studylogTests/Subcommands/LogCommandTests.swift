import Foundation
import TestSupport
import Testing

/// `studylog log`: the line it appends to the session log, in the file's columns and line endings,
/// and what it checks before it writes.
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
    // Without a log, the roadmap gets one of its own, named after it.
    #expect(r.stdout == "logged 1.5 h on #1 DNS 동작 원리 on 2024-09-15 to roadmap.sessions.csv\n")
    #expect(
      String(decoding: try Data(contentsOf: f.appendingPathComponent("roadmap.sessions.csv")), as: UTF8.self)
        == "date,item,hours,note\n2024-09-15,1,1.5,\"dig, +trace\"\n")
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
private final class LockedBox<T>: @unchecked Sendable {
  private var stored: T
  private let lock = NSLock()
  init(_ value: T) { stored = value }
  var value: T { lock.withLock { stored } }
  func mutate(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
