import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// The roadmap as a Mermaid gantt chart: the lines written. `MermaidRenderTests` (studylogTests)
/// checks what Mermaid itself draws of them.
@Suite struct MermaidExporterTests {
  let sample = careerMap

  @Test func mermaidMatchesTheReviewedGoldenFile() throws {
    let golden = try String(
      contentsOf: packageRoot.appendingPathComponent("Tests/StudyLogTests/Fixtures/career-map.mmd"),
      encoding: .utf8)
    #expect(
      MermaidExporter.gantt(sample, title: "Career map", today: sampleToday, language: .detected(for: sample))
        == golden)
  }

  @Test func mermaidEscapesWhatWouldBreakATask() {
    #expect(MermaidEscaping.escape("C#: a; 100% <b>") == "C#35;#58; a#59; 100#37; #60;b#62;")
  }

  /// A `#`, `:` or `;` followed by a combining mark is still escaped: Mermaid reads scalars.
  @Test func punctuationBeforeACombiningMarkIsEscaped() {
    #expect(MermaidEscaping.escape("a#\u{301}b:\u{301};\u{338}") == "a#35;\u{301}b#58;\u{301}#59;\u{338}")
    #expect(MermaidEscaping.escape("x\r\ny\rz\tw") == "x y z w")
  }

  /// Mermaid writes `ﬂ°°`, `ﬂ°` and `¶ß` for entities and turns them back into `&#`, `&` and `;`
  /// everywhere in its SVG, so the user's own `ﬂ` and `¶` are entities.
  @Test func mermaidsEntityPlaceholdersAreEscaped() {
    #expect(MermaidEscaping.escape("ﬂ°° ¶ß") == "#64258;°° #182;ß")
  }

  @Test func controlCharactersAndOverridesAreShownAsCodePoints() {
    #expect(MermaidEscaping.escape("a\u{1B}[2J\u{7}b\u{202E}c") == #"a\u{1B}[2J\u{7}b\u{202E}c"#)
  }

  /// The first character becomes an entity where Mermaid would read a statement: a keyword in any
  /// letter case followed by anything but an ASCII letter, digit or `_`, a date, or a space its
  /// lexer skips.
  @Test(arguments: [
    ("click me", "#99;lick me"), ("CLICK", "#67;LICK"), ("Section 2", "#83;ection 2"),
    ("title IX", "#116;itle IX"), ("excludes weekends", "#101;xcludes weekends"),
    ("accDescription x", "#97;ccDescription x"), ("accDescr{ x }", "#97;ccDescr{ x }"),
    ("accTitle: x", "#97;ccTitle#58; x"), ("todayMarker off", "#116;odayMarker off"),
    ("Gantt차트", "#71;antt차트"), ("gantt-chart", "#103;antt-chart"), ("weekend friday", "#119;eekend friday"),
    ("2024-01-01 retro", "#50;024-01-01 retro"), ("\u{A0}click", "#160;click"), ("\u{3000}x", "#12288;x"),
  ])
  func taskTextsThatWouldBeginAStatement(title: String, written: String) {
    #expect(MermaidEscaping.taskText(title) == written)
  }

  /// Words that only begin with a keyword, other dates and look-alikes stay as written.
  @Test(arguments: [
    "Clicker training", "Sections of a book", "Titles", "ganttChart", "call_back", "2024 review",
    "2024-1-1 party", "ſection", "\u{200B}click", "vert line", "Today", "Python 기초",
  ])
  func taskTextsThatStayAsWritten(title: String) {
    #expect(MermaidEscaping.taskText(title) == title)
  }

  func item(
    _ id: String, _ title: String, planned: (String, String)? = nil, actual: (String?, String?) = (nil, nil),
    status: DeclaredStatus? = nil
  ) -> Item {
    Item(
      id: id, track: "T", category: "C", title: title,
      planned: planned.map { DayRange(day($0.0), day($0.1)) }, actualStart: actual.0.map(day),
      actualEnd: actual.1.map(day), declaredStatus: status)
  }

  /// Paused items are plain bars with a note, never `crit`, even past their planned end; only
  /// overdue items are `crit`; dropped items with dates are drawn with a note.
  @Test func pausedItemsAreNotCritical() {
    let roadmap = Roadmap(
      source: "r.csv",
      items: [
        item(
          "1", "Paused", planned: ("2024-01-01", "2024-02-01"), actual: ("2024-01-01", nil), status: .paused),
        item("2", "Late", planned: ("2024-01-01", "2024-02-01")),
        item("3", "Late and started", planned: ("2024-01-01", "2024-02-01"), actual: ("2024-01-02", nil)),
        item("4", "Dropped", planned: ("2024-01-01", "2024-02-01"), status: .dropped),
        item("5", "Done", planned: ("2024-01-01", "2024-02-01"), actual: ("2024-01-01", "2024-02-03")),
      ])
    let lines = MermaidExporter.gantt(roadmap, title: "t", today: sampleToday).split(separator: "\n")
    #expect(
      Array(lines[6...10]) == [
        "    Paused (paused):i1, 2024-01-01, 32d", "    Late:crit, i2, 2024-01-01, 32d",
        "    Late and started:crit, active, i3, 2024-01-01, 32d", "    Dropped (dropped):i4, 2024-01-01, 32d",
        "    Done:done, i5, 2024-01-01, 32d",
      ])
  }

  /// Items without dates are tasks of no days at today, so a track of them still has a section;
  /// the words are the roadmap's language's.
  @Test func undatedItemsKeepTheirSection() {
    let roadmap = Roadmap(
      source: "r.csv",
      items: [
        item("1", "커널 읽기"), item("2", "보류된 공부", status: .paused), item("3", "click 정리", status: .dropped),
      ])
    #expect(
      MermaidExporter.gantt(roadmap, title: "로드맵", today: sampleToday, language: .ko) == """
        gantt
            title 로드맵
            dateFormat YYYY-MM-DD
            axisFormat %Y-%m
            todayMarker off
            section T
            커널 읽기 (미정):i1, 2024-09-15, 0d
            보류된 공부 (미정, 보류):i2, 2024-09-15, 0d
            #99;lick 정리 (미정, 취소):i3, 2024-09-15, 0d
            section 오늘
            오늘 2024-09-15:milestone, today, 2024-09-15, 0d
            오늘:vert, 2024-09-15, 0d

        """)
  }

  /// A track named like the today section keeps its name; the today section takes the date.
  @Test(arguments: [
    (["Today"], Language.en, "Today (2024-09-15)"), ([" today "], .en, "Today (2024-09-15)"),
    (["오늘"], .ko, "오늘 (2024-09-15)"), (["Today", "Today (2024-09-15)"], .en, "Today (2024-09-15) 2"),
    (["Todays"], .en, "Today"),
  ])
  func theTodaySectionIsNotATracksName(tracks: [String], language: Language, section: String) {
    let items = tracks.enumerated().map { index, track in
      Item(
        id: "\(index + 1)", track: track, category: "C", title: "Study \(index + 1)",
        planned: DayRange(day("2024-09-01"), day("2024-09-30")))
    }
    let lines = MermaidExporter.gantt(
      Roadmap(source: "r.csv", items: items), title: "t", today: sampleToday, language: language
    ).split(separator: "\n")
    let sections = lines.filter { $0.hasPrefix("    section ") }.map { String($0.dropFirst(12)) }
    #expect(sections.last == section)
    #expect(Set(sections).count == sections.count)
  }

  /// `title` needs text after it, or Mermaid reads the line as a task without data.
  @Test func aBlankTitleWritesNoTitleLine() {
    let chart = MermaidExporter.gantt(Roadmap(source: "r.csv", items: []), title: "  ", today: sampleToday)
    #expect(!chart.contains("title"))
    #expect(chart.hasPrefix("gantt\n    dateFormat YYYY-MM-DD\n"))
  }

  /// For 300 seeded random texts from an alphabet of Mermaid's syntax, keywords, digits, spaces,
  /// entity look-alikes and Hangul: a task's text holds none of `:%<>¶ﬂ` and no line break, every
  /// `#` starts an entity code and every `;` ends one, it never begins a statement, and its entities read back as the
  /// text (line breaks and tabs as spaces).
  @Test func everyTaskTextReadsBackAndBeginsNoStatement() {
    let pieces = [
      "click ", "Section ", "TITLE", "excludes", "accDescr", "gantt", "2024-01-01", "#", ":", ";", "%", "%%",
      "<br>",
      "&amp;", "#35;", "ﬂ°°", "¶ß", "\n", "\r\n", "\t", "\u{A0}", " ", "a", "Z", "_", "9", "한글", "{", "}",
      "\"",
    ]
    var generator = SeededGenerator(state: 10)
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }
      .joined()
      let written = MermaidEscaping.taskText(text)
      #expect(
        !written.unicodeScalars.contains { ":%<>\u{B6}\u{FB02}\n\r".unicodeScalars.contains($0) }, "\(text)")
      #expect(!MermaidEscaping.beginsStatement(written), "\(text)")
      // Decode `#123;` as Mermaid does.
      var decoded = String.UnicodeScalarView()
      var rest = Substring(written)
      while let hash = rest.firstIndex(of: "#") {
        #expect(!rest[..<hash].contains(";"), "\(text)")
        decoded.append(contentsOf: rest[..<hash].unicodeScalars)
        let code = rest[rest.index(after: hash)...].prefix { $0.isASCII && $0.isNumber }
        let end = rest.index(after: code.endIndex)
        #expect(!code.isEmpty && rest[code.endIndex] == ";", "\(text)")
        decoded.append(Unicode.Scalar(UInt32(code)!)!)
        rest = rest[end...]
      }
      #expect(!rest.contains(";"), "\(text)")
      decoded.append(contentsOf: rest.unicodeScalars)
      let spaced = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        .replacingOccurrences(of: "\t", with: " ")
      #expect(String(decoded) == spaced, "\(text)")
    }
  }
}
