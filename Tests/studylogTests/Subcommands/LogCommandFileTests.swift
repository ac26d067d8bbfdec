import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `studylog log` and the session log it appends to: the log's own encoding, logs that do not read
/// cleanly, values the reader would reject, and what a failed append says.
@Suite struct LogCommandFileTests {
  let roadmap = "id,track,category,title\n1,SRE,Infra,DNS 동작 원리\n"

  func folder(sessions: [UInt8]) throws -> URL {
    let folder = try temporaryFolder()
    try Data(roadmap.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    try Data(sessions).write(to: folder.appendingPathComponent("sessions.csv"))
    return folder
  }

  func log(_ extra: [String], in folder: URL) throws -> Run {
    try Binary.run(["log", "roadmap.csv", "--item", "1", "--today", "2024-09-15"] + extra, in: folder)
  }

  func sessions(_ folder: URL) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent("sessions.csv")))
  }

  /// `week` reads the log afterwards: the appended line is readable, in the file's encoding.
  func weekReads(_ folder: URL, hours: String) throws {
    let week = try Binary.run(["week", "roadmap.csv", "--today", "2024-09-15", "--locale", "en"], in: folder)
    #expect(week.status == 0, "\(week.stderr)")
    #expect(week.stdout.contains("Study time: \(hours) h"), "\(week.stdout)")
  }

  @Test func aCP949LogGetsItsLineInCP949() throws {
    // "date,item,hours,note\r\n2024-09-14,1,2,공부\r\n" in CP949.
    let before = Array("date,item,hours,note\r\n2024-09-14,1,2,".utf8) + [0xB0, 0xF8, 0xBA, 0xCE, 0x0D, 0x0A]
    let f = try folder(sessions: before)
    let r = try log(["--hours", "1", "--note", "복습"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    // 복습 is BAB9 BDC0.
    #expect(try sessions(f) == before + Array("2024-09-15,1,1,".utf8) + [0xBA, 0xB9, 0xBD, 0xC0, 0x0D, 0x0A])
    try weekReads(f, hours: "3.0")
  }

  @Test(arguments: [true, false])
  func aUTF16LogGetsItsLineInItsByteOrder(littleEndian: Bool) throws {
    let encoding: String.Encoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
    let mark: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    let before = mark + Array("date,item,hours,note\n2024-09-14,1,2,공부\n".data(using: encoding)!)
    let f = try folder(sessions: before)
    let r = try log(["--minutes", "30", "--note", "복습"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try sessions(f) == before + Array("2024-09-15,1,0.5,복습\n".data(using: encoding)!))
    try weekReads(f, hours: "2.5")
  }

  @Test func aUTF8LogWithAByteOrderMarkKeepsIt() throws {
    let before = [0xEF, 0xBB, 0xBF] + Array("date,item,hours,note\n".utf8)
    let f = try folder(sessions: before)
    #expect(try log(["--hours", "2"], in: f).status == 0)
    #expect(try sessions(f) == before + Array("2024-09-15,1,2,\n".utf8))
  }

  @Test func whatTheLogsEncodingCannotHoldIsRefused() throws {
    let before = Array("date,item,hours,note\n2024-09-14,1,2,".utf8) + [0xB0, 0xF8, 0xBA, 0xCE, 0x0A]
    let f = try folder(sessions: before)
    let r = try log(["--hours", "1", "--note", "😀"], in: f)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: cannot append to 'sessions.csv': the file is CP949 (EUC-KR), which has no '😀' (U+1F600); nothing was written (re-save it as UTF-8 to log such text)\n"
    )
    #expect(try sessions(f) == before)
  }

  @Test func aLogWhoseLastFieldHasAnUnterminatedQuoteIsRefused() throws {
    let before = Array("date,item,hours,note\n2024-09-14,1,2,\"unfinished note\n".utf8)
    let f = try folder(sessions: before)
    let r = try log(["--hours", "1"], in: f)
    #expect(r.status == 65)
    #expect(
      r.stderr == """
        sessions.csv:2:16: error: unterminated quote: this field's opening quote is never closed
        studylog: error: cannot append to 'sessions.csv': the log has 1 error (above); fix it first, nothing was written

        """)
    #expect(try sessions(f) == before)
  }

  @Test func aTinyTimeIsWrittenSoThatItReadsBack() throws {
    let f = try folder(sessions: Array("date,item,hours,note\n".utf8))
    let r = try log(["--hours", "0.0000001"], in: f)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "logged less than 0.01 h on #1 DNS 동작 원리 on 2024-09-15 to sessions.csv\n")
    #expect(try sessions(f) == Array("date,item,hours,note\n2024-09-15,1,0.0000001,\n".utf8))
    let check = try Binary.run(["week", "roadmap.csv", "--today", "2024-09-15"], in: f)
    #expect(check.status == 0, "\(check.stderr)")
  }

  /// A file size limit cuts the append short: the message says how much was written (errno is 0
  /// after a short write, which strerror calls "success"), and the log is cut back.
  @Test func aShortAppendSaysSoAndLeavesTheLogAsItWas() throws {
    let before = Array(("date,item,hours,note\n" + String(repeating: "2024-09-14,1,1,\n", count: 63)).utf8)
    #expect(before.count == 1029)
    let f = try folder(sessions: before)
    let r = try Run(
      executable: URL(fileURLWithPath: "/bin/bash"),
      arguments: [
        "-c",
        "trap '' XFSZ; ulimit -f 2; exec \"$0\" log roadmap.csv --item 1 --hours 1 --today 2024-09-15 --note \"$1\"",
        Binary.url.path, String(repeating: "x", count: 1100),
      ], in: f)
    #expect(r.status == 73)
    #expect(
      r.stderr
        == "studylog: error: cannot append to 'sessions.csv': only 1019 of 1116 bytes could be written (is the disk full?)\n"
    )
    #expect(try sessions(f) == before)
  }

  @Test func aLinkToALogNotYetMadeCreatesItAndStays() throws {
    let f = try temporaryFolder()
    try Data(roadmap.utf8).write(to: f.appendingPathComponent("roadmap.csv"))
    try FileManager.default.createDirectory(
      at: f.appendingPathComponent("logs"), withIntermediateDirectories: false)
    let link = f.appendingPathComponent("sessions.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "logs/sessions.csv")
    for hours in ["1", "2"] {
      let r = try log(["--hours", hours], in: f)
      #expect(r.status == 0, "\(r.stderr)")
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "logs/sessions.csv")
    #expect(
      try Data(contentsOf: f.appendingPathComponent("logs/sessions.csv"))
        == Data("date,item,hours,note\n2024-09-15,1,1,\n2024-09-15,1,2,\n".utf8))
  }

  @Test func aFIFOIsNoLogToAppendTo() throws {
    let f = try temporaryFolder()
    try Data(roadmap.utf8).write(to: f.appendingPathComponent("roadmap.csv"))
    #expect(mkfifo(f.appendingPathComponent("sessions.csv").path, 0o644) == 0)
    let r = try log(["--hours", "1"], in: f)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot update 'sessions.csv' in place: it is not a regular file\n")
  }
}
