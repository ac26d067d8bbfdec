import StudyLog

/// The window of a timeline: the days it shows, from the left edge of its plot to the right.
enum ChartWindow {
  /// The days to show: `--from`/`--to` when given; else every planned and actual date (and
  /// today, when it is near them), padded and snapped to the axis's smaller unit.
  static func days(_ roadmap: Roadmap, options: ChartOptions) -> DayRange {
    let today = options.today
    var days: [Day] = []
    for item in roadmap.items {
      if let p = item.planned { days += [p.start, p.end] }
      if let s = item.actualStart { days.append(s) }
      if let e = item.actualEnd { days.append(e) }
      if item.actualStart != nil && item.actualEnd == nil { days.append(today) }
    }
    var lo = days.min() ?? today - 14
    var hi = days.max() ?? today + 14
    let span = max(hi - lo, 1)
    let reach = max(7, span / 10)
    if today >= lo - reach && today <= hi + reach {
      lo = min(lo, today)
      hi = max(hi, today)
    }
    if let from = options.from, let to = options.to, from <= to { return DayRange(from, to) }
    let pad = max(1, (hi - lo) / 50)
    lo = lo - pad
    hi = hi + pad
    if let from = options.from { lo = from }
    if let to = options.to { hi = to }
    if hi <= lo { hi = lo + 1 }
    let unit = TimeAxis.units(forSpanDays: hi - lo + 1).lower
    if options.from == nil { lo = TimeAxis.floor(lo, to: unit) }
    if options.to == nil { hi = TimeAxis.next(TimeAxis.floor(hi, to: unit), unit) - 1 }
    return DayRange(lo, hi)
  }
}
