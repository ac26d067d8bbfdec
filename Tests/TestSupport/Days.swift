import StudyLog

/// A day from an ISO string (`2024-09-15`); stops the test run on a malformed one.
public func day(_ iso: String) -> Day {
  guard case .success(let d) = DateParser.parseDay(iso, role: .start) else {
    fatalError("bad test date \(iso)")
  }
  return d
}

/// The today the tests and the sample reports in `reports/` are written for.
public let sampleToday = day("2024-09-15")
