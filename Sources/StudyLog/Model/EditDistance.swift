/// The Levenshtein distance between two texts, in characters (insertions, deletions and
/// substitutions, each 1): how `log --item` and `check` tell a typo from another name.
enum EditDistance {
  /// The distance between `a` and `b`, or nil when it is over `limit` (computed no further).
  static func between(_ a: String, _ b: String, limit: Int) -> Int? {
    let x = Array(a)
    let y = Array(b)
    guard abs(x.count - y.count) <= limit else { return nil }
    if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMin = i
      for j in 1...y.count {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return nil }
      swap(&previous, &current)
    }
    return previous[y.count] <= limit ? previous[y.count] : nil
  }
}
