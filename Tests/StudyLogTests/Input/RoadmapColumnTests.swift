import Testing

@testable import StudyLog

/// The columns of a roadmap file.
@Suite struct RoadmapColumnTests {
  @Test func columnOrdinalsFollowAllCases() {
    #expect(RoadmapColumn.allCases.map(\.ordinal) == Array(0..<RoadmapColumn.allCases.count))
  }
}
