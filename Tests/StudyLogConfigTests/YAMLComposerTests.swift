import StudyLog
import TestSupport
import Testing

@testable import StudyLogConfig

/// The YAML reader over libyaml (which replaced Yams, libyaml underneath too): aliases, quoted
/// nulls, several documents, control characters and duplicate keys read as Yams read them (the
/// messages were printed by studylog built with Yams 6.2.2 on the same files).
@Suite struct YAMLComposerTests {
  func messages(_ text: String) -> [String] {
    ConfigParser.parse(text, source: "s.yml").diagnostics.map(\.description)
  }

  @Test func aliasesAreTheAnchoredNode() throws {
    let loaded = ConfigParser.parse("title: &t 커리어 맵\nreport: {folder: *t}\n", source: "s.yml")
    #expect(loaded.diagnostics.isEmpty)
    let config = try #require(loaded.config)
    #expect(config.defaults.title == "커리어 맵")
    #expect(config.defaults.reportFolder == "커리어 맵")
  }

  @Test func quotedEmptyTextIsTextAndPlainNothingIsNull() throws {
    #expect(try #require(ConfigParser.parse("title: ''\n", source: "s.yml").config).defaults.title == "")
    #expect(messages("title: null\n") == ["s.yml:1:8: error: 'title' must be text, not empty"])
    let quoted = try #require(ConfigParser.parse("title: 'null'\n", source: "s.yml").config)
    #expect(quoted.defaults.title == "null")
  }

  @Test(arguments: [
    (
      "title: x\n---\ntitle: y\n",
      "s.yml:2:1: error: but found another document (expected a single document in the stream at line 1)"
    ),
    ("title: *nope\n", "s.yml:1:8: error: found undefined alias"),
    (
      "locale: en\ntitle: a\nlocale: ko\ntitle: b\n",
      "s.yml:1:1: error: duplicate key 'locale', 'title' in this mapping"
    ),
    ("title: \"\u{01}\"\n", "s.yml:1:9: error: control characters are not allowed"),
    ("title: x\n# 한글 \u{1B}\n", "s.yml:2:6: error: control characters are not allowed"),
    (
      "title: \"x\n",
      "s.yml:2:1: error: found unexpected end of stream (while scanning a quoted scalar at line 1)"
    ),
  ])
  func problems(text: String, message: String) {
    #expect(messages(text) == [message])
  }

  /// An explicit tag says what a scalar is: `!!str null` is the text "null", `!!null` is null.
  @Test func tagsDecideBetweenTextAndNull() throws {
    #expect(
      try #require(ConfigParser.parse("title: !!str null\n", source: "s.yml").config).defaults.title == "null"
    )
    #expect(messages("title: !!null x\n") == ["s.yml:1:8: error: 'title' must be text, not empty"])
  }

  /// Lists and mappings nested past 64 levels are refused where the 65th opens, instead of
  /// overflowing the stack (libyaml itself has no limit): a hostile `[[[[…` of any length.
  @Test(arguments: ["[", "{a: "])
  func deepNestingIsRefused(opener: String) {
    let text = String(repeating: opener, count: 100_000)
    let column = 64 * opener.count + 1
    #expect(messages(text) == ["s.yml:1:\(column): error: lists and mappings nested more than 64 deep"])
  }

  @Test func emptyAndCommentOnlyFilesHaveNoSettings() throws {
    for text in ["", "# nothing yet\n", "---\n"] {
      let loaded = ConfigParser.parse(text, source: "s.yml")
      #expect(loaded.diagnostics.isEmpty)
      #expect(try #require(loaded.config).defaults.title == nil)
    }
  }
}
