import Foundation

/// A Mermaid `gantt` block of a roadmap.
public enum MermaidExporter {
  /// `:`, `;`, `#` and `%` as Mermaid entity codes, so that titles cannot end a task or start a
  /// comment; `<` and `>` too, so that no tag (not even the `<br>` Mermaid honours in labels)
  /// reaches the SVG Mermaid draws; line breaks as spaces.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "#": out += "#35;"
      case ":": out += "#58;"
      case ";": out += "#59;"
      case "%": out += "#37;"
      case "<": out += "#60;"
      case ">": out += "#62;"
      case "\n", "\r", "\r\n": out += " "
      default: out.append(character)
      }
    }
    return out
  }

  /// Planned dates as tasks, a section per track; `done`, `active` and `crit` (overdue) from the
  /// status as of `today`; milestones; the today marker pinned to `today` as a milestone of its
  /// own (Mermaid's own marker follows the reader's clock, so it is turned off). Items without
  /// dates, and dropped ones, are listed as comments.
  public static func gantt(_ roadmap: Roadmap, title: String, today: Day) -> String {
    var lines = [
      "gantt", "    title \(escape(title))", "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m",
      "    todayMarker off",
    ]
    var used = Set<String>()
    func taskID(_ item: Item) -> String {
      let base = "i" + item.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
      var id = base
      var n = 2
      while !used.insert(id).inserted {
        id = "\(base)_\(n)"
        n += 1
      }
      return id
    }
    for (track, items) in roadmap.byTrack {
      lines.append("    section \(escape(track ?? "Roadmap"))")
      for item in items {
        let status = item.status(on: today)
        guard let planned = item.planned, status != .dropped else {
          lines.append("    %% \(status == .dropped ? "dropped" : "TBD"): \(escape(item.title))")
          continue
        }
        var tags: [String] = []
        if item.isOverdue(on: today) { tags.append("crit") }
        switch status {
        case .done: tags.append("done")
        case .inProgress: tags.append("active")
        default: break
        }
        if item.isMilestone { tags.append("milestone") }
        let duration = item.isMilestone ? "0d" : "\(planned.days)d"
        let spec = (tags + [taskID(item), planned.start.iso, duration]).joined(separator: ", ")
        lines.append("    \(escape(item.title)) :\(spec)")
      }
    }
    lines.append("    section Today")
    lines.append("    today \(today.iso) :milestone, today, \(today.iso), 0d")
    return lines.joined(separator: "\n") + "\n"
  }
}
