import Testing

@testable import StudyLog

/// JSON strings escape what a terminal or a browser would act on, and a reader gets them back.
@Suite struct JSONValueTests {
  @Test func controlsAndBidiOverridesAreEscaped() {
    #expect(
      JSONValue.string("a\u{1B}[2J\u{202E}b\u{2066}\u{85}\u{7F}\u{2028}\u{2029}\n\"\\").rendered(indent: 0)
        == #""a\u001b[2J\u202eb\u2066\u0085\u007f\u2028\u2029\n\"\\""#)
    #expect(JSONValue.string("쿠버네티스 😀 <script>").rendered(indent: 0) == #""쿠버네티스 😀 <script>""#)
  }
}
