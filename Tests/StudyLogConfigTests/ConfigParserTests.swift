import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogConfig

/// `ConfigParser`: YAML text to a validated config, every problem at its line and column.
@Suite struct ConfigParserTests {
  static let full = """
    # every key
    title: 커리어 맵
    locale: ko
    theme: [light, dark]
    sort: start
    window: {from: 2024-01-01, to: 24.12.31}
    colors:
      Infra: "#0072B2"
    marks:
      2024-06-30: 인턴 종료
    font: "NanumGothic, DejaVu Sans"
    width: 900
    scale: 1.5
    sessions: logs/career-map.sessions.csv
    report:
      folder: _posts/generated
      images: assets/img/career-map
      names: "{roadmap}-{name}{theme}.{ext}"
      image-url: "{{ '/assets/img/career-map/{file}' | relative_url }}"
    roadmaps:
      ./_data/ml.csv:
        title: ML
        theme: dark

    """

  @Test func readsEveryKey() throws {
    let loaded = ConfigParser.parse(Self.full, source: "studylog.yml")
    #expect(loaded.diagnostics == [])
    let config = try #require(loaded.config)
    var expected = RoadmapSettings()
    expected.title = "커리어 맵"
    expected.locale = .ko
    expected.themes = [.light, .dark]
    expected.sort = .start
    expected.from = day("2024-01-01")
    expected.to = day("2024-12-31")
    expected.colors = ["Infra": Color(hex: "#0072B2")!]
    expected.marks = [ChartMark(day: day("2024-06-30"), label: "인턴 종료")]
    expected.font = "NanumGothic, DejaVu Sans"
    expected.width = 900
    expected.scale = 1.5
    expected.sessions = "logs/career-map.sessions.csv"
    expected.reportFolder = "_posts/generated"
    expected.imageFolder = "assets/img/career-map"
    expected.names = .standard
    expected.imageURL = "{{ '/assets/img/career-map/{file}' | relative_url }}"
    #expect(config.defaults == expected)
    #expect(config.settings(forRoadmap: "_data/career-map.csv") == expected)
    let ml = config.settings(forRoadmap: "_data//ml.csv")
    #expect(ml.title == "ML")
    #expect(ml.themes == [.dark])
    #expect(ml.locale == .ko)
    #expect(
      ml.imageReference("ml-timeline.png") == "{{ '/assets/img/career-map/ml-timeline.png' | relative_url }}")
  }

  @Test func anEmptyFileIsAConfigWithNoSettings() throws {
    for text in ["", "# nothing yet\n", "---\n"] {
      let loaded = ConfigParser.parse(text, source: "studylog.yml")
      #expect(loaded.diagnostics == [])
      #expect(loaded.config == StudyLogConfig(source: "studylog.yml"))
    }
  }

  @Test(arguments: [
    (
      "colours:\n  Infra: \"#0072B2\"\n",
      "studylog.yml:1:1: error: unknown key 'colours'; did you mean 'colors'?"
    ),
    ("titel: x\n", "studylog.yml:1:1: error: unknown key 'titel'; did you mean 'title'?"),
    (
      "report:\n  image: x\n",
      "studylog.yml:2:3: error: unknown key 'image' in 'report'; did you mean 'images'?"
    ),
    (
      "roadmaps:\n  a.csv:\n    roadmaps: {}\n",
      "studylog.yml:3:5: error: unknown key 'roadmaps' for a.csv (known: title, locale, theme, sort, window, "
        + "colors, marks, font, width, scale, sessions, report)"
    ),
    (
      "colors:\n  Infra: #0072B2\n",
      "studylog.yml:2:3: error: 'Infra' has no colour: quote it, as in Infra: \"#0072B2\" (in YAML, # starts a comment)"
    ),
    (
      "colors: {Infra: blue}\n",
      "studylog.yml:1:17: error: 'blue' is not a colour: write #RRGGBB, such as \"#0072B2\""
    ),
    ("locale: kr\n", "studylog.yml:1:9: error: 'locale' must be en or ko, not 'kr'; did you mean 'ko'?"),
    ("theme: [light, sepia]\n", "studylog.yml:1:16: error: 'theme' must be light or dark, not 'sepia'"),
    ("width: 100\n", "studylog.yml:1:8: error: 'width' must be a number from 300 to 20000, not '100'"),
    ("scale: big\n", "studylog.yml:1:8: error: 'scale' must be a number from 0.25 to 8, not 'big'"),
    (
      "window: {from: 2024-09-01, to: 2024-08-01}\n",
      "studylog.yml:1:32: error: 'to' 2024-08-01 is before 'from' 2024-09-01"
    ),
    (
      "marks:\n  2024-02-30: x\n",
      "studylog.yml:2:3: error: 'marks': invalid date '2024-02-30': February 2024 has 29 days"
    ),
    (
      "report:\n  names: \"{name}.{ext}\"\n",
      "studylog.yml:2:10: error: 'names': '{name}.{ext}' lacks {theme}, so two of the files would get the same name"
    ),
    (
      "report:\n  image-url: /assets/img/x.png\n",
      "studylog.yml:2:14: error: 'image-url' must hold {file}, as in \"{{ '/assets/img/{file}' | relative_url }}\""
    ),
    ("title: [a, b]\n", "studylog.yml:1:8: error: 'title' must be text, not a list"),
    ("- title\n", "studylog.yml:1:1: error: the file must be a mapping of keys to values, not a list"),
    ("title: x\ntitle: y\n", "studylog.yml:1:1: error: duplicate key 'title' in this mapping"),
  ])
  func reportsEachProblemAtItsPlace(text: String, message: String) {
    let loaded = ConfigParser.parse(text, source: "studylog.yml")
    #expect(loaded.diagnostics.map(\.description) == [message])
    #expect(loaded.config == nil)
  }

  @Test func reportsEveryProblemNotJustTheFirst() {
    let loaded = ConfigParser.parse("titel: x\nlocale: fr\nsort: end\n", source: "s.yml")
    #expect(loaded.diagnostics.map { "\($0.line!):\($0.column!)" } == ["1:1", "2:9", "3:7"])
  }

  @Test func aYAMLSyntaxErrorHasItsLineAndColumn() {
    let loaded = ConfigParser.parse(
      "title: x\ncolors: {Infra: \"#0072B2\"\nsort: start\n", source: "studylog.yml")
    #expect(
      loaded.diagnostics.map(\.description) == [
        "studylog.yml:3:1: error: did not find expected ',' or '}' (while parsing a flow mapping at line 2)"
      ])
    #expect(loaded.config == nil)
  }

  @Test func readsTheStudylogKeyOfASiteConfig() throws {
    let site = """
      title: My blog
      plugins: [jekyll-feed]
      studylog:
        locale: ko
        roadmaps:
          _data/career-map.csv:
            title: 커리어 맵
            sortt: start

      """
    let loaded = ConfigParser.parse(site, source: "_config.yml", siteKey: "studylog")
    #expect(
      loaded.diagnostics.map(\.description) == [
        "_config.yml:8:7: error: unknown key 'sortt' for _data/career-map.csv; did you mean 'sort'?"
      ])
    let fixed = ConfigParser.parse(
      site.replacingOccurrences(of: "sortt", with: "sort"), source: "_config.yml", siteKey: "studylog")
    let config = try #require(fixed.config)
    #expect(config.settings(forRoadmap: "_data/career-map.csv").title == "커리어 맵")
    #expect(config.settings(forRoadmap: "_data/career-map.csv").locale == .ko)
    #expect(config.settings(forRoadmap: "_data/other.csv").title == nil)
  }

  @Test func warnsAboutRoadmapsThatAreNotThere() throws {
    let text = "title: x\nroadmaps:\n  _data/carer-map.csv:\n    title: y\n  _data/ml.csv: {}\n"
    let config = try #require(ConfigParser.parse(text, source: "_config.yml").config)
    let warnings = config.missingRoadmaps(
      exists: { $0 == "_data/ml.csv" }, candidates: ["_data/career-map.csv", "_data/ml.csv"])
    #expect(
      warnings.map(\.description) == [
        "_config.yml:3:3: warning: roadmaps: '_data/carer-map.csv' names no file, so its settings are never used;"
          + " did you mean '_data/career-map.csv'?"
      ])
  }

  @Test func theREADMEsExampleAndTheSamplesConfigRead() throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```yaml\n"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let example = ConfigParser.parse(String(readme[start.upperBound..<end.lowerBound]), source: "README.md")
    #expect(example.diagnostics == [])
    #expect(example.config?.settings(forRoadmap: "_data/career-map.csv").title == "커리어 맵")
    #expect(example.config?.defaults.imageFolder == "assets/img/career-map")
    let sample = try String(
      contentsOf: packageRoot.appendingPathComponent("reports/career-map/studylog.yml"), encoding: .utf8)
    let config = ConfigParser.parse(sample, source: "studylog.yml")
    #expect(config.diagnostics == [])
    #expect(config.config?.defaults.names?.pattern == "{name}{theme}.{ext}")
  }

  @Test func aSiteConfigWithoutTheKeyHasNoConfig() {
    let loaded = ConfigParser.parse("title: My blog\n", source: "_config.yml", siteKey: "studylog")
    #expect(loaded.diagnostics == [])
    #expect(loaded.config == nil)
  }

  @Test func theStarterFileReadsCleanlyAndSetsOnlyTheTitle() throws {
    let text = StarterConfig.text(roadmap: "career-map.csv", title: "Career \"map\"")
    let loaded = ConfigParser.parse(text, source: "studylog.yml")
    #expect(loaded.diagnostics == [])
    var expected = RoadmapSettings()
    expected.title = "Career \"map\""
    #expect(loaded.config?.defaults == expected)
    #expect(loaded.config?.roadmaps == [:])
    // Every commented-out setting reads cleanly too once uncommented.
    let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
      line.hasPrefix("# ")
        && (line.contains(":") && !line.hasPrefix("# studylog") && !line.hasPrefix("# In a")
          && !line.hasPrefix("# For") && !line.hasPrefix("# are") && !line.hasPrefix("# Remove"))
        ? line.dropFirst(2) : line
    }.joined(separator: "\n")
    let all = ConfigParser.parse(
      uncommented.replacingOccurrences(of: "title: …", with: "title: x"), source: "s.yml")
    #expect(all.diagnostics == [], "\(uncommented)")
    #expect(all.config?.settings(forRoadmap: "career-map.csv").title == "x")
    #expect(all.config?.defaults.imageFolder == "../assets/img/career-map")
  }
}
