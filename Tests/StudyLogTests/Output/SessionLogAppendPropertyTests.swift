import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// 400 random logs (each encoding studylog reads, several headers and line endings, with or
/// without a final line break) and sessions (notes with quotes, commas, line breaks, Hangul, kana,
/// emoji; times from a second to a day): whatever `SessionLog.appendix` returns, the log with it
/// reads back cleanly with the old sessions unchanged and the new one last; a refusal is one the
/// inputs explain.
@Suite struct SessionLogAppendPropertyTests {
  let roadmap = Roadmap.load(
    csv: "id,track,category,title\n1,SRE,Infra,DNS\n2,SRE,Infra,TCP\n", source: "roadmap.csv",
    today: sampleToday
  ).roadmap

  static let headers = [
    "date,item,hours,note", "날짜,메모,항목,분", "item,date,minutes,extra,note", "date,item,hours",
  ]
  static let noteParts = ["a", "공부", "\"", ",", "\n", "\r\n", "\r", " ", "x y", "あ", "😀", "é", "\t", "똠"]
  static let encodings: [TextEncoding] = [.utf8, .utf8WithBOM, .utf16LE, .utf16BE, .cp949]

  @Test func everyAppendReadsBackOrIsRefusedForAReason() throws {
    var generator = SeededGenerator(state: 20_240_915)
    var appended = 0
    for seed in 0..<400 {
      let encoding = Self.encodings.randomElement(using: &generator)!
      let ending = ["\n", "\r\n", "\r"].randomElement(using: &generator)!
      // A CP949 file is read as such only when it holds Korean text: in its notes.
      let headers = encoding == .cp949 ? Self.headers.filter { $0 != "date,item,hours" } : Self.headers
      let header = headers.randomElement(using: &generator)!
      let columns = header.split(separator: ",").count
      var text = header
      let rows =
        encoding == .cp949
        ? Int.random(in: 1...4, using: &generator) : Int.random(in: 0...4, using: &generator)
      for _ in 0..<rows {
        text += ending + row(columns: columns, header: header, note: "공부")
      }
      if Bool.random(using: &generator) { text += ending }
      let existing = try encoding.encode(text, byteOrderMark: true).get()
      var note: String? = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        Self.noteParts.randomElement(using: &generator)!
      }.joined()
      if note == "" { note = nil }
      let hours = Double.random(in: (1.0 / 3600)...24, using: &generator)
      let session = Session(
        day: day("2024-09-15"), itemID: ["1", "2"].randomElement(using: &generator)!, hours: hours, note: note
      )
      let before = SessionLog.load(bytes: existing, source: "s", roadmap: roadmap, today: sampleToday)
      #expect(!before.hasErrors, "seed \(seed): \(before.diagnostics)")

      switch SessionLog.appendix(
        for: session, existing: existing, source: "s", roadmap: roadmap, today: sampleToday)
      {
      case .success(let bytes):
        appended += 1
        let after = SessionLog.load(
          bytes: existing + bytes, source: "s", roadmap: roadmap, today: sampleToday)
        #expect(!after.hasErrors, "seed \(seed): \(after.diagnostics)")
        #expect(Array(after.sessions.dropLast()) == before.sessions, "seed \(seed)")
        let last = after.sessions.last
        #expect(last?.itemID == session.itemID && last?.day == session.day, "seed \(seed)")
        #expect(abs((last?.hours ?? 0) - hours) <= hours * 1e-15, "seed \(seed)")
        let lines = note?.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
          of: "\r", with: "\n")
        let asRead = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
          $0.isEmpty ? nil : $0
        }
        #expect(last?.note == asRead, "seed \(seed)")
        #expect(
          try TextDecoder.decode(existing + bytes).get().encoding == encoding,
          "seed \(seed): \(encoding) \(header)")
      case .failure(.noNoteColumn):
        #expect(header == "date,item,hours", "seed \(seed)")
        #expect(note?.contains { !$0.isWhitespace } == true, "seed \(seed)")
      case .failure(.cannotEncode(_, let error)):
        #expect(encoding == .cp949, "seed \(seed)")
        #expect(note?.unicodeScalars.contains(error.character) == true, "seed \(seed)")
      case .failure(.wouldNotReadBack(_, let problem)):
        // Only CP949 refuses characters it has but that no longer read as Korean text (kana).
        #expect(
          encoding == .cp949 && problem == "the file would no longer read as CP949 (EUC-KR)",
          "seed \(seed): \(problem) \(String(reflecting: note)) \(header) \(encoding)")
      case .failure(let other):
        Issue.record("seed \(seed): \(other)")
      }
    }
    #expect(appended > 250)
  }

  /// A valid row for `header`, its note `note`.
  func row(columns: Int, header: String, note: String) -> String {
    header.split(separator: ",").map { name -> String in
      switch name {
      case "date", "날짜": return "2024-09-14"
      case "item", "항목": return "1"
      case "hours": return "1.5"
      case "minutes", "분": return "90"
      case "note", "메모": return note
      default: return ""
      }
    }.joined(separator: ",")
  }
}
