import CYAML

/// YAML text to a `Node` tree with libyaml's event parser: one document (or none), aliases
/// resolved, duplicate keys refused. Errors carry libyaml's own words and marks.
struct YAMLComposer {
  /// A YAML problem: libyaml's description, the context it arose in, and where.
  struct Problem: Error {
    let message: String
    let mark: Node.Mark?
  }

  private var parser = yaml_parser_t()
  private var anchors: [String: Node] = [:]

  /// The root node of `text`, or nil when it holds no document.
  static func compose(_ text: String) throws(Problem) -> Node? {
    var bytes = Array(text.utf8)
    var composer = YAMLComposer()
    guard yaml_parser_initialize(&composer.parser) == 1 else {
      throw Problem(message: "out of memory", mark: nil)
    }
    defer { yaml_parser_delete(&composer.parser) }
    return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(Problem) -> Node? in
      yaml_parser_set_input_string(&composer.parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&composer.parser, YAML_UTF8_ENCODING)
      return try composer.root()
    }
  }

  private mutating func root() throws(Problem) -> Node? {
    var event = try next()  // stream start
    yaml_event_delete(&event)
    event = try next()
    defer { yaml_event_delete(&event) }
    guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
    var first = try next()
    let node = try load(&first)
    var end = try next()  // document end
    yaml_event_delete(&end)
    var after = try next()
    defer { yaml_event_delete(&after) }
    if after.type != YAML_STREAM_END_EVENT {
      throw Problem(
        message: "but found another document (expected a single document in the stream at line 1)",
        mark: Self.mark(after.start_mark))
    }
    return node
  }

  /// The node that starts with `event` (which this deletes).
  private mutating func load(_ event: inout yaml_event_t) throws(Problem) -> Node {
    defer { yaml_event_delete(&event) }
    let mark = Self.mark(event.start_mark)
    switch event.type {
    case YAML_ALIAS_EVENT:
      let name = String(cString: event.data.alias.anchor)
      guard let node = anchors[name] else { throw Problem(message: "found undefined alias", mark: mark) }
      return node
    case YAML_SCALAR_EVENT:
      let s = event.data.scalar
      let bytes = UnsafeBufferPointer(start: s.value, count: s.length)
      let node = Node.scalar(
        .init(
          string: String(decoding: bytes, as: UTF8.self), plain: s.style == YAML_PLAIN_SCALAR_STYLE,
          mark: mark))
      remember(s.anchor, node)
      return node
    case YAML_SEQUENCE_START_EVENT:
      let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
      var items: [Node] = []
      while true {
        var item = try next()
        if item.type == YAML_SEQUENCE_END_EVENT {
          yaml_event_delete(&item)
          break
        }
        items.append(try load(&item))
      }
      let node = Node.sequence(items, mark: mark)
      if let anchor { anchors[anchor] = node }
      return node
    case YAML_MAPPING_START_EVENT:
      let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
      var pairs: [(key: Node, value: Node)] = []
      while true {
        var keyEvent = try next()
        if keyEvent.type == YAML_MAPPING_END_EVENT {
          yaml_event_delete(&keyEvent)
          break
        }
        let key = try load(&keyEvent)
        var valueEvent = try next()
        pairs.append((key, try load(&valueEvent)))
      }
      try Self.refuseDuplicates(pairs.map(\.key))
      let node = Node.mapping(.init(pairs: pairs, mark: mark))
      if let anchor { anchors[anchor] = node }
      return node
    default:
      throw Problem(message: "unexpected YAML event", mark: mark)
    }
  }

  private mutating func remember(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: Node) {
    if let anchor { anchors[String(cString: anchor)] = node }
  }

  /// Duplicate scalar keys: all of them named, sorted, at the first of the first.
  private static func refuseDuplicates(_ keys: [Node]) throws(Problem) {
    var seen: [String: Node.Mark] = [:]
    var duplicates: [String: Node.Mark] = [:]
    for key in keys {
      guard let text = key.scalar?.string else { continue }
      if let first = seen[text] {
        duplicates[text] = duplicates[text] ?? first
      } else {
        seen[text] = key.mark
      }
    }
    guard let name = duplicates.keys.min() else { return }
    throw Problem(
      message: "duplicate key '\(duplicates.keys.sorted().joined(separator: "', '"))' in this mapping",
      mark: duplicates[name])
  }

  /// The next event, or libyaml's error.
  private mutating func next() throws(Problem) -> yaml_event_t {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else { throw problem() }
    return event
  }

  private func problem() -> Problem {
    let what = parser.problem.map { String(cString: $0) } ?? "not valid YAML"
    switch parser.error {
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      let context = parser.context.map { " (\(String(cString: $0)) at line \(parser.context_mark.line + 1))" }
      return Problem(message: what + (context ?? ""), mark: Self.mark(parser.problem_mark))
    default:
      return Problem(message: what, mark: nil)
    }
  }

  private static func mark(_ m: yaml_mark_t) -> Node.Mark {
    Node.Mark(line: m.line + 1, column: m.column + 1)
  }
}
