import Testing

@testable import StudyLog

/// Text compared byte for byte, as ids and titles are matched.
@Suite struct ExactTextTests {
  @Test func exactTextComparesBytes() {
    #expect(ExactText("한글") == ExactText("한글"))
    // Precomposed and decomposed é are equal as Strings but typed differently.
    #expect(ExactText("\u{E9}") != ExactText("e\u{301}"))
    #expect(Set([ExactText("a"), ExactText("a"), ExactText("b")]).count == 2)
  }
}
