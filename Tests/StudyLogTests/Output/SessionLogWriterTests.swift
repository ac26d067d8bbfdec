import TestSupport
import Testing

@testable import StudyLog

/// The line `log` appends to a session log, in the file's columns and line endings.
@Suite struct SessionLogWriterTests {
  @Test func appendedLinesFollowTheFilesColumnsAndLineEndings() {
    let session = Session(day: day("2024-09-15"), itemID: "3", hours: 1.25, note: "tcpdump, \"SYN\"")
    #expect(
      SessionLog.line(for: session, columns: SessionLog.defaultColumns)
        == "2024-09-15,3,1.25,\"tcpdump, \"\"SYN\"\"\"")
    #expect(
      SessionLog.line(for: session, columns: [.note, .minutes, nil, .item, .date])
        == "\"tcpdump, \"\"SYN\"\"\",75,,3,2024-09-15")
    #expect(SessionLog.appendix(line: "x", existing: Array("h\r\na\r\n".utf8)) == Array("x\r\n".utf8))
    #expect(SessionLog.appendix(line: "x", existing: Array("h\r\na".utf8)) == Array("\r\nx\r\n".utf8))
    #expect(SessionLog.appendix(line: "x", existing: Array("h\na".utf8)) == Array("\nx\n".utf8))
    #expect(SessionLog.appendix(line: "x", existing: Array("h\ra\r".utf8)) == Array("x\r".utf8))
    #expect(SessionLog.newFile(line: "x") == Array("date,item,hours,note\nx\n".utf8))
  }
}
