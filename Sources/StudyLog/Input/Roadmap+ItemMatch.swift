import Foundation

extension Roadmap {
  /// The item a session log names: an id, or else a title that exactly one item has.
  public enum ItemMatch: Equatable, Sendable {
    case item(Item)
    case unknown
    /// Several items have this title; their lines.
    case ambiguous([Int])
  }

  public func match(item reference: String) -> ItemMatch {
    let text = reference.trimmingWhitespace()
    if let item = items.first(where: { $0.id == text }) { return .item(item) }
    let titled = items.filter { $0.title == text }
    switch titled.count {
    case 0: return .unknown
    case 1: return .item(titled[0])
    default: return .ambiguous(titled.map(\.line))
    }
  }

  /// The message for a session's item that matches no item or several.
  public func problem(with reference: String) -> String? {
    switch match(item: reference) {
    case .item: return nil
    case .unknown:
      return "unknown item '\(reference)': no id or title in \(source) matches it"
    case .ambiguous(let lines):
      let list = lines.map(String.init).joined(separator: ", ")
      return
        "ambiguous item '\(reference)': the items on lines \(list) of \(source) have this title; use the id"
    }
  }
}
