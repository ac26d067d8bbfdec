import Foundation
import Testing

@testable import StudyLog

/// Writing text back in the encodings studylog reads: what `log` appends and what `sync` writes.
@Suite struct TextEncodingTests {
  let text = "date,note\r\n2024-09-15,공부 똠방\n"

  @Test func utf8WithAndWithoutItsByteOrderMark() throws {
    #expect(try TextEncoding.utf8.encode(text, byteOrderMark: true).get() == Array(text.utf8))
    #expect(
      try TextEncoding.utf8WithBOM.encode(text, byteOrderMark: true).get() == [0xEF, 0xBB, 0xBF]
        + Array(text.utf8))
    #expect(try TextEncoding.utf8WithBOM.encode(text, byteOrderMark: false).get() == Array(text.utf8))
  }

  @Test func utf16InEachByteOrder() throws {
    let withEmoji = text + "😀"
    let le = Array(withEmoji.data(using: .utf16LittleEndian)!)
    let be = Array(withEmoji.data(using: .utf16BigEndian)!)
    #expect(try TextEncoding.utf16LE.encode(withEmoji, byteOrderMark: true).get() == [0xFF, 0xFE] + le)
    #expect(try TextEncoding.utf16LE.encode(withEmoji, byteOrderMark: false).get() == le)
    #expect(try TextEncoding.utf16BE.encode(withEmoji, byteOrderMark: true).get() == [0xFE, 0xFF] + be)
    #expect(try TextEncoding.utf16BE.encode(withEmoji, byteOrderMark: false).get() == be)
  }

  @Test func cp949IncludingItsExtensionSyllables() throws {
    // 공부 is B0F8 BACE (also EUC-KR); 똠 is 8C63, only in CP949.
    let bytes = try TextEncoding.cp949.encode("a 공부 똠", byteOrderMark: true).get()
    #expect(bytes == [0x61, 0x20, 0xB0, 0xF8, 0xBA, 0xCE, 0x20, 0x8C, 0x63])
  }

  @Test func whatCP949LacksIsNamed() {
    let failure = TextEncoding.cp949.encode("공부 😀 é", byteOrderMark: false).failure
    #expect(failure == TextEncodingError(character: "😀", encoding: .cp949))
    #expect(failure?.message == "CP949 (EUC-KR) has no '😀' (U+1F600)")
    #expect(
      TextEncoding.cp949.encode("café", byteOrderMark: false).failure?.message
        == "CP949 (EUC-KR) has no 'é' (U+00E9)")
  }

  @Test(arguments: [TextEncoding.utf8, .utf8WithBOM, .utf16LE, .utf16BE, .cp949])
  func whatIsEncodedDecodesBackInTheSameEncoding(encoding: TextEncoding) throws {
    let bytes = try encoding.encode(text, byteOrderMark: true).get()
    let decoded = try TextDecoder.decode(bytes).get()
    #expect(decoded.encoding == encoding)
    #expect(decoded.utf8 == Array(text.utf8))
  }
}
