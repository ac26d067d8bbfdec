import Testing

@testable import StudyLogCairo

@Suite struct PangoTextMeasurerTests {
  let measurer = PangoTextMeasurer()

  @Test func hangulAndLatinHaveFonts() {
    // Fails on a machine without fonts-nanum: the setup step must install it.
    for text in ["쿠버네티스 입문", "정보처리기사 실기", "Prometheus 모니터링", "TCP/IP"] {
      let extent = measurer.measure(text, size: 12)
      #expect(extent.unknownGlyphs == 0, "\(text)")
      #expect(extent.width > 0)
    }
  }

  @Test func unknownGlyphsAreCounted() {
    // Private-use code points have no glyph in any installed font.
    #expect(measurer.measure("a\u{E000}\u{E001}", size: 12).unknownGlyphs == 2)
  }

  @Test func widthScalesWithSizeAndLength() {
    let one = measurer.measure("가", size: 10).width
    let two = measurer.measure("가가", size: 10).width
    #expect(abs(two - 2 * one) < 0.01)
    // Unhinted, unrounded metrics: widths scale exactly with the size.
    let big = measurer.measure("가", size: 20).width
    #expect(abs(big - 2 * one) < 0.01)
  }

  @Test func boldIsWiderInDejaVuSans() {
    // NanumGothic's bold has the same advances as its regular; DejaVu Sans's does not.
    let dejaVu = PangoTextMeasurer(families: "DejaVu Sans")
    #expect(
      dejaVu.measure("Roadmap", size: 12, bold: true).width > dejaVu.measure("Roadmap", size: 12).width + 3)
  }

  @Test func heightIsAboutOneLine() {
    let extent = measurer.measure("한글 Latin", size: 12)
    #expect(extent.height > 12 && extent.height < 24)
  }
}
