#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The encoding a file was read in.
public enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  /// Korean Windows code page 949, a superset of EUC-KR: what Excel in a Korean locale writes.
  case cp949 = "CP949 (EUC-KR)"
}

/// A file's text as UTF-8 bytes, whatever it was stored in.
public struct DecodedText: Sendable {
  public let utf8: [UInt8]
  public let encoding: TextEncoding
}

/// A file whose bytes are not text in an encoding studylog reads.
public struct TextDecodingError: Error, Equatable, Sendable {
  /// The physical line (1-based) of the first byte that could not be read, when known.
  public let line: Int?
  public let message: String
}

extension TextDecodingError: StudyLogError {
  public var errorDescription: String? { message }
  /// Input that is not text is a data error (65).
  public var exitCode: Int32 { ExitStatus.dataError }
}

/// Turns a file's bytes into UTF-8 text without ever guessing silently.
///
/// UTF-8 (a byte-order mark is stripped) and UTF-16 with a byte-order mark are read as they are.
/// Bytes that are not UTF-8 are tried as CP949 (EUC-KR), which spreadsheets in a Korean locale
/// write; that is accepted only when every non-ASCII character it yields is Korean or CJK text,
/// so that Latin-1 or other files are refused instead of garbled.
public enum TextDecoder {
  public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, TextDecodingError> {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes.dropFirst(3))
      if let bad = firstInvalidUTF8(body) {
        return .failure(notUTF8(body, at: bad, hadBOM: true))
      }
      return .success(DecodedText(utf8: body, encoding: .utf8WithBOM))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF)
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return .failure(
        TextDecodingError(
          line: nil,
          message: "the file is a spreadsheet workbook (.xlsx), not CSV; save it as 'CSV UTF-8' first"))
    }
    if let zero = bytes.firstIndex(of: 0) {
      if looksLikeUTF16WithoutBOM(bytes) {
        return .failure(
          TextDecodingError(
            line: nil,
            message: "the file looks like UTF-16 without a byte-order mark; re-save it as 'CSV UTF-8'"))
      }
      return .failure(
        TextDecodingError(
          line: lineOf(bytes, offset: zero), message: "the file holds a NUL byte; it is not a text file"))
    }
    guard let bad = firstInvalidUTF8(bytes) else {
      return .success(DecodedText(utf8: bytes, encoding: .utf8))
    }
    if let text = decodeCP949(bytes) {
      return .success(DecodedText(utf8: text, encoding: .cp949))
    }
    return .failure(notUTF8(bytes, at: bad, hadBOM: false))
  }

  private static func notUTF8(_ bytes: [UInt8], at offset: Int, hadBOM: Bool) -> TextDecodingError {
    let line = lineOf(bytes, offset: offset)
    let hex = "0x" + String(bytes[offset], radix: 16, uppercase: true)
    let tail =
      hadBOM
      ? "re-save it as 'CSV UTF-8'"
      : "nor Korean CP949 (EUC-KR); re-save it as 'CSV UTF-8' (in Excel: Save As › CSV UTF-8)"
    return TextDecodingError(line: line, message: "the file is not valid UTF-8 (byte \(hex)), \(tail)")
  }

  private static func lineOf(_ bytes: [UInt8], offset: Int) -> Int {
    SourceText(Array(bytes[..<offset])).lineStarts.count
  }

  /// The offset of the first byte that does not belong to valid UTF-8, or nil.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    // A large file's two halves checked at once, cut where a character starts (not at a
    // continuation byte): a character cannot run over the cut unless it is invalid before it.
    var cut = bytes.count / 2
    while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
    let halves = bytes.count >= 1 << 20 && cut > 0 ? [0..<cut, cut..<bytes.count] : [0..<bytes.count]
    return Parallel.map(halves.count) { firstInvalidUTF8(bytes, in: halves[$0]) }.lazy.compactMap { $0 }.first
  }

  /// The offset of the first byte from `range.lowerBound` (where a character starts) up to
  /// `range.upperBound` that does not belong to valid UTF-8, or nil.
  private static func firstInvalidUTF8(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
    var i = range.lowerBound
    let n = bytes.count
    while i < range.upperBound {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      let minSecond: UInt8
      let maxSecond: UInt8
      switch b {
      case 0xC2...0xDF: (length, minSecond, maxSecond) = (2, 0x80, 0xBF)
      case 0xE0: (length, minSecond, maxSecond) = (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, minSecond, maxSecond) = (3, 0x80, 0xBF)
      case 0xED: (length, minSecond, maxSecond) = (3, 0x80, 0x9F)
      case 0xF0: (length, minSecond, maxSecond) = (4, 0x90, 0xBF)
      case 0xF1...0xF3: (length, minSecond, maxSecond) = (4, 0x80, 0xBF)
      case 0xF4: (length, minSecond, maxSecond) = (4, 0x80, 0x8F)
      default: return i
      }
      guard i + length <= n, (minSecond...maxSecond).contains(bytes[i + 1]) else { return i }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return nil
  }

  private static func decodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool) -> Result<
    DecodedText, TextDecodingError
  > {
    let encoding: TextEncoding = littleEndian ? .utf16LE : .utf16BE
    guard body.count % 2 == 0 else {
      return .failure(
        TextDecodingError(line: nil, message: "the \(encoding.rawValue) file ends in half a character"))
    }
    var units: [UInt16] = []
    units.reserveCapacity(body.count / 2)
    var i = body.startIndex
    while i < body.endIndex {
      let a = UInt16(body[i])
      let b = UInt16(body[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var out: [UInt8] = []
    out.reserveCapacity(units.count * 2)
    let failed = transcode(
      units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true,
      into: { out.append($0) })
    if failed {
      let line = out.reduce(into: 1) { n, b in if b == 0x0A { n += 1 } }
      return .failure(
        TextDecodingError(
          line: line, message: "the \(encoding.rawValue) file holds a broken character (a lone surrogate)"))
    }
    return .success(DecodedText(utf8: out, encoding: encoding))
  }

  private static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(512)
    let zeros = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
    return sample.count >= 4 && zeros * 4 >= sample.count
  }

  /// Decodes CP949 with iconv; nil unless it decodes completely into plausible Korean text.
  static func decodeCP949(_ bytes: [UInt8]) -> [UInt8]? {
    let cd = iconv_open("UTF-8", "CP949")
    guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(cd) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    let produced: Int? = input.withUnsafeMutableBytes { inRaw in
      output.withUnsafeMutableBytes { outRaw in
        var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var inLeft = inRaw.count
        var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outLeft = outRaw.count
        let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        guard r != Int(bitPattern: UInt(bitPattern: -1)), inLeft == 0 else { return nil }
        return outRaw.count - outLeft
      }
    }
    guard let produced else { return nil }
    let utf8 = Array(output[..<produced])
    let text = String(decoding: utf8, as: UTF8.self)
    var sawKorean = false
    for scalar in text.unicodeScalars where !scalar.isASCII {
      switch scalar.value {
      case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: sawKorean = true
      case 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3000...0x303F, 0xFF00...0xFFEF, 0x2000...0x27BF,
        0x3200...0x33FF, 0x00A0...0x00FF, 0x0370...0x03FF, 0x0400...0x04FF, 0x2460...0x24FF:
        continue
      default: return nil
      }
    }
    return sawKorean ? utf8 : nil
  }
}

/// Text that an encoding has no bytes for.
public struct TextEncodingError: Error, Equatable, Sendable {
  /// The first character of the text that the encoding cannot hold.
  public let character: Unicode.Scalar
  /// The encoding that cannot hold it.
  public let encoding: TextEncoding

  /// `CP949 (EUC-KR) has no '😀' (U+1F600)`.
  public var message: String { "\(encoding.rawValue) has no \(characterName)" }

  /// The character and its code point: `'😀' (U+1F600)`.
  public var characterName: String {
    let code = String(character.value, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
    return "'\(character.escaped(asASCII: false))' (U+\(padded))"
  }
}

extension TextEncoding {
  /// The byte-order mark a file in this encoding starts with (empty for plain UTF-8 and CP949).
  public var byteOrderMark: [UInt8] {
    switch self {
    case .utf8, .cp949: return []
    case .utf8WithBOM: return [0xEF, 0xBB, 0xBF]
    case .utf16LE: return [0xFF, 0xFE]
    case .utf16BE: return [0xFE, 0xFF]
    }
  }

  /// `text` in this encoding, preceded by the encoding's byte-order mark when `byteOrderMark` is
  /// true (a whole file) and not when it is false (text appended to a file). Fails on the first
  /// character the encoding cannot hold (only CP949 lacks characters). Each encoding is stateless,
  /// so the bytes of a text are the bytes of its parts, one after the other.
  public func encode(_ text: String, byteOrderMark withMark: Bool) -> Result<[UInt8], TextEncodingError> {
    var bytes = withMark ? byteOrderMark : []
    switch self {
    case .utf8, .utf8WithBOM:
      bytes += Array(text.utf8)
    case .utf16LE, .utf16BE:
      bytes.reserveCapacity(bytes.count + text.utf16.count * 2)
      for unit in text.utf16 {
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        bytes += self == .utf16LE ? [low, high] : [high, low]
      }
    case .cp949:
      switch TextDecoder.encodeCP949(Array(text.utf8)) {
      case .success(let encoded): bytes += encoded
      case .failure(let failure):
        let rest = String(decoding: Array(text.utf8)[failure.offset...], as: UTF8.self)
        return .failure(TextEncodingError(character: rest.unicodeScalars.first ?? "?", encoding: self))
      }
    }
    return .success(bytes)
  }
}

extension TextDecoder {
  /// UTF-8 bytes in CP949, through iconv; on failure, the offset of the first byte whose character
  /// CP949 lacks.
  static func encodeCP949(_ utf8: [UInt8]) -> Result<[UInt8], CP949Failure> {
    let cd = iconv_open("CP949", "UTF-8")
    guard let cd, cd != iconv_t(bitPattern: -1) else { return .failure(CP949Failure(offset: 0)) }
    defer { iconv_close(cd) }
    var input = utf8
    // CP949 takes at most two bytes for a character that UTF-8 writes in two or more.
    var output = [UInt8](repeating: 0, count: utf8.count + 16)
    var consumed = 0
    let produced: Int? = input.withUnsafeMutableBytes { inRaw in
      output.withUnsafeMutableBytes { outRaw in
        var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var inLeft = inRaw.count
        var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outLeft = outRaw.count
        let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        consumed = inRaw.count - inLeft
        guard r != Int(bitPattern: UInt(bitPattern: -1)), inLeft == 0 else { return nil }
        return outRaw.count - outLeft
      }
    }
    guard let produced else { return .failure(CP949Failure(offset: consumed)) }
    return .success(Array(output[..<produced]))
  }

  /// Where CP949 encoding stopped: the byte offset, in the UTF-8 input, of the character it lacks.
  struct CP949Failure: Error {
    let offset: Int
  }
}
