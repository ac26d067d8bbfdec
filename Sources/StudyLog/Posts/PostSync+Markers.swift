/// Checking a post's markers against the roadmap before anything is written.
extension PostSync {
  /// The problems of the opening markers `opens`: unknown settings and stray text, an image
  /// without `src=`, a value `--src`/`--dark`/`--alt` cannot write into a marker, and a track the
  /// roadmap does not have (errors, which stop the sync); and the tracks no table marker shows
  /// (a warning).
  static func markerProblems(_ opens: [PostMarker], roadmap: Roadmap, settings: Settings, source: String)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    func error(_ message: String, line: Int) {
      diagnostics.append(Diagnostic(.error, message, source: source, line: line))
    }
    let tracks = roadmap.tracks
    let listed = tracks.isEmpty ? "it has none" : "its tracks are " + tracks.joined(separator: ", ")
    for o in opens {
      for problem in o.problems { error(problem, line: o.line) }
      if o.kind == .image || o.kind == .report {
        let changed = Dictionary(settings.imageChanges.map { ($0.key, $0.value) }) { _, last in last }
        if o.kind == .image && (changed["src"] ?? o["src"] ?? "").isEmpty {
          error(
            "studylog:image needs src=, e.g. <!-- studylog:image src=\"/assets/img/roadmap.png\" -->",
            line: o.line)
        }
        for (key, value) in settings.imageChanges where PostMarker.quoted(value) == nil {
          error(
            "--\(key) cannot be written into the marker: it holds both kinds of quotes, '--' or a line break",
            line: o.line)
        }
        for key in ["src", "dark"] {
          if let value = changed[key] ?? o[key], !Markdown.holdsLiquid(value),
            value.contains(where: { $0 == "<" || $0 == ">" || $0 == "\"" })
          {
            error("\(key)= holds <, > or \"; give the image's path or URL", line: o.line)
          }
        }
      }
      if o.kind == .table, let track = o["track"], !tracks.contains(track) {
        let near = tracks.first { $0.lowercased() == track.lowercased() }
        error(
          "no item of the roadmap has the track '\(track)'; \(listed)"
            + (near.map { " (did you mean track=\"\($0)\"?)" } ?? ""),
          line: o.line)
      }
    }
    let tables = opens.filter { $0.kind == .table }
    if !diagnostics.hasErrors, !tables.isEmpty, tables.allSatisfy({ $0["track"] != nil }) {
      let covered = orderedUnique(tables.compactMap { $0["track"] })
      let missing = tracks.filter { !covered.contains($0) }
      let trackless = roadmap.items.count { $0.track == nil }
      var parts = missing.map { "'\($0)'" }
      if trackless > 0 { parts.append("\(trackless) item\(trackless == 1 ? "" : "s") without a track") }
      if !parts.isEmpty {
        let example =
          missing.first.map { "<!-- studylog:table track=\"\($0)\" --> <!-- studylog:end -->, or " } ?? ""
        diagnostics.append(
          Diagnostic(
            .warning,
            "no studylog:table marker shows \(parts.joined(separator: ", ")) (markers show "
              + covered.map { "'\($0)'" }.joined(separator: ", ")
              + "); add \(example)a marker without track= for every track",
            source: source))
      }
    }
    return diagnostics
  }
}
