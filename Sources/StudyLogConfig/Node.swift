/// A YAML node as the config reader walks it: a scalar, a mapping (its pairs in file order) or a
/// list, with the place it starts at. Aliases are resolved to the node their anchor names.
enum Node {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence([Node], mark: Mark)

  /// Where a node starts: line and column from 1, columns counted in Unicode scalars.
  struct Mark: Equatable {
    let line: Int
    let column: Int
  }

  /// A scalar's text, whether it was written plain (unquoted and untagged), where it starts, and
  /// whether it was tagged `!!null`.
  struct Scalar {
    let string: String
    let plain: Bool
    let mark: Mark
    var taggedNull = false
  }

  /// A mapping's key and value nodes in file order, and where it starts.
  struct Mapping: Sequence {
    let pairs: [(key: Node, value: Node)]
    let mark: Mark

    /// The value of the first key whose text is `key`.
    subscript(key: String) -> Node? { pairs.first { $0.key.scalar?.string == key }?.value }

    var keys: [Node] { pairs.map(\.key) }

    func makeIterator() -> IndexingIterator<[(key: Node, value: Node)]> { pairs.makeIterator() }
  }

  var scalar: Scalar? {
    if case .scalar(let s) = self { return s }
    return nil
  }

  var mapping: Mapping? {
    if case .mapping(let m) = self { return m }
    return nil
  }

  /// Whether this is YAML's null: a plain scalar `~`, `null`, `Null`, `NULL` or nothing at all,
  /// or a scalar tagged `!!null` (a quoted `''` or `'null'`, or `!!str null`, is text).
  var isNull: Bool {
    guard let scalar else { return false }
    return scalar.taggedNull || (scalar.plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
  }

  var mark: Mark {
    switch self {
    case .scalar(let s): return s.mark
    case .mapping(let m): return m.mark
    case .sequence(_, let mark): return mark
    }
  }
}
