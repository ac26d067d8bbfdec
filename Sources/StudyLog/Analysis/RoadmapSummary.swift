/// How a summary groups items.
public enum Grouping: String, Sendable, CaseIterable {
  case category, track
}

/// A roadmap summarised per group, with a total, as of a day.
public struct RoadmapSummary: Equatable, Sendable {
  public var source: String
  public var today: Day
  public var grouping: Grouping
  /// Groups in order of first appearance in the file.
  public var groups: [GroupSummary]
  public var total: GroupSummary

  /// The name given to items without a track when grouping by track.
  public static let noTrack = "(no track)"

  public init(_ roadmap: Roadmap, by grouping: Grouping, today: Day) {
    self.source = roadmap.source
    self.today = today
    self.grouping = grouping
    func key(_ item: Item) -> String {
      switch grouping {
      case .category: return item.category
      case .track: return item.track ?? RoadmapSummary.noTrack
      }
    }
    var members: [String: [Item]] = [:]
    var order: [String] = []
    for item in roadmap.items {
      let k = key(item)
      if members[k] == nil { order.append(k) }
      members[k, default: []].append(item)
    }
    groups = order.map { GroupSummary(name: $0, items: members[$0]!, today: today) }
    total = GroupSummary(name: "total", items: roadmap.items, today: today)
  }
}
