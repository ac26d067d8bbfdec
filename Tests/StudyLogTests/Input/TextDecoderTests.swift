import Testing

@testable import StudyLog

@Suite struct TextDecoderTests {
  let header = "category,title\n"

  @Test func utf8WithAndWithoutBOM() throws {
    let plain = Array((header + "Infra,한글\n").utf8)
    #expect(try TextDecoder.decode(plain).get().encoding == .utf8)
    let withBOM = [0xEF, 0xBB, 0xBF] + plain
    let decoded = try TextDecoder.decode(withBOM).get()
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.utf8 == plain)
  }

  @Test func utf16WithBOMInBothByteOrders() throws {
    let text = header + "Infra,한글 😀\n"
    let units = Array(text.utf16)
    let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try TextDecoder.decode(le).get().utf8 == Array(text.utf8))
    #expect(try TextDecoder.decode(le).get().encoding == .utf16LE)
    #expect(try TextDecoder.decode(be).get().utf8 == Array(text.utf8))
    #expect(try TextDecoder.decode(be).get().encoding == .utf16BE)
  }

  @Test func brokenUTF16IsRefused() {
    // A lone high surrogate.
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x0A, 0x00]
    #expect(
      TextDecoder.decode(bytes).failure
        == TextDecodingError(
          line: 1, message: "the UTF-16LE file holds a broken character (a lone surrogate)"))
  }

  @Test func cp949IsDecodedIncludingItsExtensionSyllables() throws {
    // "Infra,한글 똠방\n" in CP949; 똠 (0x8C63) exists only in CP949, not in EUC-KR.
    let bytes =
      Array(header.utf8) + [
        0x49, 0x6E, 0x66, 0x72, 0x61, 0x2C, 0xC7, 0xD1, 0xB1, 0xDB, 0x20, 0x8C, 0x63, 0xB9, 0xE6, 0x0A,
      ]
    let decoded = try TextDecoder.decode(bytes).get()
    #expect(decoded.encoding == .cp949)
    #expect(String(decoding: decoded.utf8, as: UTF8.self) == header + "Infra,한글 똠방\n")
  }

  @Test func latin1IsRefusedNotGarbled() {
    // "café" in Latin-1 on line 2.
    let bytes = Array(header.utf8) + [0x63, 0x61, 0x66, 0xE9, 0x2C, 0x78, 0x0A]
    #expect(
      TextDecoder.decode(bytes).failure
        == TextDecodingError(
          line: 2,
          message:
            "the file is not valid UTF-8 (byte 0xE9), nor Korean CP949 (EUC-KR); re-save it as 'CSV UTF-8' (in Excel: Save As › CSV UTF-8)"
        ))
    // Latin-1 capitals followed by letters would decode as CP949 Hangul-like syllables in places;
    // "ÀÉ" + "Ça" must still be refused rather than turned into Korean.
    let tricky = Array(header.utf8) + [0xC0, 0xC9, 0x2C, 0xC7, 0x61, 0x0A]
    #expect(TextDecoder.decode(tricky).failure != nil)
  }

  @Test func utf16WithoutBOMIsNamed() {
    let units = Array((header + "a,b\n").utf16)
    let bytes = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(
      TextDecoder.decode(bytes).failure?.message
        == "the file looks like UTF-16 without a byte-order mark; re-save it as 'CSV UTF-8'")
  }

  @Test func invalidUTF8AfterABOMIsRefused() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x62, 0xFF, 0x0A]
    #expect(
      TextDecoder.decode(bytes).failure
        == TextDecodingError(
          line: 2, message: "the file is not valid UTF-8 (byte 0xFF), re-save it as 'CSV UTF-8'"))
  }

  @Test func utf8ValidationMatchesTheStandardLibrary() {
    let samples: [[UInt8]] = [
      [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF0, 0x9F, 0x98, 0x80],
      [0xE2, 0x82], [0x61, 0xE2, 0x82, 0xAC], [0xC2, 0xA0],
    ]
    for s in samples {
      let valid = String(validating: s, as: UTF8.self) != nil
      #expect((TextDecoder.firstInvalidUTF8(s) == nil) == valid, "\(s)")
    }
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let e) = self { return e }
    return nil
  }
}
