import Testing

@testable import StudyLog

/// How many terminal columns text takes.
@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("한글", 4), ("IT 인프라", 9), ("漢字", 4), ("ｆｕｌｌ", 8), ("é", 1), ("e\u{301}", 1), ("😀", 2),
    ("", 0),
  ])
  func widths(text: String, width: Int) {
    #expect(displayWidth(text) == width)
  }

  /// Text of scalars that never join (printable ASCII, Hangul syllables, dashes and quotes, `−`,
  /// `─`) is measured scalar by scalar; anything else character by character. Both give the sum
  /// of the characters' widths.
  @Test(arguments: [
    "Prometheus 모니터링 – “실습” … −3 ──", "e\u{301}", "a\r\nb", "가\u{11A8}", "\u{1100}\u{1161}",
    "👍🏽", "🇰🇷", "a\u{200D}b", "x\u{FE0F}", "\u{2028}", "\u{200B}",
  ])
  func measuringByScalarsAgreesWithCharacters(text: String) {
    #expect(displayWidth(text) == text.reduce(0) { $0 + displayWidth(of: $1) })
  }

  @Test func onlyScalarsThatNeverJoinAreMeasuredByScalar() {
    #expect(simpleDisplayWidth("IT 인프라 – 1".unicodeScalars) == 13)
    #expect(simpleDisplayWidth("e\u{301}".unicodeScalars) == nil)
    #expect(simpleDisplayWidth("가\u{11A8}".unicodeScalars) == nil)
    #expect(simpleDisplayWidth("a\r\nb".unicodeScalars) == nil)
  }
}
