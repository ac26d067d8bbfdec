import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The other roadmaps beside a shared session log, read when a session names an item the
/// roadmap lacks, to say which roadmap it may belong to.
enum OtherRoadmaps {
  /// A `SharedLog` for `log`, which `roadmap` shares with the other `.csv` roadmaps in its folder.
  static func sharing(_ log: String, with roadmap: String, today: Day) -> SharedLog {
    let folder = URL(fileURLWithPath: log).deletingLastPathComponent()
    let own = URL(fileURLWithPath: roadmap).standardizedFileURL.path
    var loaded: [(String, Roadmap)]?
    return SharedLog { reference in
      if loaded == nil {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        loaded = names.sorted().compactMap { name in
          let url = folder.appendingPathComponent(name)
          guard name.hasSuffix(".csv"), !name.hasSuffix("sessions.csv"), url.standardizedFileURL.path != own,
            let bytes = try? LimitedInput.read(url.path, source: name, kind: .roadmap)
          else { return nil }
          return (
            WorkingDirectory.relative(url.path),
            Roadmap.load(bytes: bytes, source: name, today: today).roadmap
          )
        }
      }
      return loaded?.first { _, other in
        if case .item = other.match(item: reference) { return true }
        return false
      }?.0
    }
  }
}
