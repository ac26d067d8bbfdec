/// The order of items in a comparison.
public enum ComparisonSort: String, Sendable, CaseIterable {
  /// File order.
  case id
  /// Latest end first; items without an end slip last, in file order.
  case slip
}

/// Planned against actual dates for every item, per category and overall, as of a day.
public struct Comparison: Sendable {
  /// The roadmap's title, which heads the comparison (never its file's path).
  public var title: String
  public var today: Day
  public var items: [ItemVariance]
  public var categories: [VarianceSummary]
  public var overall: VarianceSummary

  /// `title` defaults to `Roadmap.defaultTitle(forFile:workingDirectory:)` of the roadmap's source.
  public init(_ roadmap: Roadmap, today: Day, sort: ComparisonSort = .id, title: String? = nil) {
    self.title = title ?? roadmap.defaultTitle
    self.today = today
    let all = Parallel.array(roadmap.items.count, minimum: 2048) {
      ItemVariance(roadmap.items[$0], today: today)
    }
    switch sort {
    case .id:
      items = all
    case .slip:
      items = all.enumerated().sorted { a, b in
        switch (a.element.endSlipDays, b.element.endSlipDays) {
        case (let x?, let y?): return x != y ? x > y : a.offset < b.offset
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.offset < b.offset
        }
      }.map(\.element)
    }
    // Grouped in one pass (filtering all items once per category cost items × categories).
    // The categories on one thread and the overall figures, as much work, on another.
    let summaries = Parallel.map(all.count >= 2048 ? 2 : 1) { k in
      k == 1
        ? [VarianceSummary(name: "overall", of: all, at: all.indices)]
        : roadmap.groupedIndices(by: \.category).map { name, indices in
          VarianceSummary(name: name, of: all, at: indices)
        }
    }
    categories = summaries[0]
    overall =
      summaries.count == 2 ? summaries[1][0] : VarianceSummary(name: "overall", of: all, at: all.indices)
  }
}
