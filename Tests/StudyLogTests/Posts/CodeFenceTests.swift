import Testing

@testable import StudyLog

/// Fenced code blocks as CommonMark (and so kramdown's GFM parser and GitHub) reads them.
@Suite struct CodeFenceTests {
  @Test(arguments: [
    ("```", CodeFence(character: "`", length: 3)),
    ("   ````html", CodeFence(character: "`", length: 4)),
    ("~~~ ruby `x`", CodeFence(character: "~", length: 3)),
    ("~~~~~", CodeFence(character: "~", length: 5)),
  ])
  func openingFences(line: String, fence: CodeFence) {
    #expect(CodeFence.opening(line[...]) == fence)
  }

  @Test(arguments: ["``", "    ```", "\t```", "``` a`b", "a ```", "- ```", "> ```", "~~"])
  func notOpeningFences(line: String) {
    #expect(CodeFence.opening(line[...]) == nil)
  }

  @Test func closingNeedsTheSameCharacterAndAtLeastAsMany() {
    let fence = CodeFence(character: "`", length: 4)
    #expect(fence.isClosed(by: "````"))
    #expect(fence.isClosed(by: "   `````  \t"))
    #expect(!fence.isClosed(by: "```"))
    #expect(!fence.isClosed(by: "~~~~"))
    #expect(!fence.isClosed(by: "```` x"))
    #expect(!fence.isClosed(by: "    ````"))
  }

  @Test func linesInsideFencesIncludingTheFences() {
    let text = "a\n```md\n<!-- x -->\n~~~\n```\nb\n~~~~\n```\n"
    #expect(
      CodeFence.fencedLines(Markdown.lines(text)) == [false, true, true, true, true, false, true, true])
  }
}
