import Foundation

/// A Mermaid `gantt` block of a roadmap.
public enum MermaidExporter {
  /// `:`, `;`, `#` and `%` as Mermaid entity codes, so that titles cannot end a task or start a
  /// comment; `<` and `>` too, so that no tag (not even the `<br>` Mermaid honours in labels)
  /// reaches the SVG Mermaid draws; line breaks as spaces. On scalars, as Mermaid reads them: a
  /// `#` followed by a combining mark is one Character in Swift but still a `#` to Mermaid.
  static func escape(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      switch scalar {
      case "#": out.append(contentsOf: "#35;".unicodeScalars)
      case ":": out.append(contentsOf: "#58;".unicodeScalars)
      case ";": out.append(contentsOf: "#59;".unicodeScalars)
      case "%": out.append(contentsOf: "#37;".unicodeScalars)
      case "<": out.append(contentsOf: "#60;".unicodeScalars)
      case ">": out.append(contentsOf: "#62;".unicodeScalars)
      case "\n" where previous == "\r": continue
      case "\n", "\r": out.append(" ")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Planned dates as tasks, a section per track; `done`, `active` and `crit` (overdue) from the
  /// status as of `today`; milestones; the today marker pinned to `today` as a milestone of its
  /// own (Mermaid's own marker follows the reader's clock, so it is turned off). Items without
  /// dates, and dropped ones, are listed as comments.
  /// The section of items without a track and the comments are in `language`.
  public static func gantt(_ roadmap: Roadmap, title: String, today: Day, language: Language = .en) -> String
  {
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
      lines.append("    section \(escape(track ?? language.text(ReportPhrase.roadmap)))")
      for item in items {
        let status = item.status(on: today)
        guard let planned = item.planned, status != .dropped else {
          let why = language.text(status == .dropped ? .state(.dropped) : ReportPhrase.unscheduled)
          lines.append("    %% \(why): \(escape(item.title))")
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
