import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The second cue past the palette: categories 13–48 carry a pattern on their bars, diamonds and
/// legend swatch, so that no two categories look the same while the patterns last.
@Suite struct FillPatternTests {
  @Test func patternsStartWhenColoursRepeat() {
    let kinds = (0..<50).map { FillPattern.kind(forCategory: $0, colors: 12) }
    #expect(kinds[0..<12].allSatisfy { $0 == nil })
    #expect(kinds[12..<24].allSatisfy { $0 == .hatch })
    #expect(kinds[24..<36].allSatisfy { $0 == .backhatch })
    #expect(kinds[36..<48].allSatisfy { $0 == .crosshatch })
    #expect(kinds[48] == nil && kinds[49] == nil)
  }

  @Test func segmentsCrossTheBoxEveryFourPoints() {
    let white = Color(hex: "#FFFFFF")!
    let hatch = FillPattern(.hatch, color: white).segments(x: 10, y: 20, width: 8, height: 4)
    // Rising lines from the bottom edge to the top edge, starting a box height left of it.
    #expect(hatch.map(\.0) == [Point(6, 24), Point(10, 24), Point(14, 24)])
    #expect(hatch.map(\.1) == [Point(10, 20), Point(14, 20), Point(18, 20)])
    let back = FillPattern(.backhatch, color: white).segments(x: 10, y: 20, width: 8, height: 4)
    #expect(back.map(\.0) == [Point(6, 20), Point(10, 20), Point(14, 20)])
    #expect(back.map(\.1) == [Point(10, 24), Point(14, 24), Point(18, 24)])
    #expect(FillPattern(.crosshatch, color: white).segments(x: 10, y: 20, width: 8, height: 4).count == 6)
  }

  /// Fourteen categories, each with one finished item and one milestone met.
  static let csv =
    "id,category,title,planned,actual\n"
    + (0..<14).map { i in
      let d = 10 + i
      return "\(i + 1),Cat\(i),Item \(i),24.03.\(d)-24.04.\(d),24.03.\(d)-24.04.\(d)"
    }.joined(separator: "\n") + "\n15,Cat13,Exam,24.05.02,24.05.02-24.05.02\n"

  @Test func categoriesPastTwelveCarryAPatternInTheLegendAndOnTheirShapes() {
    let l = layout(Self.csv)
    let legend = l.scene.group("legend")!
    let swatches = Array(Scene.rects(in: legend).prefix(14))
    #expect(swatches[0..<12].allSatisfy { $0.pattern == nil })
    #expect(swatches[12].pattern == FillPattern(.hatch, color: Theme.light.background))
    #expect(swatches[13].pattern == FillPattern(.hatch, color: Theme.light.background))
    #expect(swatches[12].fill == swatches[0].fill && swatches[13].fill == swatches[1].fill)
    // No two categories share both colour and pattern.
    let cues = swatches.map { "\($0.fill!) \($0.pattern?.kind.rawValue ?? "-")" }
    #expect(Set(cues).count == 14)
    // The planned bar carries the pattern in the category's colour over its light fill, the solid
    // actual bar and a milestone met carry it in the background's.
    let colour = Theme.light.palette[1]
    let rects = Scene.rects(in: rowNodes(l, "14"))
    #expect(rects[0].pattern == FillPattern(.hatch, color: colour))
    #expect(rects[1].pattern == FillPattern(.hatch, color: Theme.light.background))
    let met = Scene.polygons(in: rowNodes(l, "15")).map(\.pattern)
    #expect(met == [FillPattern(.hatch, color: colour), FillPattern(.hatch, color: Theme.light.background)])
    #expect(Scene.rects(in: rowNodes(l, "2")).allSatisfy { $0.pattern == nil })
  }

  @Test func theSceneDumpNamesThePattern() {
    let l = layout(Self.csv)
    let json = SceneJSON.encode(l.scene, measurer: FixedWidthMeasurer())
    let lines = json.split(separator: "\n").filter { $0.contains("\"item\": \"14\"") && $0.contains("bar.") }
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.contains("\"pattern\": \"hatch\"") })
    #expect(lines.last!.contains("\"patternColor\": \"#FFFFFF\""))
    let plain = json.split(separator: "\n").filter { $0.contains("\"item\": \"2\"") && $0.contains("bar.") }
    #expect(plain.count == 2 && plain.allSatisfy { !$0.contains("pattern") })
  }
}
