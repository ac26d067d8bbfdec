import CZlib

/// A PNG of 8-bit RGB or RGBA decoded row by row with zlib, whatever its height (Cairo cannot
/// read one taller than 32,767 pixels); every chunk's CRC and the zlib stream's Adler-32 checked.
struct PNGRows {
  let width: Int
  let height: Int
  /// Samples per pixel: 3 (RGB) or 4 (RGBA).
  let channels: Int
  /// The unfiltered samples, row after row.
  let samples: [UInt8]

  enum Failure: Error { case malformed(String) }

  init(_ bytes: [UInt8]) throws {
    func u32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    guard bytes.count > 8, bytes.prefix(8) == [137, 80, 78, 71, 13, 10, 26, 10] else {
      throw Failure.malformed("no PNG signature")
    }
    var offset = 8
    var idat: [UInt8] = []
    var header: [UInt8] = []
    var ended = false
    while offset + 12 <= bytes.count {
      let length = u32(offset)
      let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
      guard offset + 12 + length <= bytes.count else { throw Failure.malformed("\(type) runs past the end") }
      let data = Array(bytes[offset + 8..<offset + 8 + length])
      let crc = bytes[offset + 4..<offset + 8 + length].withContiguousStorageIfAvailable {
        crc32(0, $0.baseAddress, uInt($0.count))
      }!
      guard Int(crc) == u32(offset + 8 + length) else { throw Failure.malformed("bad CRC in \(type)") }
      switch type {
      case "IHDR": header = data
      case "IDAT": idat += data
      case "IEND": ended = true
      default: break
      }
      offset += 12 + length
    }
    guard ended, offset == bytes.count, header.count == 13 else { throw Failure.malformed("bad chunks") }
    width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
    height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
    guard header[8] == 8, header[9] == 2 || header[9] == 6, header[12] == 0 else {
      throw Failure.malformed("not 8-bit RGB or RGBA")
    }
    channels = header[9] == 2 ? 3 : 4
    let rowBytes = width * channels
    var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw Failure.malformed("zlib")
    }
    defer { inflateEnd(&stream) }
    let status = idat.withUnsafeMutableBufferPointer { input in
      raw.withUnsafeMutableBufferPointer { output in
        stream.next_in = input.baseAddress
        stream.avail_in = uInt(input.count)
        stream.next_out = output.baseAddress
        stream.avail_out = uInt(output.count)
        return inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END, stream.avail_out == 0, stream.avail_in == 0 else {
      throw Failure.malformed("zlib stream: status \(status), \(stream.avail_out) bytes short")
    }
    var decoded = [UInt8](repeating: 0, count: rowBytes * height)
    let bpp = channels
    let rowCount = height
    try raw.withUnsafeBufferPointer { raw in
      try decoded.withUnsafeMutableBufferPointer { out in
        for y in 0..<rowCount {
          let filter = raw[y * (rowBytes + 1)]
          let line = y * (rowBytes + 1) + 1
          let row = y * rowBytes
          let above = row - rowBytes
          switch filter {
          case 0:
            for i in 0..<rowBytes { out[row + i] = raw[line + i] }
          case 2 where y > 0:
            for i in 0..<rowBytes { out[row + i] = raw[line + i] &+ out[above + i] }
          default:
            for i in 0..<rowBytes {
              let a = i >= bpp ? Int(out[row + i - bpp]) : 0
              let b = y > 0 ? Int(out[above + i]) : 0
              let c = i >= bpp && y > 0 ? Int(out[above + i - bpp]) : 0
              let predictor: Int
              switch filter {
              case 1: predictor = a
              case 2: predictor = b
              case 3: predictor = (a + b) / 2
              case 4:
                let p = a + b - c
                let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
              default: throw Failure.malformed("filter \(filter) in row \(y)")
              }
              out[row + i] = UInt8(truncatingIfNeeded: Int(raw[line + i]) + predictor)
            }
          }
        }
      }
    }
    samples = decoded
  }

  /// The pixel at (`x`, `y`) as `#RRGGBB`.
  func hex(_ x: Int, _ y: Int) -> String {
    let at = (y * width + x) * channels
    return "#"
      + samples[at..<at + 3].map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
  }
}
