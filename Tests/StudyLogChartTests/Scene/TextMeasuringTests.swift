import Testing

@testable import StudyLogChart

/// Text cut to a width with an ellipsis, measured with the fixed-width measurer.
@Suite struct TextMeasuringTests {
  @Test func fitCutsAtTheLongestPrefixThatFits() {
    let m = FixedWidthMeasurer()
    let font = Font(size: 10)  // 5 points per column
    #expect(m.fit("abcdefghij", maxWidth: 50, font: font) == ("abcdefghij", 50))
    #expect(m.fit("abcdefghij", maxWidth: 49, font: font) == ("abcdefgh…", 45))
    #expect(m.fit("한글 로드맵", maxWidth: 30, font: font) == ("한글…", 25))
    #expect(m.fit("abc", maxWidth: 4, font: font) == ("", 0))
  }
}
