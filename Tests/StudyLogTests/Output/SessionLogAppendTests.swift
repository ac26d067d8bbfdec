import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// What `log` appends to a session log: in the log's own encoding, never to a log that does not
/// read cleanly, and never a line the reader would read differently or reject.
@Suite struct SessionLogAppendTests {
  let roadmap = Roadmap.load(
    csv: "id,track,category,title\n1,SRE,Infra,DNS 동작 원리\n", source: "roadmap.csv", today: sampleToday
  ).roadmap

  func session(hours: Double = 1, note: String? = "복습") -> Session {
    Session(day: day("2024-09-15"), itemID: "1", hours: hours, note: note)
  }

  func appendix(_ session: Session, to existing: [UInt8]) -> Result<[UInt8], SessionLogAppendError> {
    SessionLog.appendix(
      for: session, existing: existing, source: "sessions.csv", roadmap: roadmap, today: sampleToday)
  }

  @Test func cp949LogGetsCP949() throws {
    // "date,item,hours,note\n2024-09-14,1,2,공부\n" in CP949.
    let log = Array("date,item,hours,note\n2024-09-14,1,2,".utf8) + [0xB0, 0xF8, 0xBA, 0xCE, 0x0A]
    // 복습 is BAB9 BDC0.
    #expect(
      try appendix(session(), to: log).get() == Array("2024-09-15,1,1,".utf8) + [
        0xBA, 0xB9, 0xBD, 0xC0, 0x0A,
      ])
  }

  @Test func utf16LogsGetUTF16InTheirByteOrderWithoutASecondMark() throws {
    let text = "date,item,hours,note\r\n2024-09-14,1,2,공부\r\n"
    let le = [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!)
    let be = [0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian)!)
    let line = "2024-09-15,1,1,복습\r\n"
    #expect(try appendix(session(), to: le).get() == Array(line.data(using: .utf16LittleEndian)!))
    #expect(try appendix(session(), to: be).get() == Array(line.data(using: .utf16BigEndian)!))
    // Without a final line break, one comes first, in UTF-16 too.
    let open =
      [0xFF, 0xFE] + Array("date,item,hours,note\n2024-09-14,1,2,x".data(using: .utf16LittleEndian)!)
    #expect(
      try appendix(session(), to: open).get()
        == Array("\n2024-09-15,1,1,복습\n".data(using: .utf16LittleEndian)!))
  }

  @Test func utf8WithAByteOrderMarkGetsPlainUTF8() throws {
    let log = [0xEF, 0xBB, 0xBF] + Array("date,item,hours,note\n".utf8)
    #expect(try appendix(session(), to: log).get() == Array("2024-09-15,1,1,복습\n".utf8))
  }

  @Test func whatCP949CannotHoldIsRefused() {
    let log = Array("date,item,hours,note\n2024-09-14,1,2,".utf8) + [0xB0, 0xF8, 0xBA, 0xCE, 0x0A]
    let emoji = appendix(session(note: "😀"), to: log)
    #expect(
      emoji.failure == .cannotEncode("sessions.csv", TextEncodingError(character: "😀", encoding: .cp949)))
    #expect(
      emoji.failure?.errorDescription
        == "cannot append to 'sessions.csv': the file is CP949 (EUC-KR), which has no '😀' (U+1F600); nothing was written (re-save it as UTF-8 to log such text)"
    )
    #expect(emoji.failure?.exitCode == 65)
    // CP949 has kana, but a CP949 file holding them no longer reads as Korean text.
    let kana = appendix(session(note: "あ"), to: log)
    #expect(
      kana.failure?.errorDescription
        == "cannot append to 'sessions.csv': the new line would not read back as written (the file would no longer read as CP949 (EUC-KR)); nothing was written"
    )
  }

  @Test func aLogThatDoesNotReadCleanlyIsRefused() {
    // The last field's quote is never closed: an appended line would vanish into it.
    let log = Array("date,item,hours,note\n2024-09-14,1,2,\"open\n".utf8)
    let result = appendix(session(), to: log)
    #expect(
      result.failure?.diagnostics.map(\.description) == [
        "sessions.csv:2:16: error: unterminated quote: this field's opening quote is never closed"
      ])
    #expect(
      result.failure?.errorDescription
        == "cannot append to 'sessions.csv': the log has 1 error (above); fix it first, nothing was written")
    #expect(result.failure?.exitCode == 65)
    // Not a session log at all.
    let other = appendix(session(), to: Array("a,b\n".utf8))
    #expect(
      other.failure?.errorDescription == "cannot append to 'sessions.csv': its header is not a session log's")
  }

  @Test func aNoteWithNoColumnForItIsRefusedNotDropped() throws {
    let log = Array("date,item,hours\n".utf8)
    let result = appendix(session(note: "복습"), to: log)
    #expect(result.failure == .noNoteColumn("sessions.csv"))
    #expect(
      result.failure?.errorDescription
        == "cannot append to 'sessions.csv': the log has no note column, so the note would be lost; add a 'note' column to its header, or log without --note"
    )
    #expect(try appendix(session(note: nil), to: log).get() == Array("2024-09-15,1,1\n".utf8))
    #expect(try appendix(session(note: " \n"), to: log).get() == Array("2024-09-15,1,1\n".utf8))
  }

  @Test func tinyTimesAreWrittenSoThatTheyReadBackExactly() throws {
    let log = Array("date,item,hours,note\n".utf8)
    #expect(
      try appendix(session(hours: 0.0000001, note: nil), to: log).get()
        == Array("2024-09-15,1,0.0000001,\n".utf8))
    #expect(
      try appendix(session(hours: 1e-300, note: nil), to: log).get() == Array("2024-09-15,1,1e-300,\n".utf8))
    // 20 minutes in an hours column; 1.1 hours in a minutes column.
    #expect(
      try appendix(session(hours: 20.0 / 60, note: nil), to: log).get()
        == Array("2024-09-15,1,0.3333333333333333,\n".utf8))
    let minutes = Array("date,item,minutes\n".utf8)
    #expect(
      try appendix(session(hours: 1.1, note: nil), to: minutes).get() == Array("2024-09-15,1,66\n".utf8))
    #expect(
      try appendix(session(hours: 0.75, note: nil), to: log).get() == Array("2024-09-15,1,0.75,\n".utf8))
  }

  /// In an hours column exactly; in a minutes column, where no number of minutes divided by 60
  /// may give exactly the hours (0.0000001 h is 0.000006 min, which reads as 1.0000000000000001e-07
  /// h), within the last of 16 digits.
  @Test(arguments: [0.0000001, 1e-300, 20.0 / 60, 1.1, 0.7, 23.999999999, 24, 0.1 + 0.2])
  func everyWrittenTimeReadsBackAsTheSameValue(hours: Double) throws {
    for header in ["date,item,hours,note\n", "date,item,minutes,note\n"] {
      let log = Array(header.utf8)
      let bytes = try appendix(session(hours: hours), to: log).get()
      let read = SessionLog.load(bytes: log + bytes, source: "s", roadmap: roadmap, today: sampleToday)
      #expect(read.diagnostics.isEmpty)
      #expect(read.sessions.count == 1)
      let back = read.sessions.first?.hours ?? 0
      if header.contains("hours") {
        #expect(back == hours)
      } else {
        #expect(abs(back - hours) <= hours * 1e-15, "\(back) for \(hours)")
      }
    }
    let tiny = try appendix(session(hours: 0.0000001, note: nil), to: Array("date,item,minutes\n".utf8)).get()
    #expect(tiny == Array("2024-09-15,1,0.000006\n".utf8))
  }

  @Test func aNewLogIsCheckedTheSameWay() throws {
    let log = try SessionLog.newLog(
      for: session(hours: 0.0000001, note: " padded "), source: "s", roadmap: roadmap, today: sampleToday
    ).get()
    #expect(log == Array("date,item,hours,note\n2024-09-15,1,0.0000001, padded \n".utf8))
  }
}
