/// A row's cells by column, each with where it stands in its file.
///
/// Stored in a fixed array by column (a dictionary costs more than the rest of a row's checks).
struct RowCells<Location> {
  private var storage: [(value: String, location: Location)?] = Array(
    repeating: nil, count: RoadmapColumn.allCases.count)
  /// The row's cells in user columns (`UserColumns`), by header; empty ones left out.
  var extras: [String: String] = [:]

  /// The cell of `column` when it is not empty (trimmed).
  subscript(column: RoadmapColumn) -> (value: String, location: Location)? {
    get { storage[column.ordinal].flatMap { $0.value.isEmpty ? nil : $0 } }
    set { storage[column.ordinal] = newValue }
  }

  /// Where the cell of `column` is, even when it is empty; nil when the row has no such cell.
  func location(of column: RoadmapColumn) -> Location? { storage[column.ordinal]?.location }
}

/// The one validator of a roadmap row, used by the CSV reader and the post importer alike: the
/// same cells give the same item and the same diagnostics, whichever file they came from.
///
/// It checks the required cells, the id, the url, the planned and actual dates, progress and
/// status, then warns where they contradict each other. Duplicate ids and titles, and ids for rows
/// without one, are `RowCollector`'s.
struct ItemRowReader<Sink: DiagnosticSink> {
  var sink: Sink
  /// The day that "after today" warnings and implausible years refer to.
  let today: Day

  init(sink: Sink, today: Day) {
    self.sink = sink
    self.today = today
  }

  private mutating func error(_ message: String, at location: Sink.Location) {
    sink.add(.error, message, at: location)
  }

  private mutating func warning(_ message: String, at location: Sink.Location) {
    sink.add(.warning, message, at: location)
  }

  /// Reads one row. `row` locates the row itself (for problems with no cell of their own). Nil
  /// when a required cell is empty (after reporting); an item is returned even when other cells
  /// had errors, so that later rows are still checked against it. An item without an id (no id
  /// cell, or `TBD`, `----`) has an empty one until `RowCollector` numbers it.
  mutating func read(_ cells: RowCells<Sink.Location>, row: Sink.Location) -> Item? {
    var valid = true
    let category = cells[.category]?.value ?? ""
    if category.isEmpty {
      error("empty category", at: cells.location(of: .category) ?? row)
      valid = false
    }
    let title = cells[.title]?.value ?? ""
    if title.isEmpty {
      error("empty title", at: cells.location(of: .title) ?? row)
      valid = false
    }

    var id = ""
    if let cell = cells[.id], !DateParser.isPlaceholder(cell.value) { id = cell.value }

    var url: String?
    if let cell = cells[.url] {
      if let problem = WebLink.problem(cell.value) {
        error("url '\(cell.value)' is not a valid http or https link: \(problem)", at: cell.location)
      } else {
        url = cell.value
      }
    }

    let planned = readRange(cells, range: .planned, start: .plannedStart, end: .plannedEnd, kind: "planned")
    let actual = readRange(cells, range: .actual, start: .actualStart, end: .actualEnd, kind: "actual")
    let progress = readProgress(cells)
    let declared = readStatus(cells)

    guard valid else { return nil }
    let item = Item(
      id: id, line: sink.line(of: row), track: cells[.track]?.value, category: category, title: title,
      description: cells[.description]?.value, url: url, planned: planned.range, actualStart: actual.start,
      actualEnd: actual.end, progress: progress, declaredStatus: declared,
      extras: cells.extras)
    checkConsistency(item, cells: cells, row: row, actualLocations: actual.locations)
    return item
  }

  private mutating func readProgress(_ cells: RowCells<Sink.Location>) -> Double? {
    guard let cell = cells[.progress] else { return nil }
    // Fast path: one to three ASCII digits, the commonest cell (`0`, `35`, `100`).
    if cell.value.utf8.count <= 3, cell.value.utf8.allSatisfy({ $0 &- 0x30 < 10 }),
      let whole = Int(cell.value), whole <= 100
    {
      return Double(whole)
    }
    let number = cell.value.filter { $0 != "%" }.trimmingWhitespace()
    guard let value = Double(number), value.isFinite else {
      error("progress '\(cell.value)' is not a number", at: cell.location)
      return nil
    }
    guard (0...100).contains(value) else {
      error("progress '\(cell.value)' is outside 0–100", at: cell.location)
      return nil
    }
    return value
  }

  private mutating func readStatus(_ cells: RowCells<Sink.Location>) -> DeclaredStatus? {
    guard let cell = cells[.status] else { return nil }
    guard let status = DeclaredStatus(cell: cell.value) else {
      error("unknown status '\(cell.value)': use planned, active, done, paused or dropped", at: cell.location)
      return nil
    }
    return status
  }

  private typealias DatesRead = (
    range: DayRange?, start: Day?, end: Day?, locations: (start: Sink.Location?, end: Sink.Location?)
  )

  /// Reads the planned or actual dates of a row from a range cell or from start and end cells.
  private mutating func readRange(
    _ cells: RowCells<Sink.Location>, range: RoadmapColumn, start: RoadmapColumn, end: RoadmapColumn,
    kind: String
  ) -> DatesRead {
    let none: DatesRead = (nil, nil, nil, (nil, nil))
    var first: Day?
    var last: Day?
    var startLocation: Sink.Location?
    var endLocation: Sink.Location?
    if let cell = cells[range], !DateParser.isPlaceholder(cell.value) {
      switch DateParser.parseRange(cell.value) {
      case .success(let r):
        first = r.start
        last = r.end
        startLocation = cell.location
        endLocation = r.end == nil ? nil : cell.location
      case .failure(let e):
        error(e.message, at: cell.location)
        return none
      }
    } else {
      var failed = false
      if let cell = cells[start], !DateParser.isPlaceholder(cell.value) {
        first = readDay(cell, role: .start, kind: kind)
        startLocation = cell.location
        failed = first == nil
      }
      if let cell = cells[end], !DateParser.isPlaceholder(cell.value) {
        last = readDay(cell, role: .end, kind: kind)
        endLocation = cell.location
        failed = failed || last == nil
      }
      if failed { return none }
    }
    if let first, let startLocation { checkPlausibleYear(first, at: startLocation) }
    if let last, let endLocation { checkPlausibleYear(last, at: endLocation) }
    switch (first, last) {
    case (let s?, let e?):
      guard s <= e else {
        error("\(kind) end \(e.iso) is before \(kind) start \(s.iso)", at: endLocation!)
        return none
      }
      return (DayRange(s, e), s, e, (startLocation, endLocation))
    case (let s?, nil):
      if kind == "planned" {
        error(
          "planned start \(s.iso) has no planned end; give both, or neither for an item not scheduled yet",
          at: startLocation!)
        return none
      }
      return (nil, s, nil, (startLocation, nil))
    case (nil, let e?):
      error("\(kind) end \(e.iso) has no \(kind) start", at: endLocation!)
      return none
    case (nil, nil):
      return none
    }
  }

  private mutating func readDay(
    _ cell: (value: String, location: Sink.Location), role: DateRole, kind: String
  )
    -> Day?
  {
    switch DateParser.parseDay(cell.value, role: role) {
    case .success(let day):
      if let message = DateParser.ignoredTimeWarning(cell.value) { warning(message, at: cell.location) }
      return day
    case .failure(let e):
      if e.isShapeError, case .success(let r) = DateParser.parseRange(cell.value), r.end != nil {
        error(
          "'\(cell.value)' is a date range; put it in a '\(kind)' column, or split it into start and end",
          at: cell.location)
      } else {
        error(e.message, at: cell.location)
      }
      return nil
    }
  }

  private mutating func checkPlausibleYear(_ day: Day, at location: Sink.Location) {
    // Within 18,250 days (under 50 years) of today, the years are at most 50 apart: no need to
    // work out either year.
    if abs(day - today) <= 18_250 { return }
    let years = abs(day.year - today.year)
    if years > 50 {
      warning("date \(day.iso) is \(years) years from today; is the year a typo?", at: location)
    }
  }

  /// Warnings for cells that contradict each other or today.
  private mutating func checkConsistency(
    _ item: Item, cells: RowCells<Sink.Location>, row: Sink.Location,
    actualLocations: (start: Sink.Location?, end: Sink.Location?)
  ) {
    if let day = item.actualStart, day > today, let location = actualLocations.start {
      warning("actual start \(day.iso) is after today (\(today.iso))", at: location)
    }
    if let day = item.actualEnd, day > today, let location = actualLocations.end {
      warning("actual end \(day.iso) is after today (\(today.iso))", at: location)
    }
    let statusLocation = cells[.status]?.location ?? row
    let progressLocation = cells[.progress]?.location ?? row
    switch item.declaredStatus {
    case .done where item.actualEnd == nil:
      warning("status is done but there is no actual end; its slip cannot be computed", at: statusLocation)
    case .active where item.actualStart == nil:
      warning("status is active but there is no actual start", at: statusLocation)
    case .planned where item.actualStart != nil:
      warning(
        "status is planned but the item has an actual start (\(item.actualStart!.iso))", at: statusLocation)
    default: break
    }
    let finished = item.declaredStatus == .done || (item.declaredStatus == nil && item.actualEnd != nil)
    if let progress = item.progress {
      let shown = Format.decimal(progress) + "%"
      if finished && progress < 100 {
        warning("the item is done but progress is \(shown)", at: progressLocation)
      } else if !finished && progress == 100 && item.declaredStatus != .dropped {
        warning("progress is 100% but there is no actual end", at: progressLocation)
      } else if progress > 0 && item.actualStart == nil && item.declaredStatus == nil {
        warning("progress is \(shown) but there is no actual start", at: progressLocation)
      }
    }
  }
}
