import StudyLog
import TestSupport

@testable import StudyLogChart

// Roadmaps and timelines that several suites of this target lay out.

/// A roadmap from CSV text, read as of 2024-09-15; stops the test run when it has errors.
func roadmap(_ csv: String) -> Roadmap {
  let loaded = Roadmap.load(csv: csv, source: "t.csv", today: day("2024-09-15"))
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap
}

/// The timeline of `csv` measured with the fixed-width measurer, titled "Test", as of `today`, in a
/// window from `from` to `to` (by default the roadmap's dates), `width` points wide; `configure`
/// sets any other option.
func layout(
  _ csv: String, today: String = "2024-09-15", from: String? = nil, to: String? = nil, width: Double = 1200,
  locale: Language = .en, configure: (inout ChartOptions) -> Void = { _ in }
) -> ChartLayout {
  var options = ChartOptions(title: "Test", today: day(today))
  options.from = from.map(day)
  options.to = to.map(day)
  options.width = width
  options.locale = locale
  configure(&options)
  return ChartLayout(roadmap: roadmap(csv), options: options, measurer: FixedWidthMeasurer())
}

/// The nodes of an item's row, by the item's id.
func rowNodes(_ l: ChartLayout, _ id: String) -> [SceneNode] {
  l.scene.group("item \(id)") ?? []
}

/// One item without a track, DNS in Infra, planned 2024-02-01 – 2024-03-30 and done 2024-02-05 –
/// 2024-04-05, in a window of 2024: the label column is its minimum, 120 points.
func oneBarLayout() -> ChartLayout {
  layout(
    "id,category,title,start,end,actual_start,actual_end\n1,Infra,DNS,2024-02-01,2024-03-30,2024-02-05,2024-04-05\n",
    from: "2024-01-01", to: "2024-12-31")
}

/// Seven items in two tracks and one without: finished early, on time, in progress, a milestone
/// met, not scheduled, overdue and dropped.
let rowsCSV = """
  id,track,category,title,planned,actual,progress,status
  1,SRE,Infra,Early,24.03.01-24.03.31,24.03.01-24.03.28,100,
  2,SRE,Infra,On time,24.04.01-24.04.30,24.04.01-24.04.30,,
  3,SRE,Network,Running,24.09.01-24.09.30,24.09.02-,40,
  4,MLOps,Cloud,Exam,24.06.30,24.06.30-24.06.30,,
  5,MLOps,Cloud,Someday,TBD,,,
  6,MLOps,Cloud,Late,24.07.01-24.08.31,,,
  7,,Data,Loose,24.05.01-24.05.10,,,dropped

  """
