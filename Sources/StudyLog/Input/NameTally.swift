/// The distinct names of one kind (categories or tracks) as rows use them, in order of first
/// use, each with its first line and how many rows use it: what `NameTypos` compares, kept as the
/// rows are read rather than from the items afterwards.
struct NameTally {
  struct Name {
    var text: String
    var firstLine: Int
    var uses: Int
  }

  private(set) var names: [Name] = []
  private var index: [String: Int] = [:]

  mutating func add(_ name: String, line: Int) {
    if let i = index[name] {
      names[i].uses += 1
    } else {
      index[name] = names.count
      names.append(Name(text: name, firstLine: line, uses: 1))
    }
  }
}
