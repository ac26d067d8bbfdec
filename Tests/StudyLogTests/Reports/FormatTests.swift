import Foundation
import Testing

@testable import StudyLog

/// How reports write numbers and short text: each formatter's exact output, with a minus sign
/// (U+2212) rather than a hyphen, and `–` where there is no value.
@Suite struct FormatTests {
  @Test func percent() {
    #expect(Format.percent(200.0 / 3) == "67%")
    #expect(Format.percent(12.5) == "13%")
    #expect(Format.percent(0) == "0%")
    #expect(Format.percent(100) == "100%")
    #expect(Format.percent(nil) == "–")
  }

  @Test func decimal() {
    #expect(Format.decimal(12.5) == "12.5")
    #expect(Format.decimal(3) == "3")
    #expect(Format.decimal(1.0 / 3) == "0.333")
    #expect(Format.decimal(0.75) == "0.75")
    #expect(Format.decimal(2.0004) == "2")
    #expect(Format.decimal(0) == "0")
  }

  @Test func signedWholeDays() {
    #expect(Format.signed(5) == "+5")
    #expect(Format.signed(-4) == "\u{2212}4")
    #expect(Format.signed(-4) == "−4")
    #expect(Format.signed(0) == "0")
    #expect(Format.signed(nil as Int?) == "–")
  }

  @Test func signedDaysWithADecimalOnlyWhenThereIsOne() {
    #expect(Format.signed(4.66) == "+4.7")
    #expect(Format.signed(-4.0) == "−4")
    #expect(Format.signed(-1.5) == "−1.5")
    #expect(Format.signed(2.96) == "+3")
    #expect(Format.signed(0.04) == "0")
    #expect(Format.signed(-0.04) == "0")
    #expect(Format.signed(nil as Double?) == "–")
  }

  @Test func signedWithFixedDecimals() {
    #expect(Format.signed(4.66, decimals: 1) == "+4.7")
    #expect(Format.signed(1, decimals: 1) == "+1.0")
    #expect(Format.signed(-4, decimals: 1) == "−4.0")
    #expect(Format.signed(-0.04, decimals: 1) == "0.0")
    #expect(Format.signed(nil, decimals: 1) == "–")
  }

  @Test func changeIsSignedByTheExactChange() {
    #expect(Format.change(3) == "+3.0")
    #expect(Format.change(-0.5) == "−0.5")
    #expect(Format.change(0) == "±0.0")
    // A change too small to show keeps its sign.
    #expect(Format.change(0.04) == "+0.0")
    #expect(Format.change(-0.04) == "−0.0")
  }

  @Test func truncatedCountsTerminalColumns() {
    #expect(Format.truncated("abc", columns: 3) == "abc")
    #expect(Format.truncated("abcd", columns: 3) == "ab…")
    #expect(Format.truncated("한글", columns: 4) == "한글")
    // Seven columns at most before the ellipsis: a third syllable would make eight.
    #expect(Format.truncated("쿠버네티스 입문", columns: 8) == "쿠버네…")
    #expect(Format.truncated("한a글", columns: 4) == "한a…")
    #expect(Format.truncated("한글", columns: 3) == "한…")
    #expect(Format.truncated("😀😀", columns: 3) == "😀…")
  }

  @Test func hoursRatiosRoundingAndHeadings() {
    #expect(Format.oneDecimal(2.46) == "2.5")
    #expect(Format.twoDecimals(25.0 / 22) == "1.14")
    #expect(Format.rounded(200.0 / 3, places: 1) == 66.7)
    #expect(Format.rounded(-2.5, places: 0) == -3)
    #expect(Format.capitalised("done %") == "Done %")
    #expect(Format.capitalised("분류") == "분류")
    #expect(Format.capitalised("") == "")
  }

  /// Ratios are written by integer arithmetic on the double's bits: the same text as
  /// `String(format: "%.2f")`, exact ties (1.125, an exact binary fraction) to even included.
  @Test func twoDecimalsAgreesWithPrintf() {
    #expect(Format.twoDecimals(0.125) == "0.12")
    #expect(Format.twoDecimals(0.375) == "0.38")
    #expect(Format.twoDecimals(9.0 / 8) == "1.12")
    #expect(Format.twoDecimals(2.675) == "2.67")  // just below 2.675 in binary
    #expect(Format.twoDecimals(-0.0) == "-0.00")
    #expect(Format.twoDecimals(0) == "0.00")
    #expect(Format.twoDecimals(123_456.789) == "123456.79")
    #expect(Format.twoDecimals(.infinity) == "inf")
    var mismatches: [String] = []
    for planned in 1...300 {
      for actual in 0...400 {
        let x = Double(actual) / Double(planned)
        let expected = String(format: "%.2f", x)
        if Format.twoDecimals(x) != expected { mismatches.append("\(actual)/\(planned): \(expected)") }
      }
    }
    for x in [1e-300, 5e-324, 0.004_999_999_999, 0.005, 0.015, 1e11 + 0.005, 999_999_999_999.995] {
      if Format.twoDecimals(x) != String(format: "%.2f", x) { mismatches.append("\(x)") }
    }
    #expect(mismatches.isEmpty)
  }

  /// Text of printable ASCII and Hangul syllables is cut on scalars, the rest on characters; both
  /// leave the same text a character-by-character cut would.
  @Test func truncatedCutsCombiningTextOnCharacters() {
    #expect(Format.truncated("e\u{301}e\u{301}e\u{301}e\u{301}", columns: 3) == "e\u{301}e\u{301}…")
    #expect(Format.truncated("Prometheus – 모니터링 실습", columns: 16) == "Prometheus – 모…")
  }
}
