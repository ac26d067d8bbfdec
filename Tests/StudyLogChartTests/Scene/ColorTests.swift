import Testing

@testable import StudyLogChart

/// Colours from and to hex notation.
@Suite struct ColorTests {
  @Test func hexColours() {
    #expect(Color(hex: "#0072B2")!.hex == "#0072B2")
    #expect(Color(hex: "0072b2cc")!.hex == "#0072B2CC")
    #expect(Color(hex: "#12345") == nil)
    #expect(Color(hex: "#GG0000") == nil)
  }
}
