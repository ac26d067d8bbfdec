/// The columns of a roadmap that studylog does not own (a `비고` or `Memo` column), collected
/// from the header of a CSV file or the headers of a post's tables: their header text in the
/// order they first appear. Headers are matched as `RoadmapColumn` matches them (`RoadmapColumn.key`:
/// case, blanks, `_`, `-` and `.` aside), so `비 고` in a second table is the `비고` column of the
/// first, kept under the first spelling.
struct UserColumns {
  /// The header of each user column, in order of first appearance.
  private(set) var headers: [String] = []
  private var byKey: [String: String] = [:]

  /// The user columns `headers` (a roadmap's `extraColumns`), to match other headers against.
  init(_ headers: [String] = []) {
    for header in headers { _ = add(header) }
  }

  /// The header that cells of a column named `name` are kept under: the first spelling seen of
  /// the same key; `name` itself (added) for a new column.
  mutating func add(_ name: String) -> String {
    let key = RoadmapColumn.key(name)
    if let header = byKey[key] { return header }
    byKey[key] = name
    headers.append(name)
    return name
  }

  /// User columns a roadmap may have: 88, so that the CSV `RoadmapWriter` writes (its 12 columns,
  /// then these) stays within `InputLimits.maxFields`, and so does every table `export` writes
  /// (at most 8 owned columns).
  static let maximum = InputLimits.maxFields - RoadmapWriter.columns.count

  /// The error for a roadmap with `count` user columns, more than `maximum`.
  static func tooMany(_ count: Int) -> String {
    "\(count) columns are not ones studylog reads; it keeps at most \(maximum) of your own, so that the"
      + " CSV it writes back (\(RoadmapWriter.columns.count) columns of its own, then yours) has at most"
      + " \(InputLimits.maxFields) fields: delete the columns you do not need"
  }

  /// The header already added with the same key as `name`, if any.
  func header(matching name: String) -> String? { byKey[RoadmapColumn.key(name)] }

  /// The message for a user column whose header is one or two letters away from a column
  /// studylog reads (`planed_start`, `titel`), which is more likely a typo than a column of the
  /// user's own; nil otherwise. Short names (under 4 letters) are never taken for typos.
  static func typoWarning(_ name: String) -> String? {
    let key = Array(RoadmapColumn.key(name))
    guard key.count >= 4 else { return nil }
    let allowed = key.count >= 7 ? 2 : 1
    var best: (name: String, distance: Int)?
    for column in RoadmapColumn.allCases {
      for known in [column.rawValue] + column.aliases {
        let other = Array(RoadmapColumn.key(known))
        guard other.count >= 4 else { continue }
        let d = distance(key, other, limit: allowed)
        if d <= allowed, d < (best?.distance ?? Int.max) { best = (known, d) }
      }
    }
    guard let best else { return nil }
    return "column '\(name)' is not one studylog reads, so it is kept as a column of your own;"
      + " did you mean '\(best.name)'?"
  }

  /// The edit distance of `a` and `b` (insertions, deletions, substitutions and swaps of two
  /// neighbours, as typos go: `titel`), or `limit + 1` once it is known to exceed `limit`.
  private static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    guard abs(a.count - b.count) <= limit else { return limit + 1 }
    var before = Array(repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in a.indices {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for j in b.indices {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
        if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
          current[j + 1] = min(current[j + 1], before[j - 1] + 1)
        }
      }
      if current.min()! > limit { return limit + 1 }
      (before, previous) = (previous, current)
    }
    return previous[b.count]
  }
}
