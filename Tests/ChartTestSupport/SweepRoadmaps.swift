import StudyLog
import StudyLogChart
import TestSupport

// The sweep the chart checks run over: roadmaps of every span, windows that cut every kind of
// item, marks crowded around today, widths, themes and locales.

/// A roadmap of `count` items over about `span` days up to 2024-09-15 and a little after it: done
/// early and late, in progress, milestones met and overdue, overdue bars, paused, dropped, not
/// scheduled and started without a plan, in 14 categories and three tracks (and none); every
/// seventh title 120 characters long.
public func sweepRoadmap(span: Int, count: Int) -> Roadmap {
  let today = sampleToday
  var lines = ["id,track,category,title,planned,actual,progress,status"]
  let length = max(1, span / 8)
  for i in 0..<count {
    let start = today - span * 9 / 10 + i * span * 7 / 10 / max(count, 1)
    let end = start + length
    func past(_ d: Day) -> Day { min(d, today) }
    let track = ["", "SRE", "MLOps", "Writing"][i % 4]
    let category = "Cat\(i % 14)"
    let title =
      i % 7 == 6 ? String(repeating: "Long title \(i) ", count: 12).prefix(120).description : "Item \(i)"
    let planned: String
    var actual = ""
    var progress = ""
    var status = ""
    switch i % 10 {
    case 0:
      planned = "\(start.iso)~\(end.iso)"
      actual = "\(past(start).iso)~\(past(max(start, end - 3)).iso)"
    case 1:
      planned = "\(start.iso)~\(end.iso)"
      actual = "\(past(start + 1).iso)~\(past(end + 4).iso)"
    case 2:
      planned = "\(start.iso)~\((end + length).iso)"
      actual = "\(past(start).iso)~"
      progress = "45"
    case 3:
      planned = start.iso
      actual = "\(past(start).iso)~\(past(start).iso)"
    case 4: planned = min(start, today - 4).iso
    case 5: planned = "\(min(start, today - 10).iso)~\(min(end, today - 3).iso)"
    case 6:
      planned = "\(start.iso)~\(end.iso)"
      actual = "\(past(start).iso)~"
      status = "paused"
    case 7:
      planned = "\(start.iso)~\(end.iso)"
      status = "dropped"
    case 8: planned = "TBD"
    default:
      planned = ""
      actual = "\(past(start).iso)~"
    }
    lines.append("\(i + 1),\(track),\(category),\(title),\(planned),\(actual),\(progress),\(status)")
  }
  let loaded = Roadmap.load(csv: lines.joined(separator: "\n") + "\n", source: "sweep.csv", today: today)
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap
}

/// One case of the sweep, named for failure messages.
public struct SweepCase: CustomStringConvertible, Sendable {
  public var span: Int
  public var count: Int
  public var width: Double
  public var cropped: Bool
  public var marks: Bool
  public var theme: Theme
  public var locale: Language

  public var description: String {
    "\(span) days, \(count) items, width \(Int(width))\(cropped ? ", cropped" : "")"
      + "\(marks ? ", ten marks" : ""), \(theme.name), \(locale.rawValue)"
  }

  public init(
    span: Int, count: Int, width: Double, cropped: Bool, marks: Bool, theme: Theme, locale: Language
  ) {
    self.span = span
    self.count = count
    self.width = width
    self.cropped = cropped
    self.marks = marks
    self.theme = theme
    self.locale = locale
  }

  /// The timeline, measured with `measurer` (the fixed-width one unless told).
  public func layout(measurer: TextMeasuring = FixedWidthMeasurer()) -> ChartLayout {
    var options = ChartOptions(title: "Sweep \(span)", today: sampleToday)
    options.width = width
    options.theme = theme
    options.locale = locale
    if cropped {
      options.from = sampleToday - span / 3
      options.to = sampleToday + max(1, span / 20)
    }
    if marks {
      options.marks = (0..<10).map { k in ChartMark(day: sampleToday + Self.markDays[k], label: "mark \(k)") }
    }
    return ChartLayout(
      roadmap: sweepRoadmap(span: span, count: count), options: options, measurer: measurer)
  }

  /// The days of the ten marks, from today.
  public static let markDays = [-12, -9, -6, -4, -2, -1, 0, 1, 3, 5]

  /// Where each marker's line stands in `l`, by its label: the middle of its day, 3 points to the
  /// right for a mark on today's day.
  public func markerXs(_ l: ChartLayout) -> [String: Double] {
    let today = sampleToday
    var xs = ["\(locale.text(.today)) \(today.iso)": l.x(today) + l.pointsPerDay / 2]
    for (k, offset) in Self.markDays.enumerated() {
      xs["mark \(k)"] = l.x(today + offset) + l.pointsPerDay / 2 + (offset == 0 ? 3 : 0)
    }
    return xs
  }

  /// Spans of a week, 60 days, 1, 3 and 10 years; widths 600–2400; whole and cropped windows;
  /// with and without ten marks; both themes and locales; 40 items each.
  public static let all: [SweepCase] = [7, 60, 365, 1095, 3650].flatMap { span in
    [600.0, 1200, 2400].flatMap { width in
      [false, true].flatMap { cropped in
        [false, true].flatMap { marks in
          [(Theme.light, Language.en), (Theme.dark, Language.ko)].map { theme, locale in
            SweepCase(
              span: span, count: 40, width: width, cropped: cropped, marks: marks, theme: theme,
              locale: locale)
          }
        }
      }
    }
  }

  /// 500 items over three years, with marks, in both themes.
  public static let large: [SweepCase] = [(Theme.light, Language.en), (Theme.dark, Language.ko)].map {
    SweepCase(span: 1095, count: 500, width: 1200, cropped: false, marks: true, theme: $0.0, locale: $0.1)
  }
}
