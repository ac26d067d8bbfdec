#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Roadmap {
  /// The item a session log names: an id (`5` or `#5`), or else a title that exactly one item has.
  public enum ItemMatch: Equatable, Sendable {
    case item(Item)
    case unknown
    /// Several items have this title; their lines.
    case ambiguous([Int])
  }

  public func match(item reference: String) -> ItemMatch {
    let text = reference.trimmingWhitespace()
    if let item = items.first(where: { $0.id == text }) { return .item(item) }
    if text.hasPrefix("#"), let item = items.first(where: { "#" + $0.id == text }) { return .item(item) }
    let titled = items.filter { $0.title == text }
    switch titled.count {
    case 0: return .unknown
    case 1: return .item(titled[0])
    default: return .ambiguous(titled.map(\.line))
    }
  }

  /// The message for a session's item that matches no item or several; for no item, it names the
  /// closest items (`suggestions(for:)`): up to five, or the first five ids of more.
  public func problem(with reference: String) -> String? {
    switch match(item: reference) {
    case .item: return nil
    case .unknown:
      let message = "unknown item '\(reference)': no id or title in \(source) matches it"
      let close = suggestions(for: reference)
      func named(_ item: Item) -> String { "#\(item.id) \(item.title)" }
      switch close.count {
      case 0: return message
      case 1: return message + "; did you mean \(named(close[0]))?"
      case 2...5:
        return message + "; did you mean " + close.dropLast().map(named).joined(separator: ", ")
          + " or \(named(close.last!))?"
      default:
        let ids = close.prefix(5).map { "#\($0.id)" }.joined(separator: ", ")
        return message + "; \(close.count) items are close (\(ids), …): give the id"
      }
    case .ambiguous(let lines):
      let list = lines.map(String.init).joined(separator: ", ")
      return
        "ambiguous item '\(reference)': the items on lines \(list) of \(source) have this title; use the id"
    }
  }

  /// The items closest to a reference that matches none, in file order within each kind of match,
  /// from the first kind that finds any: titles holding every word of it (case ignored), then, for
  /// a reference of three or more characters, titles within an edit distance of a third of its
  /// length (at least 1; nearest first), then titles sharing a word of two or more characters
  /// with it (most shared first). A number that is no id (`7`) is like no title.
  public func suggestions(for reference: String) -> [Item] {
    let text = reference.trimmingWhitespace().lowercased()
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return [] }
    let titles = items.map { $0.title.lowercased() }
    let holding = items.indices.filter { i in words.allSatisfy { titles[i].contains($0) } }
    if !holding.isEmpty { return holding.map { items[$0] } }
    let limit = text.count >= 3 ? max(1, text.count / 3) : 0
    let near = items.indices.compactMap { i in
      limit == 0 ? nil : EditDistance.between(text, titles[i], limit: limit).map { (i, $0) }
    }
    if !near.isEmpty { return near.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { items[$0.0] } }
    let long = Set(words.filter { $0.count >= 2 })
    let sharing = items.indices.compactMap { i -> (Int, Int)? in
      let shared = Set(titles[i].split(whereSeparator: \.isWhitespace).map(String.init)).intersection(long)
      return shared.isEmpty ? nil : (i, shared.count)
    }
    return sharing.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map { items[$0.0] }
  }
}
