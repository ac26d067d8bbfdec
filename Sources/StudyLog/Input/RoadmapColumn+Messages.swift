import Foundation

extension RoadmapColumn {
  /// The column's position in `allCases`.
  var ordinal: Int {
    switch self {
    case .id: return 0
    case .track: return 1
    case .category: return 2
    case .title: return 3
    case .description: return 4
    case .url: return 5
    case .plannedStart: return 6
    case .plannedEnd: return 7
    case .planned: return 8
    case .actualStart: return 9
    case .actualEnd: return 10
    case .actual: return 11
    case .progress: return 12
    case .status: return 13
    }
  }

  /// What the column gives, for messages: "planned start", "title".
  var meaning: String {
    switch self {
    case .plannedStart: return "planned start"
    case .plannedEnd: return "planned end"
    case .planned: return "planned dates"
    case .actualStart: return "actual start"
    case .actualEnd: return "actual end"
    case .actual: return "actual dates"
    default: return rawValue
    }
  }

  var dateKind: String {
    switch self {
    case .actual, .actualStart, .actualEnd: return "actual"
    default: return "planned"
    }
  }
}
