/// What a `studylog:report` marker holds: a complete post section made of the timeline image
/// (with its dark variant when the marker gives `dark=`), the summary by category, the week
/// report and the comparison of planned against actual, in the language of the sync, as the
/// library's own markdown renderers write them.
///
///     <!-- studylog:report src="{{ '/assets/img/map/timeline.png' | relative_url }}" dark="…" -->
///     <!-- studylog:end -->
enum PostSection {
  /// The section's lines, without blank lines around them.
  static func lines(_ marker: PostMarker, roadmap: Roadmap, settings: PostSync.Settings) -> [String] {
    let today = settings.today
    let language = settings.language
    var blocks: [String] = []
    let image = PostSync.image(marker, roadmap: roadmap, settings: settings)
    if !image.src.isEmpty { blocks.append(image.lines.joined(separator: "\n")) }
    blocks.append(RoadmapSummary(roadmap, by: .category, today: today).render(.markdown, language: language))
    let week = WeekReport(
      roadmap: roadmap, sessions: settings.sessions, week: Week(containing: today), today: today)
    blocks.append(week.render(.markdown, language: language))
    blocks.append(Comparison(roadmap, today: today).render(.markdown, language: language))
    // Each renderer ends with a newline; the lines are joined with the post's line ending.
    let text = blocks.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n")
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
