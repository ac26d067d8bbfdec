import Testing

@testable import StudyLog

/// Fenced code blocks as CommonMark (GitHub) and kramdown's GFM parser (Jekyll) read them.
@Suite struct CodeFenceTests {
  @Test(arguments: [
    ("```", "```"), ("   ````html", "````"), ("~~~ ruby `x`", "~~~"), ("~~~~~", "~~~~~"), ("``` a b", "```"),
  ])
  func openingFences(line: String, marks: String) {
    #expect(CodeFence.opening(line[...]) == CodeFence(marks: marks[...]))
  }

  @Test(arguments: ["``", "    ```", "\t```", "``` a`b", "a ```", "- ```", "> ```", "~~", "`~`"])
  func notOpeningFences(line: String) {
    #expect(CodeFence.opening(line[...]) == nil)
  }

  /// kramdown also takes a mix of backticks and tildes and an info string with backticks, not
  /// one of several words, and may read part of the run as the info string.
  @Test(arguments: [
    ("```", ["```"]), ("`~`", ["`~`"]), ("``` a`b", ["```"]), ("~~~ a b", []), ("~~~~", ["~~~~", "~~~"]),
    ("~~~~ md", ["~~~~"]), ("    ```", []),
  ])
  func kramdownOpenings(line: String, marks: [String]) {
    #expect(CodeFence.kramdownOpenings(line[...]).map { String($0.marks) } == marks)
  }

  @Test func closingRepeatsTheRunAndMayAddMoreOfItsLastCharacter() {
    let fence = CodeFence(marks: "````")
    #expect(fence.isClosed(by: "````"))
    #expect(fence.isClosed(by: "   `````  \t"))
    #expect(!fence.isClosed(by: "```"))
    #expect(!fence.isClosed(by: "~~~~"))
    #expect(!fence.isClosed(by: "```` x"))
    #expect(!fence.isClosed(by: "    ````"))
    #expect(CodeFence(marks: "`~`").isClosed(by: "`~```"))
    #expect(!CodeFence(marks: "`~`").isClosed(by: "`~`~~"))
  }

  @Test func fencedForEitherRenderer() {
    let lines = Markdown.lines("a\n```md\n<!-- x -->\n~~~\n```\nb\n~~~~\n```\n")
    #expect(CodeFence.fencedLines(lines) == [false, true, true, true, true, false, true, true])
    // Unclosed: to the end for CommonMark, not a block for kramdown.
    #expect(CodeFence.unclosed(lines) == 6)
    // `~~~ a b` is a fence for CommonMark only; `` `~` `` for kramdown only.
    let either = Markdown.lines("~~~ a b\nx\n~~~\ny\n`~`\nz\n`~`\n")
    #expect(CodeFence.fencedLines(either) == [true, true, true, false, true, true, true])
    #expect(CodeFence.unclosed(either) == nil)
  }
}
