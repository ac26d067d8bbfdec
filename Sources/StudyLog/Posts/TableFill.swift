/// How `sync` fills a table that is already in a post: the cells of the columns studylog does not
/// own (a `비고` or `Notes` column the user typed into) are kept, cell by cell, matched by item
/// number (or by title in a table without one); the status column shows each item's status as of
/// `today`, in the language of the table's header.
struct TableFill {
  var today: Day
  /// Kept cells as written, by the column's header key (`RoadmapColumn.key`), then by item key
  /// (`id:7`, `title:DNS`).
  private var kept: [String: [String: String]] = [:]

  init(today: Day) { self.today = today }

  /// Keeps the cells of the unknown columns of a table already there: `header` its header cells,
  /// `rows` its body rows, as written.
  mutating func keep(header: [String], rows: [[String]]) {
    let names = header.map { Markdown.inline($0).text }
    let columns = names.map { RoadmapColumn(header: $0) }
    let idAt = columns.firstIndex(of: .id)
    let titleAt = columns.firstIndex(of: .title) ?? columns.firstIndex(of: .url)
    for row in rows {
      var keys: [String] = []
      if let idAt, idAt < row.count { keys.append("id:" + Markdown.inline(row[idAt]).text) }
      if let titleAt, titleAt < row.count { keys.append("title:" + Markdown.inline(row[titleAt]).text) }
      for (i, name) in names.enumerated() where columns[i] == nil && i < row.count && !row[i].isEmpty {
        for key in keys { kept[RoadmapColumn.key(name), default: [:]][key] = row[i] }
      }
    }
  }

  /// The kept cell of `item` in the unknown column headed `header`; empty when there is none.
  func cell(_ item: Item, header: String) -> String {
    let column = kept[RoadmapColumn.key(Markdown.inline(header).text)]
    return column?["id:" + item.id] ?? column?["title:" + item.title] ?? ""
  }

  /// The status of `item` as of `today` (the declared one, else what its actual dates say), in
  /// `language`; empty for an item not scheduled yet.
  func status(_ item: Item, language: Language) -> String {
    let status: DeclaredStatus?
    switch item.status(on: today) {
    case .done: status = .done
    case .inProgress: status = .active
    case .planned: status = .planned
    case .paused: status = .paused
    case .dropped: status = .dropped
    case .unscheduled: status = item.declaredStatus
    }
    return status.map { language.text(.status($0)) } ?? ""
  }

  /// The language a table's header is written in: Korean when a header cell holds Hangul.
  static func language(ofHeader cells: [String]) -> Language {
    cells.contains { $0.unicodeScalars.contains(where: Language.isHangul) } ? .ko : .en
  }
}
