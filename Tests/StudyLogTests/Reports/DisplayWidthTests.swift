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
}
