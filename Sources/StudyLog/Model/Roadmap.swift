/// A validated roadmap: the items of one file, in file order.
public struct Roadmap: Equatable, Sendable {
  /// The file's name as the user gave it.
  public var source: String
  public var items: [Item]

  public init(source: String, items: [Item]) {
    self.source = source
    self.items = items
  }

  /// Category names in order of first appearance.
  public var categories: [String] { orderedUnique(items.map(\.category)) }
  /// Track names in order of first appearance (items without a track are left out).
  public var tracks: [String] { orderedUnique(items.compactMap(\.track)) }
}

func orderedUnique(_ names: [String]) -> [String] {
  var seen = Set<String>()
  return names.filter { seen.insert($0).inserted }
}
