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
    let groups: [(String, [Item])]
    switch grouping {
    case .category: groups = roadmap.grouped(by: \.category).map { ($0.key, $0.items) }
    case .track: groups = roadmap.byTrack.map { ($0.track ?? RoadmapSummary.noTrack, $0.items) }
    }
    self.groups = groups.map { GroupSummary(name: $0.0, items: $0.1, today: today) }
    total = GroupSummary(name: "total", items: roadmap.items, today: today)
  }
}
