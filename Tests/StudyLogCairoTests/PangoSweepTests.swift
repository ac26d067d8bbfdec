import ChartTestSupport
import StudyLog
import StudyLogChart
import Testing

@testable import StudyLogCairo

/// The chart checks of `ChartSweepTests` again, over a smaller sweep laid out and boxed with
/// Pango's measurer (the fonts the PNG is drawn with) instead of the fixed-width one: spans of a
/// week, a year and ten years, widths 600 and 2400, whole, and cropped with ten marks near today,
/// light in English and dark in Korean; and 500 items.
@Suite(.serialized) struct PangoSweepTests {
  static let cases: [SweepCase] =
    [7, 365, 3650].flatMap { span in
      [600.0, 2400].flatMap { width in
        [false, true].flatMap { crowded in
          [(Theme.light, Language.en), (Theme.dark, Language.ko)].map { theme, locale in
            SweepCase(
              span: span, count: 40, width: width, cropped: crowded, marks: crowded, theme: theme,
              locale: locale)
          }
        }
      }
    } + [SweepCase.large[1]]

  @Test(arguments: cases) func chartRulesHoldWithPangoMetrics(_ c: SweepCase) {
    let measurer = PangoTextMeasurer()
    let l = c.layout(measurer: measurer)
    let e = l.scene.elements(measurer: measurer)
    let background = l.scene.background
    let found: [(String, [String])] = [
      ("texts overlap", SceneChecks.overlappingTexts(e)),
      ("lines cross texts", SceneChecks.linesThroughTexts(e)),
      ("low contrast", SceneChecks.lowContrastTexts(e, background: background)),
      ("faint bars", SceneChecks.faintBars(e, background: background)),
      ("unattached marker labels", markerProblems(c, l)),
    ]
    for (rule, problems) in found {
      #expect(problems.isEmpty, "\(c): \(rule): \(problems.count): \(problems.prefix(3))")
    }
    // Pango measured every text: nothing is boxed as empty.
    #expect(e.filter { $0.kind == "text" }.allSatisfy { $0.width > 0 && $0.height > 0 })
  }

  func markerProblems(_ c: SweepCase, _ l: ChartLayout) -> [String] {
    guard c.marks, let markers = l.scene.group("markers") else { return [] }
    var bottom = 0.0
    func walk(_ nodes: [SceneNode]) {
      for node in nodes {
        if case .line(let line) = node { bottom = max(bottom, line.to.y) }
        if case .group(_, let children) = node { walk(children) }
      }
    }
    walk(markers)
    return SceneChecks.unattachedMarkerLabels(markers, lineX: c.markerXs(l), bottom: bottom)
  }
}
