import Testing

@testable import StudyLog

/// A roadmap's items grouped, by track or by any key, and the title a roadmap gets from its file's
/// path.
@Suite struct RoadmapTests {
  /// Five items, the tracks interleaved: SRE, none, MLOps, SRE, none.
  static let roadmap = Roadmap(
    source: "r.csv",
    items: [
      Item(id: "1", track: "SRE", category: "Infra", title: "a"),
      Item(id: "2", category: "Network", title: "b"),
      Item(id: "3", track: "MLOps", category: "Infra", title: "c"),
      Item(id: "4", track: "SRE", category: "Cloud", title: "d"),
      Item(id: "5", category: "Network", title: "e"),
    ])

  @Test func byTrackPutsItemsWithoutATrackFirstThenTracksInOrderOfFirstAppearance() {
    let groups = Self.roadmap.byTrack
    #expect(groups.map(\.track) == [nil, "SRE", "MLOps"])
    #expect(groups.map { $0.items.map(\.id) } == [["2", "5"], ["1", "4"], ["3"]])
    #expect(Self.roadmap.tracks == ["SRE", "MLOps"])
  }

  @Test func byTrackWithoutItemsWithoutATrack() {
    let tracked = Roadmap(source: "r.csv", items: Self.roadmap.items.filter { $0.track != nil })
    #expect(tracked.byTrack.map(\.track) == ["SRE", "MLOps"])
    #expect(Roadmap(source: "r.csv", items: []).byTrack.isEmpty)
  }

  @Test func groupedByAnyKeyInOrderOfFirstAppearanceAndFileOrder() {
    let byCategory = Self.roadmap.grouped(by: \.category)
    #expect(byCategory.map(\.key) == ["Infra", "Network", "Cloud"])
    #expect(byCategory.map { $0.items.map(\.id) } == [["1", "3"], ["2", "5"], ["4"]])
    #expect(Self.roadmap.categories == ["Infra", "Network", "Cloud"])
    let byParity = Self.roadmap.grouped { Int($0.id)! % 2 == 0 }
    #expect(byParity.map(\.key) == [false, true])
    #expect(byParity.map { $0.items.map(\.id) } == [["1", "3", "5"], ["2", "4"]])
  }

  @Test(arguments: [
    ("reports/career-map/roadmap.csv", "/home/me", "Career map"),
    ("ml_plan.csv", "/home/me", "Ml plan"),
    ("-", "/home/me/career-map", "Roadmap"),
    ("roadmap.csv", "/home/me/career-map", "Career map"),
    ("./Roadmap.CSV", "/home/me/study_notes", "Study notes"),
    ("../x/roadmap.csv", "/home/me/career-map", "X"),
    ("../../2025-plan.csv", "/home/me/a/b", "2025 plan"),
    ("/srv/data/roadmap.csv", "/home/me", "Data"),
    ("roadmap.csv", "/", "Roadmap"),
    ("plan.v2.csv", "/home/me", "Plan.v2"),
    (".hidden", "/home/me", ".hidden"),
  ])
  func defaultTitleFromThePath(path: String, workingDirectory: String, title: String) {
    #expect(Roadmap.defaultTitle(forFile: path, workingDirectory: workingDirectory) == title)
  }

  @Test(arguments: [
    ("reports/career-map/roadmap.csv", "/home/me", "career-map 로드맵"),
    ("ml_plan.csv", "/home/me", "ml_plan 로드맵"),
    ("-", "/home/me/career-map", "로드맵"),
    ("roadmap.csv", "/", "로드맵"),
    ("학습 로드맵.csv", "/home/me", "학습 로드맵"),
  ])
  func aKoreanDefaultTitleKeepsTheNameAsWritten(path: String, workingDirectory: String, title: String) {
    #expect(Roadmap.defaultTitle(forFile: path, workingDirectory: workingDirectory, language: .ko) == title)
  }

  @Test func theDefaultTitleOfARoadmapIsFromItsSource() {
    #expect(Roadmap(source: "_data/career-map.csv", items: []).defaultTitle == "Career map")
    #expect(Roadmap(source: "<stdin>", items: []).defaultTitle == "Roadmap")
  }
}
