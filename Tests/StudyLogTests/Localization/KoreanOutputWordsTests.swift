import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// `report --locale ko` (and each chart's scene) holds no English word of the phrase tables,
/// but for words the user wrote (titles, categories, tracks, notes); and no output of `report`,
/// in either language, holds the roadmap's path.
@Suite struct KoreanOutputWordsTests {
  /// A Jekyll site's layout: the roadmap in `_data/`, where a path would leak into a post.
  func site() throws -> URL {
    let folder = try temporaryFolder()
    let data = folder.appendingPathComponent("_data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    for (from, to) in [("roadmap.csv", "career-map.csv"), ("sessions.csv", "sessions.csv")] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent("reports/career-map/\(from)"),
        to: data.appendingPathComponent(to))
    }
    return folder
  }

  /// The words of the sample that are the user's: they may be English in a Korean report.
  func userWords(_ folder: URL) throws -> Set<String> {
    let csv = try String(contentsOf: folder.appendingPathComponent("_data/career-map.csv"), encoding: .utf8)
    let roadmap = Roadmap.load(csv: csv, source: "r.csv", today: day("2024-09-15")).roadmap
    let sessions = try String(
      contentsOf: folder.appendingPathComponent("_data/sessions.csv"), encoding: .utf8)
    let texts =
      roadmap.items.flatMap { [$0.title, $0.category, $0.track ?? "", $0.description ?? ""] } + [sessions]
    // The default title is the file's name, kept as the user wrote it: `career-map 로드맵`.
    return Set(texts.flatMap(Self.latinWords) + ["career", "map"])
  }

  @Test func aKoreanReportHasNoEnglishWordOfTheTables() throws {
    let folder = try site()
    let r = try Binary.run(
      [
        "report", "_data/career-map.csv", "--sessions", "_data/sessions.csv", "--out-dir", "out",
        "--names", "{name}{theme}.{ext}", "--locale",
        "ko",
        "--today", "2024-09-15",
      ], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    var texts: [(String, String)] = []
    for name in ["summary.md", "week.md", "compare.md"] {
      texts.append(
        (name, try String(contentsOf: folder.appendingPathComponent("out/" + name), encoding: .utf8)))
    }
    for kind in ["timeline", "heatmap", "progress"] {
      let out = "out/\(kind).scene.json"
      let c = try Binary.run(
        [
          "chart", "_data/career-map.csv", "--sessions", "_data/sessions.csv", "--kind", kind, "-o", out,
          "--locale", "ko", "--today", "2024-09-15",
        ], in: folder)
      #expect(c.status == 0, "\(c.stderr)")
      let scene = try Data(contentsOf: folder.appendingPathComponent(out))
      texts.append(
        (out, Self.sceneTexts(try JSONSerialization.jsonObject(with: scene)).joined(separator: "\n")))
    }
    let forbidden = Self.englishWords.subtracting(try userWords(folder))
    #expect(forbidden.count > 80)
    for (name, text) in texts {
      let english = Set(Self.latinWords(text)).intersection(forbidden)
      #expect(english.isEmpty, "\(name) holds English words of the tables: \(english.sorted())")
    }
    #expect(texts.allSatisfy { $0.1.contains("career-map 로드맵") || $0.0 == "week.md" })
  }

  /// The words of every phrase of the English table (`PhraseTableTests`' samples), lower-cased.
  static var englishWords: Set<String> {
    let en = Language.en
    let texts =
      PhraseTableTests.chartPhrases.map { en.text($0) } + PhraseTableTests.labels.flatMap { en.forms($0) }
      + PhraseTableTests.reportPhrases.map { en.text($0) }
    return Set(texts.flatMap(latinWords))
  }

  /// The runs of two or more Latin letters in `text`, lower-cased.
  static func latinWords(_ text: String) -> [String] {
    text.split { !($0.isASCII && $0.isLetter) }.filter { $0.count >= 2 }.map { $0.lowercased() }
  }

  /// Every `text` value of a scene dump, at any depth.
  static func sceneTexts(_ json: Any) -> [String] {
    switch json {
    case let object as [String: Any]:
      return object.flatMap { key, value in key == "text" ? [value as? String ?? ""] : sceneTexts(value) }
    case let array as [Any]: return array.flatMap(sceneTexts)
    default: return []
    }
  }

  @Test(arguments: ["en", "ko"]) func noReportOutputHoldsTheInputPath(locale: String) throws {
    let folder = try site()
    let r = try Binary.run(
      [
        "report", "_data/career-map.csv", "--sessions", "_data/sessions.csv", "--out-dir", "out",
        "--names", "{name}{theme}.{ext}", "--locale",
        locale,
        "--today", "2024-09-15",
      ], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let written = r.stdout.split(separator: "\n").map(String.init)
    #expect(written.count == 10)
    let needles = ["_data", "career-map.csv", "sessions.csv", folder.path].map { Data($0.utf8) }
    for path in written {
      let bytes = try Data(contentsOf: folder.appendingPathComponent(path))
      for needle in needles {
        #expect(bytes.range(of: needle) == nil, "\(path) holds \(String(decoding: needle, as: UTF8.self))")
      }
    }
    let summary = try String(contentsOf: folder.appendingPathComponent("out/summary.md"), encoding: .utf8)
    #expect(
      summary.hasPrefix(
        locale == "en"
          ? "**Career map: 23 items by category, as of 2024-09-15**\n"
          : "**career-map 로드맵: 항목 23개, 분류별, 2024-09-15 기준**\n"))
  }
}
