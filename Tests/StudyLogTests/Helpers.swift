import StudyLog

// `day(_:)`, `sampleToday` and the other shared helpers come from TestSupport, visible in every
// file of this target.
@_exported import TestSupport

/// Every diagnostic for a CSV text, as the lines `check` prints.
func diagnostics(_ csv: String, today: Day = sampleToday) -> [String] {
  Roadmap.load(csv: csv, source: "r.csv", today: today).diagnostics.map(\.description)
}

func items(_ csv: String, today: Day = sampleToday) -> [Item] {
  let loaded = Roadmap.load(csv: csv, source: "r.csv", today: today)
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap.items
}
