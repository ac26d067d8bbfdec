import Foundation
import TestSupport
import Testing

/// Roadmaps and session logs larger than `InputLimits` are refused (65) before they are parsed,
/// from a file or from standard input, with the limit and what to do; nothing is written.
@Suite struct LimitedInputTests {
  /// A folder holding `roadmap.csv` with `text`.
  func folder(roadmap text: String) throws -> URL {
    let folder = try temporaryFolder()
    try Data(text.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    return folder
  }

  func files(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// A roadmap of `count` one-line items; 1.1 million make 35,188,919 bytes.
  func rows(_ count: Int) -> String {
    var text = "category,title,planned\n"
    text.reserveCapacity(count * 34)
    for i in 1...count { text += "A,item \(i),24.01.01-24.02.01\n" }
    return text
  }

  @Test func aMillionRowTimelineIsRefusedBeforeItIsRead() throws {
    let folder = try folder(roadmap: rows(1_100_000))
    let r = try Binary.run(["chart", "roadmap.csv", "--today", "2024-09-15", "-o", "t.svg"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: roadmap.csv is 35,188,919 bytes; studylog reads at most 32 MiB"
        + " (33,554,432 bytes) from a roadmap: split it into several files (one per track, say)\n")
    #expect(try files(folder) == ["roadmap.csv"])
  }

  @Test func standardInputIsReadNoFurtherThanTheLimit() throws {
    let r = try Binary.run(
      ["chart", "-", "--today", "2024-09-15", "-o", "t.svg"], stdin: rows(1_100_000), in: temporaryFolder())
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: <stdin> is larger than 32 MiB; studylog reads at most 32 MiB (33,554,432 bytes) from a"
        + " roadmap: split it into several files (one per track, say)\n")
  }

  /// A device or a FIFO has no size either: `/dev/zero` never ends, and is refused at the limit.
  @Test func aDeviceIsReadNoFurtherThanTheLimit() throws {
    let r = try Binary.run(["check", "/dev/zero"], in: temporaryFolder())
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: /dev/zero is larger than 32 MiB; studylog reads at most 32 MiB (33,554,432 bytes) from"
        + " a roadmap: split it into several files (one per track, say)\n")
  }

  @Test func everyCommandThatReadsARoadmapHasTheLimit() throws {
    let folder = try folder(roadmap: rows(120_000))
    for command in [["check"], ["summary"], ["compare"], ["week"], ["export", "--format", "json"]] {
      let r = try Binary.run(command + ["roadmap.csv", "--today", "2024-09-15"], in: folder)
      #expect(r.status == 65, "\(command)")
      #expect(
        r.stderr
          == "studylog: error: roadmap.csv has 120,001 lines; a roadmap may have at most 120,000: split it into several"
          + " files (one per track, say)\n", "\(command)")
      #expect(r.stdout == "")
    }
  }

  @Test func aHeaderOfAMillionColumnsIsRefusedWithItsLine() throws {
    // Each unknown column was a warning whose column took the length of the line to find: minutes.
    let header = "category,title" + String(repeating: ",x", count: 1_000_000) + "\n"
    let folder = try folder(roadmap: header + "A,b\n")
    let r = try Binary.run(["check", "roadmap.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: roadmap.csv:1: the row has 1,000,002 fields; a row may have at most 100: delete the"
        + " columns studylog does not read\n")
    #expect(r.stdout == "")
  }

  @Test func aSessionLogHasItsOwnLimits() throws {
    let folder = try folder(roadmap: "id,category,title\n1,A,a\n")
    var log = "date,item,hours\n"
    for i in 0..<100_000 { log += "2024-01-\(i % 28 + 10),1,1\n" }
    try Data(log.utf8).write(to: folder.appendingPathComponent("sessions.csv"))
    let r = try Binary.run(["week", "roadmap.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: sessions.csv has 100,001 lines; a session log may have at most 100,000: move older"
        + " sessions into another file\n")
  }
}
