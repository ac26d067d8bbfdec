/// "Did you mean …?": the closest of a few known words to a mistyped one.
enum Suggestion {
  /// The candidate closest to `word` (ignoring case, `-` and `_`) within an edit distance of
  /// 2 (1 for words of up to 4 letters), or nil.
  static func closest(to word: String, in candidates: [String]) -> String? {
    func folded(_ s: String) -> [Character] {
      Array(s.lowercased().filter { $0 != "-" && $0 != "_" })
    }
    let target = folded(word)
    let limit = target.count <= 4 ? 1 : 2
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(target, folded(candidate))
      if d <= limit, d < (best?.1 ?? .max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// Levenshtein distance.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
