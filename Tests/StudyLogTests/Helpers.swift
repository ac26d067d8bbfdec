import StudyLog

/// A day from an ISO string, for tests.
func day(_ iso: String) -> Day {
  guard case .success(let d) = DateParser.parseDay(iso, role: .start) else {
    fatalError("bad test date \(iso)")
  }
  return d
}

let sampleToday = day("2024-09-15")

/// Every diagnostic for a CSV text, as the lines `check` prints.
func diagnostics(_ csv: String, today: Day = sampleToday) -> [String] {
  Roadmap.load(csv: csv, source: "r.csv", today: today).diagnostics.map(\.description)
}

func items(_ csv: String, today: Day = sampleToday) -> [Item] {
  let loaded = Roadmap.load(csv: csv, source: "r.csv", today: today)
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap.items
}
