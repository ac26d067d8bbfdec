#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A column of the session log, with the header names that select it.
public enum SessionColumn: String, CaseIterable, Sendable {
  case date, item, hours, minutes, note

  public var aliases: [String] {
    switch self {
    case .date: return ["day", "날짜", "일자"]
    case .item: return ["id", "task", "항목"]
    case .hours: return ["hour", "h", "시간"]
    case .minutes: return ["minute", "min", "분"]
    case .note: return ["notes", "memo", "메모"]
    }
  }

  public init?(header: String) {
    let key = RoadmapColumn.key(header)
    guard let column = SessionColumn.allCases.first(where: { c in ([c.rawValue] + c.aliases).contains(key) })
    else { return nil }
    self = column
  }
}
