/// A column of the roadmap format, with the header names that select it.
///
/// Header names match case-insensitively, ignoring spaces, `_`, `-` and `.`.
public enum RoadmapColumn: String, CaseIterable, Sendable {
  case id, track, category, title, description, url
  case plannedStart = "planned_start"
  case plannedEnd = "planned_end"
  case planned
  case actualStart = "actual_start"
  case actualEnd = "actual_end"
  case actual, progress, status

  /// The other header names accepted for this column.
  public var aliases: [String] {
    switch self {
    case .id: return ["number", "no", "#", "번호"]
    case .track: return ["roadmap", "section", "트랙"]
    case .category: return ["분류", "카테고리"]
    case .title: return ["name", "topic", "제목"]
    case .description: return ["notes", "note", "설명"]
    case .url: return ["link", "링크"]
    case .plannedStart: return ["start", "시작"]
    case .plannedEnd: return ["end", "종료"]
    case .planned: return ["date", "dates", "period", "기간", "날짜"]
    case .actualStart: return ["started", "실제시작"]
    case .actualEnd: return ["finished", "실제종료"]
    case .actual: return ["실제"]
    case .progress: return ["진행률"]
    case .status: return ["상태"]
    }
  }

  public var isRequired: Bool { self == .category || self == .title }

  /// The column a header cell names, or nil for an unknown header.
  public init?(header: String) {
    guard let column = RoadmapColumn.byKey[RoadmapColumn.key(header)] else { return nil }
    self = column
  }

  static func key(_ header: String) -> String {
    String(header.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "." })
  }

  private static let byKey: [String: RoadmapColumn] = {
    var map: [String: RoadmapColumn] = [:]
    for column in allCases {
      for name in [column.rawValue] + column.aliases { map[key(name)] = column }
    }
    return map
  }()
}

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

extension RoadmapColumn {
  /// The columns a file cannot have together with this one: `planned` and `planned_start`
  /// give the same dates.
  var clashes: [RoadmapColumn] {
    switch self {
    case .planned: return [.plannedStart, .plannedEnd]
    case .plannedStart, .plannedEnd: return [.planned]
    case .actual: return [.actualStart, .actualEnd]
    case .actualStart, .actualEnd: return [.actual]
    default: return []
    }
  }
}
