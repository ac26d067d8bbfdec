import Foundation
import TestSupport
import Testing

/// `studylog init` writes the title in the language the roadmap's charts and reports get:
/// `--locale`, else Korean when most titles hold Hangul, else English.
@Suite struct InitCommandTests {
  static let korean = "category,title,planned\nOS,리눅스 기초,24.02.05-24.03.03\nOS,커널 읽기,24.03.04-24.04.03\n"
  static let english =
    "category,title,planned\nOS,Linux basics,24.02.05-24.03.03\nOS,커널 읽기,24.03.04-24.04.03\n"

  /// Runs `init` on `csv` saved as `study_plan.csv` with `options`; the status, standard error
  /// and the title line of the file written.
  func initialize(_ csv: String, _ options: [String] = []) throws -> (
    status: Int32, stderr: String, title: String
  ) {
    let folder = try temporaryFolder()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("study_plan.csv"))
    let r = try Binary.run(["init", "study_plan.csv"] + options, in: folder)
    let text = try String(contentsOf: folder.appendingPathComponent("studylog.yml"), encoding: .utf8)
    let title = text.split(separator: "\n").first { $0.hasPrefix("title: ") }.map(String.init) ?? ""
    return (r.status, r.stderr, title)
  }

  @Test func aKoreanRoadmapGetsAKoreanTitle() throws {
    let r = try initialize(Self.korean)
    #expect(r.status == 0)
    #expect(r.title == "title: \"study_plan 로드맵\"")
    #expect(
      r.stderr
        == "studylog: note: writing Korean, as most item titles are in Hangul (--locale en for English)\n")
  }

  /// Half the titles in Hangul is not most: English, as the charts would be.
  @Test func anEnglishRoadmapGetsAnEnglishTitle() throws {
    let r = try initialize(Self.english)
    #expect(r.status == 0)
    #expect(r.title == "title: \"Study plan\"")
    #expect(r.stderr == "")
  }

  @Test func localeChoosesTheTitlesLanguage() throws {
    let en = try initialize(Self.korean, ["--locale", "en"])
    #expect(en.status == 0)
    #expect(en.title == "title: \"Study plan\"")
    #expect(en.stderr == "")
    let ko = try initialize(Self.english, ["--locale", "ko"])
    #expect(ko.title == "title: \"study_plan 로드맵\"")
  }

  /// The title is the one `chart` draws for the roadmap without a config.
  @Test func theTitleIsTheChartsDefault() throws {
    let folder = try temporaryFolder()
    try Data(Self.korean.utf8).write(to: folder.appendingPathComponent("study_plan.csv"))
    let chart = try Binary.run(
      ["chart", "study_plan.csv", "--today", "2024-09-15", "-o", "c.scene.json"], in: folder)
    #expect(chart.status == 0, "\(chart.stderr)")
    let scene = try String(contentsOf: folder.appendingPathComponent("c.scene.json"), encoding: .utf8)
    #expect(scene.contains("\"text\": \"study_plan 로드맵\""))
    #expect(try Binary.run(["init", "study_plan.csv"], in: folder).status == 0)
    let text = try String(contentsOf: folder.appendingPathComponent("studylog.yml"), encoding: .utf8)
    #expect(text.contains("\ntitle: \"study_plan 로드맵\"\n"))
  }
}
