/// A Mermaid `gantt` block of a roadmap, which Mermaid 11 draws with every item of the roadmap
/// (text escaped by `MermaidEscaping`).
public enum MermaidExporter {
  /// A section per track (items without a track first, under the language's "Other"), every item
  /// a task in its track's order:
  /// - planned dates as the task's days; `done` and `active` from the status as of `today`;
  ///   `crit` for an overdue item (its planned end has passed, it is not done), never for a paused
  ///   or dropped one; `milestone` for a single day;
  /// - a paused or dropped item as a plain bar, its text followed by `(paused)` or `(dropped)` in
  ///   `language`;
  /// - an item without dates as a task of no days at `today`, which Mermaid draws as its text
  ///   alone beside the today line, followed by `(TBD)`, so that its section stays visible;
  /// - a last section with the today milestone pinned to `today` (Mermaid's own marker follows the
  ///   reader's clock, so it is turned off) and a `vert` marker on the same day, which Mermaid 11.7
  ///   and later draw as a line across the chart.
  public static func gantt(_ roadmap: Roadmap, title: String, today: Day, language: Language = .en) -> String
  {
    var lines = ["gantt"]
    let heading = MermaidEscaping.escape(title)
    if heading.contains(where: { !$0.isWhitespace }) { lines.append("    title \(heading)") }
    lines += ["    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m", "    todayMarker off"]
    var ids = TaskIDs()
    var sections: Set<String> = []
    for (track, items) in roadmap.byTrack {
      let name = track ?? language.text(.noTrack)
      sections.insert(sectionKey(name))
      lines.append("    section \(MermaidEscaping.escape(name))")
      for item in items {
        lines.append("    " + task(item, id: ids.next(for: item), today: today, language: language))
      }
    }
    let label = language.text(.today)
    lines.append("    section \(todaySection(label: label, today: today, taken: sections))")
    lines.append(
      "    \(MermaidEscaping.taskText("\(label) \(today.iso)")):milestone, today, \(today.iso), 0d")
    lines.append("    \(MermaidEscaping.taskText(label)):vert, \(today.iso), 0d")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The last section's name: `Today` (`오늘`), or, when a track already has that name, the
  /// name with today's date (then a number), so that the today line is not read as that track's.
  /// `taken` holds the tracks' `sectionKey`s.
  static func todaySection(label: String, today: Day, taken: Set<String>) -> String {
    let name = label.prefix(1).uppercased() + label.dropFirst()
    var candidate = name
    var number = 1
    while taken.contains(sectionKey(candidate)) {
      candidate = number == 1 ? "\(name) (\(today.iso))" : "\(name) (\(today.iso)) \(number)"
      number += 1
    }
    return candidate
  }

  /// What two section names that read alike share: the name without spaces around it, in lower
  /// case.
  static func sectionKey(_ name: String) -> String { name.trimmingWhitespace().lowercased() }

  /// One task line: text, `:`, then tags, id, first day and length.
  static func task(_ item: Item, id: String, today: Day, language: Language) -> String {
    let status = item.status(on: today)
    var notes: [ChartPhrase] = []
    if item.planned == nil { notes.append(.tbd) }
    if status == .paused { notes.append(.paused) }
    if status == .dropped { notes.append(.dropped) }
    var tags: [String] = []
    if item.isOverdue(on: today) && status != .paused { tags.append("crit") }
    if status == .done { tags.append("done") }
    if status == .inProgress { tags.append("active") }
    if item.isMilestone { tags.append("milestone") }
    let start = item.planned?.start ?? today
    let days = item.isMilestone ? 0 : item.planned?.days ?? 0
    let note = notes.isEmpty ? "" : " (" + notes.map(language.text).joined(separator: ", ") + ")"
    let spec = (tags + [id, start.iso, "\(days)d"]).joined(separator: ", ")
    return MermaidEscaping.taskText(item.title + note) + ":" + spec
  }

  /// Task ids from item ids: `i` and the id's ASCII letters and digits, made unique with `_2`, `_3`.
  struct TaskIDs {
    private var used = Set<String>()

    mutating func next(for item: Item) -> String {
      let base = "i" + item.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
      var id = base
      var n = 2
      while !used.insert(id).inserted {
        id = "\(base)_\(n)"
        n += 1
      }
      return id
    }
  }
}
