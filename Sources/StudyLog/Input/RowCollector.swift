/// The items of a file as its rows are read: reports duplicate ids (an error) and titles used
/// twice in a track (a warning), and at the end gives the rows without an id the next free
/// numbers after the largest numeric id, in order. A row whose id cell is blank gets a warning
/// that names its new id; the rows of a table without an id column are numbered silently (so a
/// file without one is numbered 1, 2, 3…).
///
/// With `keepsItems` false (`studylog check`), it keeps only what those checks need across rows
/// (each id and each title in its track with its line, each category and track name once), not
/// the items: the diagnostics are the same.
struct RowCollector<Location> {
  private(set) var items: [Item] = []
  /// Items added, kept or not.
  private(set) var count = 0
  private var keepsItems: Bool
  private var idLines: [ExactText: Int] = [:]
  private var titleLines: TitleLines
  /// Rows without an id: their index in `items` (when kept), line, and whether to warn.
  private var rowsWithoutID: [(index: Int, line: Int, warn: Bool)] = []
  private var categories = NameTally()
  private var tracks = NameTally()

  /// `expectedRows` (an estimate, such as the file's lines) sizes the tables once, so that they
  /// are not grown and rehashed as rows come.
  init(expectedRows: Int = 0, keepsItems: Bool = true) {
    self.keepsItems = keepsItems
    if keepsItems { items.reserveCapacity(expectedRows) }
    idLines.reserveCapacity(expectedRows)
    titleLines = TitleLines(expected: expectedRows)
  }

  /// Adds an item, reporting through `sink` at the locations of its id and title cells.
  /// `hasIDColumn` says whether its table has an id column.
  mutating func add<Sink: DiagnosticSink>(
    _ item: Item, hasIDColumn: Bool, idAt idLocation: Location, titleAt titleLocation: Location,
    sink: inout Sink
  ) where Sink.Location == Location {
    if item.id.isEmpty {
      rowsWithoutID.append((count, item.line, hasIDColumn))
    } else if let first = idLines[ExactText(item.id)] {
      sink.add(.error, "duplicate id '\(item.id)': line \(first) already uses it", at: idLocation)
    } else {
      idLines[ExactText(item.id)] = item.line
    }
    if let first = titleLines.firstLine(track: item.track ?? "", title: item.title, line: item.line) {
      sink.add(.warning, "title '\(item.title)' is also used on line \(first)", at: titleLocation)
    }
    categories.add(item.category, line: item.line)
    if let track = item.track { tracks.add(track, line: item.line) }
    if keepsItems { items.append(item) }
    count += 1
  }

  /// Takes `items`, the items added (in order) by a collector that did not keep them, so that
  /// `finish` numbers them: items read on several threads are checked here one after another,
  /// but kept by their reader, not copied once more.
  mutating func adopt(_ items: [Item]) {
    precondition(!keepsItems && items.count == count)
    self.items = items
    keepsItems = true
  }

  /// The items (none unless kept), rows without an id numbered.
  mutating func finish<Sink: DiagnosticSink>(sink: inout Sink) -> [Item] {
    var next = (idLines.keys.compactMap { Int($0.text) }.max() ?? 0) + 1
    for (index, line, warn) in rowsWithoutID {
      while idLines[ExactText("\(next)")] != nil { next += 1 }
      if keepsItems { items[index].id = "\(next)" }
      idLines[ExactText("\(next)")] = line
      if warn { sink.add(.warning, "row has no id; it gets id \(next)", line: line) }
      next += 1
    }
    rowsWithoutID = []
    NameTypos.check(categories, kind: "category", sink: &sink)
    NameTypos.check(tracks, kind: "track", sink: &sink)
    return items
  }
}
