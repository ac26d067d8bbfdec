/// How `sync` fills a table that is already in a post: the cells of the columns studylog does not
/// own (a `비고` or `Memo` column the user typed into) are kept, cell by cell, matched by item
/// number (or by title in a table without one), unless the roadmap has a value for the item in a
/// user column of the same header, which wins (the CSV is the source; `replaced` names the cells
/// it changes); the status column shows each item's status as of `today`, in the language of the
/// table's header.
struct TableFill {
  var today: Day
  /// The language of the headers of a table written from scratch (a post with no table yet).
  var language: Language = .en
  /// Kept cells as written, by the column's header key (`RoadmapColumn.key`), then by item key
  /// (`id:7`, `title:DNS`).
  private var kept: [String: [String: String]] = [:]

  init(today: Day, language: Language = .en) {
    self.today = today
    self.language = language
  }

  /// Keeps the cells of the unknown columns of a table already there: `header` its header cells,
  /// `rows` its body rows, as written.
  mutating func keep(header: [String], rows: [[String]]) {
    let names = header.map { Markdown.inline($0).text }
    let columns = Markdown.tableColumns(header)
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

  /// The cell of `item` in a user column whose header has the key `key` (`RoadmapColumn.key`):
  /// `value`, the item's value in the roadmap's user column of the same header, when it has one,
  /// else the cell kept from the post; empty when neither has one. A kept cell that reads as
  /// `value` (`Markdown.userCellText`) stays as it was written, links and all.
  func cell(_ item: Item, key: String, value: String?) -> String {
    let kept = keptCell(item, key: key)
    guard let value else { return kept ?? "" }
    let escaped = Markdown.escapeCell(value)
    // Most kept cells are what the escaper wrote: no need to read their markup.
    guard let kept, kept != escaped, Markdown.userCellText(kept) == value else { return escaped }
    return kept
  }

  /// The kept cells that the roadmap's values replace in the user columns of a table headed
  /// `header` (cells as written), for a note: `비고 of item 3 ('old text')`. `extraColumns` are
  /// the roadmap's user columns.
  func replaced(_ items: [Item], header: [String], extraColumns: [String]) -> [String] {
    let roadmapColumns = UserColumns(extraColumns)
    return zip(header, Markdown.tableColumns(header)).filter { $0.1 == nil }.flatMap { cell, _ in
      let name = Markdown.inline(cell).text
      let key = RoadmapColumn.key(name)
      return items.compactMap { item -> String? in
        guard let kept = keptCell(item, key: key),
          let value = roadmapColumns.header(matching: name).flatMap({ item.extras[$0] }),
          self.cell(item, key: key, value: value) != kept
        else { return nil }
        return "\(name) of item \(item.id) ('\(kept)')"
      }
    }
  }

  /// The cell kept from the post for `item` in the column whose header has the key `key`, if any.
  private func keptCell(_ item: Item, key: String) -> String? {
    let column = kept[key]
    return column?["id:" + item.id] ?? column?["title:" + item.title]
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
