import Testing

@testable import StudyLog

/// A file of a megabyte or more is indexed and checked as UTF-8 in two halves at once, cut at
/// its middle byte; what comes out is what one pass gives, whatever lies across the cut.
@Suite struct LargeTextSplitTests {
  /// Whole lines `1,Infra,한글 제목,x` (24 bytes) up to `count` bytes at least, then the lines
  /// around the middle of the whole made ASCII letters, and `middle` in them, starting `before` bytes before
  /// the middle.
  static func text(_ count: Int, middle: [UInt8], before: Int) -> [UInt8] {
    let line = Array("1,Infra,한글 제목,x\n".utf8)
    var bytes = Array([[UInt8]](repeating: line, count: (count + line.count - 1) / line.count).joined())
    let half = bytes.count / 2
    let (lo, hi) = (
      (half - 8) / line.count * line.count, (half + 8 + line.count - 1) / line.count * line.count
    )
    bytes.replaceSubrange(lo..<hi, with: Array(repeating: 0x61, count: hi - lo))
    bytes.replaceSubrange(half - before..<half - before + middle.count, with: middle)
    return bytes
  }

  /// Line starts found byte by byte, the way one pass finds them.
  static func oneByOne(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A || bytes[i] == 0x0D {
        if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    return starts
  }

  @Test(
    arguments: [
      ([0x0D, 0x0A], 1), ([0x0D, 0x0A], 0), ([0x0D, 0x0A], 2), ([0x0D, 0x41], 1), ([0x0A, 0x0A], 1),
      ([0x0D, 0x0D, 0x0A], 2),
    ] as [([UInt8], Int)])
  func lineIndexAcrossTheCut(middle: [UInt8], before: Int) {
    let bytes = Self.text(1 << 20, middle: middle, before: before)
    let text = SourceText(bytes)
    #expect(text.lineStarts == Self.oneByOne(bytes))
    // `1,Infra,한글 제목,x\n` is 24 bytes: a line start every 24 bytes, and the middle's own.
    #expect(text.lineStarts.count == Self.oneByOne(bytes).count)
    #expect(text.lineStarts[1] == 24)
    #expect(bytes.count >= 1 << 20)
  }

  @Test func utf8CheckedAcrossTheCut() {
    let count = Self.text(1 << 20, middle: [], before: 0).count
    // 한 (ED 95 9C) across the cut: valid.
    for before in 0...3 {
      #expect(
        TextDecoder.firstInvalidUTF8(Self.text(count, middle: [0xED, 0x95, 0x9C], before: before)) == nil)
    }
    // A lead byte just before the cut without its continuation bytes: invalid there.
    #expect(TextDecoder.firstInvalidUTF8(Self.text(count, middle: [0xED, 0x41], before: 1)) == count / 2 - 1)
    // A stray continuation byte just after the cut.
    var late = Self.text(count, middle: [0x41], before: 0)
    late[count / 2 + 1] = 0x80
    #expect(TextDecoder.firstInvalidUTF8(late) == count / 2 + 1)
    // Bad bytes in both halves: the first one counts.
    late[100] = 0xFF
    #expect(TextDecoder.firstInvalidUTF8(late) == 100)
  }
}
