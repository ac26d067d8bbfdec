import StudyLog
import StudyLogChart
import TestSupport

/// A roadmap of one item per category, `Cat1` to `Cat<count>`, ten days apart from 2023-06-01
/// (up to 46 end before `sampleToday`): each planned for four weeks and done a day late, except every fifth, a milestone
/// met on its day. Past the palette's twelve colours the items carry their category's pattern
/// (hatch from the 13th, backhatch from the 25th, crosshatch from the 37th).
public func categoriesRoadmap(_ count: Int) -> Roadmap {
  var lines = ["id,category,title,planned,actual"]
  for i in 0..<count {
    let start = day("2023-06-01") + i * 10
    if i % 5 == 4 {
      lines.append("\(i + 1),Cat\(i + 1),Milestone \(i + 1),\(start.iso),\(start.iso)~\(start.iso)")
    } else {
      lines.append(
        "\(i + 1),Cat\(i + 1),Item \(i + 1),\(start.iso)~\((start + 27).iso),\((start + 1).iso)~\((start + 28).iso)"
      )
    }
  }
  let loaded = Roadmap.load(
    csv: lines.joined(separator: "\n") + "\n", source: "categories.csv", today: sampleToday)
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap
}

/// The light and dark timelines of `categoriesRoadmap(count)` measured with `measurer`, as of
/// `sampleToday`, and their web SVG in the font stack `families`.
public struct CategoriesChart {
  public let light: Scene
  public let dark: Scene
  public let document: String

  public init(_ count: Int, families: String, measurer: TextMeasuring = FixedWidthMeasurer()) {
    let roadmap = categoriesRoadmap(count)
    var options = ChartOptions(title: "\(count) categories", today: sampleToday)
    light = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene
    options.theme = .dark
    dark = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene
    options.theme = .light
    document = SVGWriter(families: families).document(
      light, dark: dark, annotations: .timeline(light, roadmap: roadmap, options: options))
  }
}
