/// A validated roadmap: the items of one file, in file order.
public struct Roadmap: Equatable, Sendable {
  /// The file's name as the user gave it.
  public var source: String
  public var items: [Item]
  /// The headers of the columns studylog does not own (a `비고` or `Memo` column), in the order
  /// they first appear; each item's cells in them are its `extras`.
  public var extraColumns: [String]

  public init(source: String, items: [Item], extraColumns: [String] = []) {
    self.source = source
    self.items = items
    self.extraColumns = extraColumns
  }

  /// Category names in order of first appearance.
  public var categories: [String] { orderedUnique(items.map(\.category)) }
  /// Track names in order of first appearance (items without a track are left out).
  public var tracks: [String] { orderedUnique(items.compactMap(\.track)) }

  /// The items grouped by `key`, groups in order of first appearance, items in file order.
  public func grouped<Key: Hashable>(by key: (Item) -> Key) -> [(key: Key, items: [Item])] {
    groupedIndices(by: key).map { ($0.key, $0.indices.map { items[$0] }) }
  }

  /// `grouped(by:)` as indices into `items`, which a report that only reads the items walks
  /// without copying them.
  func groupedIndices<Key: Hashable>(by key: (Item) -> Key) -> [(key: Key, indices: [Int])] {
    var order: [Key] = []
    var members: [Key: [Int]] = [:]
    for (i, item) in items.enumerated() {
      let k = key(item)
      if members[k] == nil { order.append(k) }
      members[k, default: []].append(i)
    }
    return order.map { ($0, members[$0]!) }
  }

  /// `byTrack` as indices into `items`.
  func byTrackIndices() -> [(track: String?, indices: [Int])] {
    let groups = groupedIndices(by: \.track)
    return (groups.filter { $0.key == nil } + groups.filter { $0.key != nil }).map { ($0.key, $0.indices) }
  }

  /// The items grouped by track, in order of first appearance, with the items that have no track
  /// first (as one group whose track is nil). Every view that groups by track uses this order: a
  /// markdown table without a heading must come before the first heading for `import` to read it
  /// back without a track, and charts and summaries list the groups the same way.
  public var byTrack: [(track: String?, items: [Item])] {
    byTrackIndices().map { ($0.track, $0.indices.map { items[$0] }) }
  }
}

func orderedUnique(_ names: [String]) -> [String] {
  var seen = Set<String>()
  return names.filter { seen.insert($0).inserted }
}
