import Testing

@testable import StudyLog

/// The rows of a markdown pipe table, split into cells, and its delimiter row.
@Suite struct PipeTableTests {
  @Test func splittingRows() {
    #expect(Markdown.split("| a | b \\| c | `x|y` |").map(\.raw) == ["a", "b \\| c", "`x|y`"])
    #expect(Markdown.split("a | b").map(\.raw) == ["a", "b"])
    #expect(Markdown.split("no pipes").isEmpty)
    #expect(Markdown.isDelimiterRow("|:---|---:|:-:|"))
    #expect(!Markdown.isDelimiterRow("| a | b |"))
  }
}
