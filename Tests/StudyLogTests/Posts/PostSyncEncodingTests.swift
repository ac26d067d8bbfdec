import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// A synced post is written back in the encoding it was read in, with its byte-order mark.
@Suite struct PostSyncEncodingTests {
  let roadmap = Roadmap.load(
    csv: "id,track,category,title,planned\n1,SRE,Infra,DNS 동작,24.04.08-24.04.21\n", source: "roadmap.csv",
    today: sampleToday
  ).roadmap

  let post = "# 공부\r\n<!-- studylog:table track=SRE -->\r\n<!-- studylog:end -->\r\n끝"
  /// With a blank line before and after it, which kramdown needs to see a table.
  let table =
    "\r\n| Number | Category | Title | Description | Date |\r\n| --- | --- | --- | --- | --- |\r\n"
    + "| 1 | Infra | DNS 동작 |  | 24.04.08-24.04.21 |\r\n\r\n"

  func synced(_ bytes: [UInt8]) throws -> Result<[UInt8], PostSync.EncodingError> {
    let decoded = try TextDecoder.decode(bytes).get()
    let outcome = PostSync.sync(
      post: String(decoding: decoded.utf8, as: UTF8.self), source: "p.md", roadmap: roadmap, style: .yymmdd,
      imageAlt: "")
    return PostSync.encode(outcome.text, like: decoded, original: bytes, source: "p.md")
  }

  var expected: String {
    post.replacingOccurrences(of: "-->\r\n<!-- studylog:end", with: "-->\r\n" + table + "<!-- studylog:end")
  }

  @Test func utf8KeepsItsByteOrderMark() throws {
    #expect(
      try synced([0xEF, 0xBB, 0xBF] + Array(post.utf8)).get() == [0xEF, 0xBB, 0xBF] + Array(expected.utf8))
    #expect(try synced(Array(post.utf8)).get() == Array(expected.utf8))
  }

  @Test func utf16StaysUTF16InItsByteOrder() throws {
    let le = [0xFF, 0xFE] + Array(post.data(using: .utf16LittleEndian)!)
    #expect(try synced(le).get() == [0xFF, 0xFE] + Array(expected.data(using: .utf16LittleEndian)!))
    let be = [0xFE, 0xFF] + Array(post.data(using: .utf16BigEndian)!)
    #expect(try synced(be).get() == [0xFE, 0xFF] + Array(expected.data(using: .utf16BigEndian)!))
  }

  @Test func cp949StaysCP949ByteForByteOutsideTheMarkers() throws {
    // "# 공부\r\n" and "끝" in CP949 (B0F8 BACE, B3A1).
    let head: [UInt8] = [0x23, 0x20, 0xB0, 0xF8, 0xBA, 0xCE, 0x0D, 0x0A]
    let markers = Array("<!-- studylog:table track=SRE -->\r\n<!-- studylog:end -->\r\n".utf8)
    let tail: [UInt8] = [0xB3, 0xA1]
    let bytes = try synced(head + markers + tail).get()
    let open = Array("<!-- studylog:table track=SRE -->\r\n".utf8)
    let end = Array("<!-- studylog:end -->\r\n".utf8)
    #expect(Array(bytes.prefix(head.count + open.count)) == head + open)
    #expect(Array(bytes.suffix(end.count + tail.count)) == end + tail)
    let decoded = try TextDecoder.decode(bytes).get()
    #expect(decoded.encoding == .cp949)
    #expect(String(decoding: decoded.utf8, as: UTF8.self) == expected)
  }

  @Test func aCharacterTheEncodingLacksIsRefused() throws {
    let emoji = Roadmap.load(
      csv: "id,track,category,title\n1,SRE,Infra,DNS 😀\n", source: "roadmap.csv", today: sampleToday
    ).roadmap
    let bytes =
      Array("# ".utf8) + [0xB0, 0xF8, 0xBA, 0xCE]
      + Array("\n<!-- studylog:table -->\n<!-- studylog:end -->\n".utf8)
    let decoded = try TextDecoder.decode(bytes).get()
    let outcome = PostSync.sync(
      post: String(decoding: decoded.utf8, as: UTF8.self), source: "p.md", roadmap: emoji, style: .yymmdd,
      imageAlt: "")
    let result = PostSync.encode(outcome.text, like: decoded, original: bytes, source: "p.md")
    guard case .failure(let error) = result else {
      Issue.record("encoded: \(result)")
      return
    }
    #expect(error == .cannotEncode("p.md", TextEncodingError(character: "😀", encoding: .cp949)))
    #expect(
      error.errorDescription
        == "cannot update 'p.md': the post is CP949 (EUC-KR), which has no '😀' (U+1F600) that the roadmap holds; nothing was written (re-save the post as UTF-8)"
    )
    #expect(error.exitCode == 65)
  }
}
