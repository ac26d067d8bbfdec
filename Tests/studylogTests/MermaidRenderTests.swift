import Foundation
import StudyLog
import TestSupport
import Testing

/// `export --format mermaid` drawn by Mermaid 11.16 itself (`MermaidEngine`: `parse` and `render`
/// in headless Chromium, the SVG read back): the corpus of hostile titles and tracks in
/// `Fixtures/mermaid/hostile.csv` (gantt keywords in every letter case, dates, `%%`, `:`/`;`/`#`,
/// HTML, entity look-alikes, Mermaid's own entity placeholders, Korean, 120-character titles and
/// tracks, control characters, every status, undated tracks), the sample roadmap and the mixed
/// fixture. Mermaid must accept each diagram, draw one task per item (and the today milestone and
/// marker), with the item's title verbatim, the right tags, every section and the title.
@Suite(.enabled(if: MermaidEngine.isAvailable, Comment(rawValue: MermaidEngine.missing)))
struct MermaidRenderTests {
  /// A roadmap exported as of a day, with the chart title given or taken from the file name.
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var today: String
    /// `--title`, when given.
    var title: String?
    /// The title Mermaid must draw.
    var drawnTitle: String
    var testDescription: String { "\(file) as of \(today)" }
    var url: URL { packageRoot.appendingPathComponent(file) }

    var roadmap: Roadmap {
      get throws {
        let csv = try String(contentsOf: url, encoding: .utf8)
        return Roadmap.load(csv: csv, source: file, today: day(today)).roadmap
      }
    }
  }

  static let hostile = "Tests/studylogTests/Fixtures/mermaid/hostile.csv"
  static let hostileTitle = "title: %% Roadmap; <b>#1</b> &amp; 로드맵 ¶ß"
  static let cases = [
    Case(file: hostile, today: "2024-09-15", title: hostileTitle, drawnTitle: hostileTitle),
    Case(file: hostile, today: "2025-03-01", drawnTitle: "Hostile"),
    Case(file: "reports/career-map/roadmap.csv", today: "2024-09-15", drawnTitle: "career-map 로드맵"),
    Case(file: "Tests/studylogTests/Fixtures/mixed.csv", today: "2024-09-15", drawnTitle: "Mixed"),
  ]

  /// What `studylog export --format mermaid` writes for each case.
  static let exports: [Result<String, MermaidTestError>] = cases.map { c in
    do {
      let r = try Binary.run(
        // Without the sample's config (which asks for English): the words follow the titles.
        ["export", c.url.path, "--format", "mermaid", "--today", c.today, "--no-config"]
          + (c.title.map { ["--title", $0] } ?? []))
      guard r.status == 0 else { return .failure(MermaidTestError(message: r.stderr)) }
      return .success(r.stdout)
    } catch { return .failure(MermaidTestError(message: "\(error)")) }
  }

  /// Every export drawn in one browser start.
  static let drawings: Result<[MermaidDrawing], MermaidTestError> = {
    do {
      return .success(try MermaidEngine.render(exports.map { try $0.get() }))
    } catch { return .failure(MermaidTestError(message: "\(error)")) }
  }()

  func drawing(_ c: Case) throws -> MermaidDrawing { try Self.drawings.get()[index(c)] }

  func index(_ c: Case) -> Int { Self.cases.firstIndex { $0.file == c.file && $0.today == c.today }! }

  @Test(arguments: cases) func mermaidAcceptsTheExport(_ c: Case) throws {
    let d = try drawing(c)
    let export = try Self.exports[index(c)].get()
    #expect(d.error == nil, "\(d.error ?? "")\n\(export)")
    #expect(d.svgError == nil)
  }

  /// One task per item, found by its id; dated items over exactly their planned days (every day
  /// the same width, so `excludes weekends` in a title could not stretch bars), milestones as
  /// milestones on their day, undated ones as a task of no days at the today marker; then the
  /// milestone and the marker.
  @Test(arguments: cases) func everyItemIsDrawnOnce(_ c: Case) throws {
    let (d, roadmap, today) = (try drawing(c), try c.roadmap, day(c.today))
    #expect(d.tasks.count == roadmap.items.count + 2)
    let marker = try #require(d.tasks.first { $0.classes.contains("vert") })
    let milestone = try #require(d.tasks.first { $0.id == "today" })
    #expect(milestone.classes.contains("milestone"))
    // The axis, from the bars that start first and last: x of a day's start, width of a day.
    // Mermaid draws at whole units, hence the tolerance of 1.5.
    let bars = roadmap.items.filter { $0.planned != nil && !$0.isMilestone }.sorted {
      $0.planned!.start < $1.planned!.start
    }
    let (early, late) = (try #require(bars.first), try #require(bars.last))
    let earlyX = try #require(d.tasks.first { $0.id == "i\(early.id)" }).x
    let lateX = try #require(d.tasks.first { $0.id == "i\(late.id)" }).x
    let span = Double(late.planned!.start - early.planned!.start)
    let perDay = (lateX - earlyX) / span
    let x = { (day: Day) in earlyX + Double(day - early.planned!.start) * perDay }
    #expect(perDay > 0)
    // Beyond the two bars, their rounding grows with the distance.
    let beyond = max(1, Double(abs(today - early.planned!.start)) / span)
    #expect(abs(marker.x - x(today)) < 1.5 * beyond, "\(marker)")
    for item in roadmap.items {
      let drawn = d.tasks.filter { $0.id == "i\(item.id)" }
      try #require(drawn.count == 1, "item \(item.id): \(drawn.count) tasks")
      let task = drawn[0]
      #expect(task.classes.contains("milestone") == item.isMilestone, "item \(item.id)")
      if let planned = item.planned, item.isMilestone {
        #expect(abs(task.x + task.width / 2 - x(planned.start)) < 1.5, "item \(item.id): \(task)")
      } else if let planned = item.planned {
        #expect(abs(task.x - x(planned.start)) < 1.5, "item \(item.id): \(task)")
        #expect(abs(task.width - Double(planned.days) * perDay) < 1.5, "item \(item.id): \(task)")
      } else {
        #expect(task.width == 0 && abs(task.x - marker.x) < 0.01, "item \(item.id): \(task)")
      }
    }
  }

  /// `crit` only for overdue items that are not paused; `done` and `active` from the status.
  @Test(arguments: cases) func tagsFollowTheStatus(_ c: Case) throws {
    let (d, roadmap, today) = (try drawing(c), try c.roadmap, day(c.today))
    for item in roadmap.items {
      let task = try #require(d.tasks.first { $0.id == "i\(item.id)" })
      // Mermaid's classes: `done0`, `active0`, `crit0`, `doneCrit0`, `activeCrit0` or `task0`.
      let classes = task.classes.joined(separator: " ").lowercased()
      let status = item.status(on: today)
      let crit = item.isOverdue(on: today) && status != .paused
      #expect(classes.contains("crit") == crit, "item \(item.id) \(status): \(classes)")
      #expect(classes.contains("done") == (status == .done), "item \(item.id) \(status): \(classes)")
      #expect(classes.contains("active") == (status == .inProgress), "item \(item.id) \(status): \(classes)")
    }
  }

  /// The text drawn with each task is the title as written (line breaks and tabs as spaces,
  /// control characters as `\u{…}`), followed by the notes of undated, paused and dropped items.
  @Test(arguments: cases) func everyTitleIsDrawnVerbatim(_ c: Case) throws {
    let (d, roadmap, today) = (try drawing(c), try c.roadmap, day(c.today))
    let language = Language.detected(for: roadmap)
    for item in roadmap.items {
      var notes: [String] = []
      if item.planned == nil { notes.append(language.text(.tbd)) }
      if item.status(on: today) == .paused { notes.append(language.text(.paused)) }
      if item.status(on: today) == .dropped { notes.append(language.text(.dropped)) }
      let expected = Self.shown(item.title) + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
      let label = d.taskTexts.first { $0.id == "i\(item.id)-text" }
      #expect(label?.text == expected, "item \(item.id)")
    }
  }

  /// A section per track in the roadmap's order (items without one first), then the today
  /// section; the chart's title as given.
  @Test(arguments: cases) func sectionsAndTitleAreDrawn(_ c: Case) throws {
    let (d, roadmap) = (try drawing(c), try c.roadmap)
    let language = Language.detected(for: roadmap)
    let tracks = roadmap.byTrack.map { Self.shown($0.track ?? language.text(.noTrack)) }
    let today = language.text(.today)
    #expect(d.sections == tracks + [today.prefix(1).uppercased() + today.dropFirst()])
    #expect(d.title == c.drawnTitle)
  }

  /// The today milestone and Mermaid's own marker stand on `--today`, labelled with it.
  @Test(arguments: cases) func todayIsPinned(_ c: Case) throws {
    let d = try drawing(c)
    let language = Language.detected(for: try c.roadmap)
    let milestone = try #require(d.tasks.first { $0.id == "today" })
    let marker = try #require(d.tasks.first { $0.classes.contains("vert") })
    #expect(abs(milestone.x + milestone.width / 2 - marker.x) < 1, "\(milestone) \(marker)")
    #expect(d.taskTexts.contains { $0.text == "\(language.text(.today)) \(c.today)" })
  }

  /// A title as a chart line shows it: line breaks and tabs as spaces, controls and
  /// bidirectional overrides as `\u{…}`.
  static func shown(_ text: String) -> String {
    let spaced = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\r", with: " ")
      .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    return TerminalText.visible(spaced)
  }
}

/// Exporting or drawing failed.
struct MermaidTestError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
