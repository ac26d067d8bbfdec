import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// `Printf.format` writes numbers as `String(format:)` did. The expected strings were printed
/// by `String(format:)` (swift-corelibs-foundation, Swift 6.3.1) before studylog stopped using it.
@Suite struct PrintfTests {
  @Test(arguments: [
    (0.05, "0.1", "0.05"), (0.15, "0.1", "0.15"), (0.25, "0.2", "0.25"), (0.35, "0.3", "0.35"),
    (0.45, "0.5", "0.45"), (2.675, "2.7", "2.67"), (1.005, "1.0", "1.00"), (9.95, "9.9", "9.95"),
    (-0.0, "-0.0", "-0.00"), (-0.05, "-0.1", "-0.05"), (1e6, "1000000.0", "1000000.00"),
    (123_456_789.125, "123456789.1", "123456789.12"),
    (1e21, "1000000000000000000000.0", "1000000000000000000000.00"),
    (Double.nan, "nan", "nan"), (Double.infinity, "inf", "inf"), (-Double.infinity, "-inf", "-inf"),
  ])
  func oneAndTwoDecimals(x: Double, one: String, two: String) {
    #expect(Printf.format("%.1f", x) == one)
    #expect(Printf.format("%.2f", x) == two)
    #expect(Format.oneDecimal(x) == one)
    #expect(Format.twoDecimals(x) == two)
  }

  @Test func hugeAndManyPlaces() {
    let huge = Printf.format("%.1f", Double.greatestFiniteMagnitude)
    #expect(huge.count == 311)
    #expect(huge.hasPrefix("1797693134862315708145274237317043567980"))
    #expect(huge.hasSuffix("124858368.0"))
    #expect(Printf.format("%.24f", 0.05) == "0.050000000000000002775558")
    #expect(Printf.format("%.24f", 2.675) == "2.674999999999999822364316")
    #expect(Printf.format("%.0f", 2.675) == "3")
    #expect(Printf.format("%.0f", -0.05) == "-0")
  }

  @Test(arguments: [
    (UInt32(0), "\\u0000"), (0x1B, "\\u001b"), (0x7F, "\\u007f"), (0x9B, "\\u009b"), (0x202E, "\\u202e"),
    (0x2028, "\\u2028"), (0xFFFF, "\\uffff"),
  ])
  func unicodeEscapes(value: UInt32, expected: String) {
    #expect(Printf.format("\\u%04x", value) == expected)
  }

  /// The same text as Foundation's `String(format:)` for a sweep of values, including the
  /// halves that binary floating point cannot hold.
  @Test func sameAsFoundationOverASweep() {
    var generator = SeededGenerator(state: 15)
    var values: [Double] = (0..<2000).map { Double($0) / 200 - 5 }
    values += (0..<2000).map { _ in Double.random(in: -1e7...1e7, using: &generator) }
    for x in values {
      for format in ["%.0f", "%.1f", "%.2f", "%.3f"] {
        #expect(Printf.format(format, x) == String(format: format, x), "\(format) of \(x)")
      }
    }
  }

  @Test func signedFormats() {
    #expect(Format.signed(0.05) == "+0.1")
    #expect(Format.signed(-0.04) == "0")
    #expect(Format.signed(4.0) == "+4")
    #expect(Format.signed(-4.66) == "−4.7")
    #expect(Format.signed(0.0, decimals: 2) == "0.00")
    #expect(Format.change(-0.0) == "±0.0")
    #expect(Format.change(0.15) == "+0.1")
  }
}
