#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes a roadmap as the CSV that `Roadmap.load` reads.
public enum RoadmapWriter {
  public static let columns = [
    "id", "track", "category", "title", "description", "url", "planned_start", "planned_end", "actual_start",
    "actual_end", "progress", "status",
  ]

  /// One line per item with ISO dates, then the cells of the roadmap's user columns
  /// (`Roadmap.extraColumns`) after the columns studylog owns; LF line endings.
  public static func csv(_ roadmap: Roadmap) -> String {
    let records = roadmap.items.map { item in
      [
        item.id, item.track ?? "", item.category, item.title, item.description ?? "", item.url ?? "",
        item.planned?.start.iso ?? "", item.planned?.end.iso ?? "", item.actualStart?.iso ?? "",
        item.actualEnd?.iso ?? "", item.progress.map(Format.decimal) ?? "",
        item.declaredStatus?.rawValue ?? "",
      ] + roadmap.extraColumns.map { item.extras[$0] ?? "" }
    }
    return CSVWriter.document([columns + roadmap.extraColumns] + records)
  }
}
