/// A session log that several roadmaps share (`sessions.csv` beside them, from before each
/// roadmap had its own): a session whose item the roadmap lacks is left out with a warning that
/// names the roadmap it may belong to, rather than being an error.
public struct SharedLog {
  /// The name of another roadmap that has the item a session names, or nil.
  public let owner: (String) -> String?

  public init(owner: @escaping (String) -> String?) {
    self.owner = owner
  }

  /// The warning for the `count` sessions naming `reference`, which `roadmap` lacks.
  func warning(_ reference: String, count: Int, roadmap: Roadmap) -> String {
    let belongs = owner(reference).map { " (it may belong to \($0))" } ?? ""
    let left = count == 1 ? "its session is" : "its \(count) sessions are"
    return
      "item '\(reference)' is not in \(roadmap.source)\(belongs); this log is shared, so \(left) left out"
  }
}
