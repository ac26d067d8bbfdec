/// Inline markdown that a report writes: text, a link or bold, escaped when rendered, so that no
/// renderer builds markup by hand.
public enum InlineMarkdown: Sendable, Equatable {
  /// Text, escaped with `Markdown.escapeCell`.
  case text(String)
  /// `[text](url)`: escaped text; the text alone when the url is not an http or https link
  /// (`Markdown.link`).
  case link(String, url: String)
  /// `**…**`.
  indirect case bold(InlineMarkdown)

  /// An item's title, linked to its URL when it has one.
  static func title(of item: Item) -> InlineMarkdown {
    item.url.map { .link(item.title, url: $0) } ?? .text(item.title)
  }

  /// The markdown source.
  public var rendered: String {
    switch self {
    case .text(let text): return Markdown.escapeCell(text)
    case .link(let text, let url): return Markdown.link(text, url: url)
    case .bold(let inner): return "**\(inner.rendered)**"
    }
  }
}
