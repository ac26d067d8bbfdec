/// Categories and tracks that look like misspellings of one another (`cloud` beside `Cloud`,
/// `MLOPS` beside `MLOps`, `Netwrok` beside `Network`), which would otherwise become groups of
/// their own in every chart and report: a warning on the first row of the rarer spelling.
enum NameTypos {
  /// How a name is compared for case and spacing: lower-cased, without white space, `-` or `_`.
  static func folded(_ name: String) -> String {
    String(name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
  }

  /// The largest edit distance that still reads as a typo for names whose shorter one has
  /// `length` characters: 2 from 6 characters, 1 from 4, none below (`SRE` and `SQL` are two
  /// names, not one misspelt).
  static func maxDistance(shorter length: Int) -> Int { length >= 6 ? 2 : length >= 4 ? 1 : 0 }

  /// More distinct names than this are compared for case and spacing only (the edit distance of
  /// every pair would be slow, and a file with so many groups is generated, not typed).
  static let pairwiseLimit = 300

  private struct Name {
    var text: String
    var folded: String
    var firstLine: Int
    var uses: Int
  }

  /// Warnings through `sink` for the names of `tally` (`kind`: `category` or `track`).
  static func check<Sink: DiagnosticSink>(_ tally: NameTally, kind: String, sink: inout Sink) {
    let names = tally.names.map {
      Name(text: $0.text, folded: folded($0.text), firstLine: $0.firstLine, uses: $0.uses)
    }
    // The rarer of two names is the typo; of two as common, the later one.
    func isTypo(_ a: Name, of b: Name) -> Bool {
      a.uses != b.uses ? a.uses < b.uses : a.firstLine > b.firstLine
    }
    var warned: Set<String> = []
    func warn(_ typo: Name, _ meant: Name, _ how: String) {
      guard warned.insert(typo.text).inserted else { return }
      sink.add(
        .warning, "\(kind) '\(typo.text)' \(how) '\(meant.text)'; did you mean '\(meant.text)'?",
        line: typo.firstLine)
    }
    var byFolded: [String: Int] = [:]
    for (i, name) in names.enumerated() {
      if let j = byFolded[name.folded] {
        let (typo, meant) = isTypo(name, of: names[j]) ? (name, names[j]) : (names[j], name)
        warn(typo, meant, "differs only in case or spacing from")
      } else {
        byFolded[name.folded] = i
      }
    }
    let distinct = byFolded.values.sorted().map { names[$0] }
    guard distinct.count <= pairwiseLimit else { return }
    for (i, a) in distinct.enumerated() {
      for b in distinct[(i + 1)...] {
        let limit = maxDistance(shorter: min(a.folded.count, b.folded.count))
        guard limit > 0, let d = EditDistance.between(a.folded, b.folded, limit: limit), d > 0 else {
          continue
        }
        let (typo, meant) = isTypo(a, of: b) ? (a, b) : (b, a)
        warn(typo, meant, "is \(d) letter\(d == 1 ? "" : "s") away from")
      }
    }
  }
}
