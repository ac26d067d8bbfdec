import CPNGWriter
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bands of a made-up image for `studylog_write_banded_png`: row y is grey level 5·y, band 0 is
/// slow (so the other threads run ahead until every slot is taken and they must wait), and one
/// band may fail to draw.
private final class MadeUpBands {
  static let width = 4
  let failing: Int32?
  /// One buffer of two rows per worker (a band of one row and the row above it).
  let buffers = (0..<8).map { _ in UnsafeMutablePointer<UInt32>.allocate(capacity: 2 * width) }
  var bytes: [UInt8] = []

  init(failing: Int32?) { self.failing = failing }
  deinit { for buffer in buffers { buffer.deallocate() } }

  static func grey(row: Int) -> UInt32 {
    let level = UInt32(row * 5 % 256)
    return 0xFF00_0000 | level << 16 | level << 8 | level
  }
}

private let drawMadeUpBand: studylog_band_drawer = { closure, worker, band, top, rows, pixels, stride in
  let bands = Unmanaged<MadeUpBands>.fromOpaque(closure!).takeUnretainedValue()
  if band == 0 { usleep(30_000) }
  if band == bands.failing { return -1 }
  let buffer = bands.buffers[Int(worker)]
  for r in 0..<Int(rows) {
    for x in 0..<MadeUpBands.width { buffer[r * MadeUpBands.width + x] = MadeUpBands.grey(row: Int(top) + r) }
  }
  pixels!.pointee = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
  stride!.pointee = Int32(MadeUpBands.width * 4)
  return 0
}

private let collectBytes: studylog_png_sink = { closure, bytes, length in
  let bands = Unmanaged<MadeUpBands>.fromOpaque(closure!).takeUnretainedValue()
  bands.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
  return 0
}

/// The banded PNG encoder itself, on a made-up image of one-row bands drawn on three threads.
@Suite struct BandedEncoderTests {
  func encode(failing: Int32?) -> (status: Int32, error: String, bytes: [UInt8]) {
    let bands = MadeUpBands(failing: failing)
    var error = [CChar](repeating: 0, count: 256)
    let status = withExtendedLifetime(bands) {
      let closure = Unmanaged.passUnretained(bands).toOpaque()
      return studylog_write_banded_png(
        Int32(MadeUpBands.width), 40, 1, 3, 1, 3, drawMadeUpBand, closure, collectBytes, closure, &error)
    }
    return (
      status, String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
      bands.bytes
    )
  }

  // Band 0 is slow: the other threads fill every slot and wait for it; the image comes out whole
  // and in order.
  @Test func slowFirstBandGivesTheWholeImageInOrder() throws {
    let (status, _, bytes) = encode(failing: nil)
    #expect(status == 0)
    let png = try PNGRows(bytes)
    #expect(png.width == 4 && png.height == 40 && png.channels == 3)
    for y in 0..<40 {
      let level = String(y * 5, radix: 16, uppercase: true)
      let byte = level.count == 1 ? "0" + level : level
      #expect(png.hex(3, y) == "#" + byte + byte + byte)
    }
  }

  // A band that cannot be drawn, while the others are drawn ahead of it, stops every thread
  // with the error, whichever band it is.
  @Test(arguments: [0, 1, 25, 39] as [Int32])
  func bandThatCannotBeDrawnStopsEveryThread(band: Int32) {
    let (status, error, _) = encode(failing: band)
    #expect(status == -1)
    #expect(error == "a band could not be drawn")
  }
}
