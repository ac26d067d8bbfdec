/// A file's UTF-8 text with an index of where each physical line starts, so that a byte offset
/// can be turned into the line and column that an editor shows.
///
/// Lines end at LF, CR LF or a lone CR. Columns count characters (grapheme clusters) from 1, so
/// a Hangul syllable is one column, as in most editors.
public struct SourceText: Sendable {
  public let bytes: [UInt8]
  /// Byte offset where each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    // A large file's two halves indexed at once.
    let halves = Parallel.split(bytes.count, minimum: 1 << 20)
    let parts = Parallel.map(halves.count) { Self.lineStarts(bytes, after: halves[$0]) }
    lineStarts = [0] + parts.joined()
  }

  /// Where the lines start that follow the line breaks which begin in `range`; a CR LF cut by
  /// the start of `range` belongs to the part before it.
  private static func lineStarts(_ bytes: [UInt8], after range: Range<Int>) -> [Int] {
    var starts: [Int] = []
    bytes.withUnsafeBufferPointer { bytes in
      var i = range.lowerBound
      let n = bytes.count
      if i > 0 && i < n && bytes[i] == 0x0A && bytes[i - 1] == 0x0D { i += 1 }
      while i < range.upperBound {
        let b = bytes[i]
        if b == 0x0A {
          starts.append(i + 1)
        } else if b == 0x0D {
          if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        }
        i += 1
      }
    }
    return starts
  }

  /// The 1-based physical line that holds the byte at `offset`.
  public func line(ofByte offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The 1-based line and column (in characters) of the byte at `offset`.
  public func location(ofByte offset: Int) -> (line: Int, column: Int) {
    let line = line(ofByte: offset)
    let start = lineStarts[line - 1]
    let prefix = String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self)
    return (line, prefix.count + 1)
  }
}
