/// What one cell of a `ReportTable` holds: the text that the terminal and CSV show, and what
/// markdown shows (by default the same text, escaped).
public struct ReportCell: Sendable, Equatable, ExpressibleByStringLiteral {
  /// The cell in a terminal table and in CSV.
  public var text: String
  /// The cell in a markdown table.
  public var markdown: InlineMarkdown

  public init(_ text: String) {
    self.text = text
    markdown = .text(text)
  }

  public init(_ text: String, markdown: InlineMarkdown) {
    self.text = text
    self.markdown = markdown
  }

  public init(stringLiteral value: String) { self.init(value) }
}
