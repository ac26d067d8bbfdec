/// How a summary groups items.
public enum Grouping: String, Sendable, CaseIterable {
  case category, track
}

/// A roadmap summarised per group, with a total, as of a day.
public struct RoadmapSummary: Equatable, Sendable {
  /// The roadmap's title, which heads the summary (never its file's path).
  public var title: String
  public var today: Day
  public var grouping: Grouping
  /// Groups in order of first appearance in the file.
  public var groups: [GroupSummary]
  public var total: GroupSummary

  /// The index in `groups` of the items without a track, when grouping by track.
  public var noTrackGroup: Int?

  /// The name given to items without a track when grouping by track, in JSON.
  public static let noTrack = "(no track)"

  /// `title` defaults to `Roadmap.defaultTitle(forFile:workingDirectory:)` of the roadmap's source.
  public init(_ roadmap: Roadmap, by grouping: Grouping, today: Day, title: String? = nil) {
    self.title = title ?? roadmap.defaultTitle
    self.today = today
    self.grouping = grouping
    // Grouped as indices, so that no item is copied.
    let groups: [(String, [Int])]
    switch grouping {
    case .category: groups = roadmap.groupedIndices(by: \.category).map { ($0.key, $0.indices) }
    case .track:
      let byTrack = roadmap.byTrackIndices()
      groups = byTrack.map { ($0.track ?? RoadmapSummary.noTrack, $0.indices) }
      noTrackGroup = byTrack.firstIndex { $0.track == nil }
    }
    self.groups = groups.map { GroupSummary(name: $0.0, items: roadmap.items, at: $0.1, today: today) }
    total = GroupSummary(name: "total", items: roadmap.items, at: roadmap.items.indices, today: today)
  }
}
