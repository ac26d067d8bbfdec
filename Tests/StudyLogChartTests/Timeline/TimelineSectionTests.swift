import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The sections of a timeline: one per track, with its done count, and the order of rows in it.
@Suite struct TimelineSectionTests {
  let l = layout(rowsCSV)

  @Test func sectionsByTrackWithDoneCounts() {
    let sections = l.scene.group("rows")!.compactMap { node -> String? in
      if case .group(let name, let children) = node, name.hasPrefix("section ") {
        return Scene.texts(in: children).map(\.text).joined(separator: " ")
      }
      return nil
    }
    // Items without a track first, as in every grouping by track.
    #expect(sections == ["Other 0/1 done", "SRE 2/3 done", "MLOps 1/3 done"])
  }

  @Test func sortByStartWithinATrack() {
    let sorted = layout(rowsCSV) { $0.sort = .start }
    let order = sorted.scene.group("rows")!.compactMap { node -> String? in
      if case .group(let name, _) = node, name.hasPrefix("item ") { return String(name.dropFirst(5)) }
      return nil
    }
    #expect(order == ["7", "1", "2", "3", "4", "6", "5"])
  }
}
