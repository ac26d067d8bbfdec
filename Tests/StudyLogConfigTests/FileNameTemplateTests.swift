import Testing

@testable import StudyLogConfig

/// `FileNameTemplate`: how `report` names its files.
@Suite struct FileNameTemplateTests {
  @Test func theDefaultNamesFilesAfterTheRoadmap() {
    let t = FileNameTemplate.standard
    #expect(
      t.fileName(roadmap: "career-map", name: "timeline", dark: false, ext: "png")
        == "career-map-timeline.png")
    #expect(
      t.fileName(roadmap: "career-map", name: "timeline", dark: true, ext: "svg")
        == "career-map-timeline-dark.svg")
    #expect(t.fileName(roadmap: "ml", name: "week", dark: false, ext: "md") == "ml-week.md")
  }

  @Test(arguments: [
    ("{name}{theme}.{ext}", "'{name}{theme}.{ext}'"),
    ("{roadmap}/{name}{theme}.{ext}", "'/'"),
    ("{name}{theme}.{extension}", "unknown placeholder '{extension}'"),
    ("{name}.{ext}", "lacks {theme}"),
    ("{name{theme}.{ext}", "unknown placeholder '{name{theme}'"),
    ("{name}{theme}.{ext", "'{' without '}'"),
  ])
  func patterns(pattern: String, outcome: String) {
    switch FileNameTemplate.parse(pattern) {
    case .success(let t): #expect("'\(t.pattern)'" == outcome)
    case .failure(let e): #expect(e.message.contains(outcome), "\(e.message)")
    }
  }

  @Test func suggestionsAreCloseWordsOnly() {
    #expect(Suggestion.closest(to: "colours", in: ConfigKey.settings) == "colors")
    #expect(Suggestion.closest(to: "image_url", in: ConfigKey.report) == "image-url")
    #expect(Suggestion.closest(to: "fonts", in: ConfigKey.settings) == "font")
    #expect(Suggestion.closest(to: "zzz", in: ConfigKey.settings) == nil)
  }
}
