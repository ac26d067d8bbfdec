/// The data records of one stretch of a roadmap file, read into items apart from the rest (on a
/// thread of its own): the items in order, each with how many diagnostics had been found when it
/// was read, the diagnostics and the CSV issues. Merged stretch after stretch (`merge`), they give
/// the parser exactly the diagnostics, in exactly the order, that one pass over the file gives.
struct RoadmapRowChunk {
  /// The items read, in order.
  private(set) var items: [Item] = []
  /// Per item: where its id and title cells are, and how many diagnostics had been found once it
  /// was read.
  private var places: [(idAt: Int, titleAt: Int, diagnosticsEnd: Int)] = []
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var issues: [CSVIssue] = []
  /// Records that were not blank.
  private(set) var rowCount = 0
  /// Where the next record starts after the stretch (`CSVReader.read(_:from:before:_:)`).
  private(set) var end = 0

  /// Reads the records that start in `start..<limit`; `log` gives the file's text and name.
  init(_ reading: RoadmapRowReading, log: DiagnosticLog, today: Day, from start: Int, before limit: Int) {
    var rows = ItemRowReader(sink: DiagnosticLog(source: log.source, text: log.text), today: today)
    var items: [Item] = []
    var places: [(idAt: Int, titleAt: Int, diagnosticsEnd: Int)] = []
    // A row per line, at most (growing the array would copy every item read so far).
    let lines = log.text.line(ofByte: limit) - log.text.line(ofByte: start) + 1
    items.reserveCapacity(lines)
    places.reserveCapacity(lines)
    var rowCount = 0
    (issues, end) = CSVReader.read(log.text.bytes, from: start, before: limit) { record in
      if let row = reading.read(record, rows: &rows, rowCount: &rowCount) {
        items.append(row.item)
        places.append((row.idAt, row.titleAt, rows.sink.diagnostics.count))
      }
      return true
    }
    self.items = items
    self.places = places
    self.rowCount = rowCount
    diagnostics = rows.sink.diagnostics
  }

  /// The records from `start` to the end of the file read in two stretches at once: the first
  /// up to `guess`, the second from it. `guess` is only a guess at where a record starts (a line
  /// break may be inside a quoted field): when the first stretch does not end exactly there, the
  /// second is thrown away and the rest read again from where the first ended.
  static func readInTwo(
    _ reading: RoadmapRowReading, log: DiagnosticLog, today: Day, from start: Int, guess: Int
  ) -> [RoadmapRowChunk] {
    let n = log.text.bytes.count
    let guess = min(max(guess, start), n)
    let halves = Parallel.map(2) { k in
      k == 0
        ? RoadmapRowChunk(reading, log: log, today: today, from: start, before: guess)
        : RoadmapRowChunk(reading, log: log, today: today, from: guess, before: n)
    }
    if halves[0].end == guess { return halves }
    return [halves[0], RoadmapRowChunk(reading, log: log, today: today, from: halves[0].end, before: n)]
  }

  /// Where to guess that the records after `start` are cut in two: just after the first line
  /// break past the middle of the rest of the file.
  static func middleGuess(_ bytes: [UInt8], from start: Int) -> Int {
    var i = start + (bytes.count - start) / 2
    while i < bytes.count && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
    if i + 1 < bytes.count && bytes[i] == 0x0D && bytes[i + 1] == 0x0A { i += 1 }
    return min(i + 1, bytes.count)
  }

  /// Adds the stretch's diagnostics to `sink`, and each item to `collector` (which checks it
  /// across rows; the items themselves are the caller's, `items`) right after the diagnostics
  /// found before it, as one pass would have.
  func merge(into sink: inout DiagnosticLog, collector: inout RowCollector<Int>, hasIDColumn: Bool) {
    var next = 0
    for (k, place) in places.enumerated() {
      sink.append(diagnostics[next..<place.diagnosticsEnd])
      next = place.diagnosticsEnd
      collector.add(items[k], hasIDColumn: hasIDColumn, idAt: place.idAt, titleAt: place.titleAt, sink: &sink)
    }
    sink.append(diagnostics[next...])
  }
}
