import Testing

@testable import StudyLogChart

/// Escaping text for XML 1.0.
@Suite struct XMLTextTests {
  @Test func markupBecomesEntities() {
    #expect(XMLText.content("a<b>&\"c\"") == "a&lt;b&gt;&amp;\"c\"")
    #expect(XMLText.attribute("a<b>&\"c\"") == "a&lt;b&gt;&amp;&quot;c&quot;")
  }

  @Test func whitespaceSurvivesAttributeNormalisation() {
    #expect(XMLText.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    #expect(XMLText.content("a\tb\nc\rd") == "a\tb\nc&#13;d")
  }

  @Test func forbiddenCharactersAreSpelledOut() {
    #expect(
      XMLText.content("\u{0}\u{1B}\u{7F}\u{FFFE}\u{FFFF}\u{1F600}")
        == "\\u{0}\\u{1B}\u{7F}\\u{FFFE}\\u{FFFF}\u{1F600}")
    #expect(XMLText.isAllowed("\u{85}") && !XMLText.isAllowed("\u{C}"))
  }
}
