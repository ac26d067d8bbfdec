import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// The most studylog reads from a file: bytes and lines by kind of file, fields a row; each refusal
/// names the limit and what to do.
@Suite struct InputLimitsTests {
  @Test func theLimits() {
    #expect(InputLimits.Kind.roadmap.maxBytes == 33_554_432)
    #expect(InputLimits.Kind.post.maxBytes == 2_097_152)
    #expect(InputLimits.Kind.sessionLog.maxBytes == 4_194_304)
    #expect(InputLimits.Kind.roadmap.maxLines == 120_000)
    #expect(InputLimits.Kind.post.maxLines == 10_000)
    #expect(InputLimits.Kind.sessionLog.maxLines == 100_000)
    #expect(InputLimits.maxFields == 100)
  }

  @Test func aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
    #expect(throws: Never.self) { try InputLimits.checkSize(33_554_432, source: "r.csv", kind: .roadmap) }
    #expect(
      throws: LimitError(
        "r.csv is 156,473,327 bytes; studylog reads at most 32 MiB (33,554,432 bytes) from a roadmap: split it"
          + " into several files (one per track, say)", exitCode: 65)
    ) { try InputLimits.checkSize(156_473_327, source: "r.csv", kind: .roadmap) }
    #expect(
      throws: LimitError(
        "<stdin> is larger than 4 MiB; studylog reads at most 4 MiB (4,194,304 bytes) from a session log:"
          + " move older sessions into another file", exitCode: 65)
    ) { try InputLimits.checkSize(4_194_305, source: "<stdin>", kind: .sessionLog, isWhole: false) }
  }

  @Test func linesEndAtLFCRLFOrCR() {
    #expect(InputLimits.lineCount([]) == 0)
    #expect(InputLimits.lineCount(Array("a".utf8)) == 1)
    #expect(InputLimits.lineCount(Array("a\n".utf8)) == 1)
    #expect(InputLimits.lineCount(Array("a\r\nb\rc\n\nd".utf8)) == 5)
    // UTF-16 with a byte-order mark is counted in 16-bit units: U+0A0D is not a line break.
    let utf16: [UInt8] =
      [0xFF, 0xFE] + "a\r\nb\u{0A0D}c".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(InputLimits.lineCount(utf16) == 2)
    let bigEndian: [UInt8] = [0xFE, 0xFF] + "a\nb\nc".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(InputLimits.lineCount(bigEndian) == 3)
  }

  @Test func aFileWithTooManyLinesIsRefused() {
    let rows = Array(("category,title\n" + String(repeating: "a,b\n", count: 119_999)).utf8)
    #expect(throws: Never.self) { try InputLimits.check(rows, source: "r.csv", kind: .roadmap) }
    #expect(
      throws: LimitError(
        "r.csv has 120,001 lines; a roadmap may have at most 120,000: split it into several files (one per track,"
          + " say)", exitCode: 65)
    ) { try InputLimits.check(rows + Array("a,b".utf8), source: "r.csv", kind: .roadmap) }
  }

  @Test func aRowWithTooManyFieldsIsRefusedWithItsLine() {
    let hundred = "category,title" + String(repeating: ",x", count: 98) + "\n"
    #expect(throws: Never.self) {
      try InputLimits.check(Array(hundred.utf8), source: "r.csv", kind: .roadmap)
    }
    // Commas and line breaks inside quotes are not separators; the row starts on line 2.
    let quoted = "category,title\n\"a,\nb\",\"c\"\"\"" + String(repeating: ",", count: 99) + "\n"
    #expect(
      throws: LimitError(
        "r.csv:2: the row has 101 fields; a row may have at most 100: delete the columns studylog does not read",
        exitCode: 65)
    ) { try InputLimits.check(Array(quoted.utf8), source: "r.csv", kind: .roadmap) }
    // A quote inside an unquoted field is text, as the CSV reader reads it.
    let stray = "category,title\na\"b,c" + String(repeating: ",x\"", count: 99) + "\n"
    #expect(throws: LimitError.self) {
      try InputLimits.check(Array(stray.utf8), source: "r.csv", kind: .roadmap)
    }
    // A post's table cells are bounded by the `|` on a line.
    let table = "# Post\n\n" + String(repeating: "| x ", count: 101) + "|\n"
    #expect(
      throws: LimitError(
        "p.md:3: the line has 102 '|'; a table row may have at most 100 cells: delete the columns studylog does"
          + " not read", exitCode: 65)
    ) { try InputLimits.check(Array(table.utf8), source: "p.md", kind: .post) }
  }

  @Test func numbersAreGroupedByThousands() {
    #expect(LimitError.grouped(0) == "0")
    #expect(LimitError.grouped(999) == "999")
    #expect(LimitError.grouped(1_000) == "1,000")
    #expect(LimitError.grouped(156_473_327) == "156,473,327")
    #expect(LimitError.grouped(-3_652_059) == "-3,652,059")
  }
}
