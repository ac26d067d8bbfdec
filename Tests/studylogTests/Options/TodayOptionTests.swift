import Foundation
import TestSupport
import Testing

/// `--today` and `SOURCE_DATE_EPOCH` through the binary: both are held to 0000-01-01 …
/// 9999-12-31, and a value outside is a usage error (64) that says why, before any file is read.
@Suite struct TodayOptionTests {
  /// A folder with a one-item roadmap.
  func folder() throws -> URL {
    let folder = try temporaryFolder()
    try Data("category,title,planned\nInfra,DNS,24.02.01-24.03.30\n".utf8).write(
      to: folder.appendingPathComponent("roadmap.csv"))
    return folder
  }

  /// `studylog chart roadmap.csv -o t.svg` with `SOURCE_DATE_EPOCH` set to `epoch`.
  func chart(epoch: String) throws -> Run {
    try Binary.run(
      ["chart", "roadmap.csv", "-o", "t.svg"], environment: ["SOURCE_DATE_EPOCH": epoch], in: folder())
  }

  @Test func anEpochOfYear3168875820IsRefused() throws {
    let r = try chart(epoch: "99999999999999999")
    #expect(r.status == 64)
    #expect(
      r.stderr.hasPrefix(
        "Error: SOURCE_DATE_EPOCH '99999999999999999' is outside the days studylog reads: it must be between"
          + " -62167219200 (0000-01-01) and 253402300799 (9999-12-31)\n"))
    #expect(r.stdout == "")
  }

  @Test func anEpochInMillisecondsIsCalledSo() throws {
    let r = try chart(epoch: "1726358400000")
    #expect(r.status == 64)
    #expect(
      r.stderr.hasPrefix(
        "Error: SOURCE_DATE_EPOCH '1726358400000' looks like milliseconds; it counts seconds since 1970-01-01\n"
      ))
  }

  @Test func theSameEpochInSecondsIsToday() throws {
    let folder = try folder()
    let r = try Binary.run(
      ["week", "roadmap.csv", "--format", "json"], environment: ["SOURCE_DATE_EPOCH": "1726358400"],
      in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\n  \"today\": \"2024-09-15\",\n"))
  }

  @Test func todayInYear10000IsRefusedToo() throws {
    let r = try Binary.run(["chart", "roadmap.csv", "-o", "t.svg", "--today", "10000-01-01"], in: folder())
    #expect(r.status == 64)
    #expect(
      r.stderr.hasPrefix(
        "Error: --today: '10000-01-01' is not a date; write it as 2024-02-01\n"))
  }
}
