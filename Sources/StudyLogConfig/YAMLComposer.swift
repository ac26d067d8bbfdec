import CYAML

/// YAML text to a `Node` tree with libyaml's event parser: one document (or none), aliases
/// resolved, duplicate keys refused. Errors carry libyaml's own words and marks.
struct YAMLComposer {
  /// A YAML problem: libyaml's description, the context it arose in, and where.
  struct Problem: Error {
    let message: String
    let mark: Node.Mark?
  }

  /// libyaml's parser, on the heap: it keeps pointers into itself (its input handler's data), so
  /// it must not move while it parses, which a Swift value may.
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  /// The text parsed, for the place of a problem libyaml gives as a byte offset.
  private let input: [UInt8]
  private var anchors: [String: Node] = [:]

  /// How deep lists and mappings may nest. A config needs four levels; the limit keeps a
  /// hostile file (`[[[[…`) from overflowing the stack of this recursive reader.
  static let maxDepth = 64

  private init(parser: UnsafeMutablePointer<yaml_parser_t>, input: [UInt8]) {
    self.parser = parser
    self.input = input
  }

  /// The root node of `text`, or nil when it holds no document.
  static func compose(_ text: String) throws(Problem) -> Node? {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else { throw Problem(message: "out of memory", mark: nil) }
    defer { yaml_parser_delete(parser) }
    let bytes = Array(text.utf8)
    var composer = YAMLComposer(parser: parser, input: bytes)
    return try bytes.withUnsafeBufferPointer { (buffer) throws(Problem) -> Node? in
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
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
    let node = try load(&first, depth: 0)
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

  /// The node that starts with `event` (which this deletes), `depth` lists and mappings in.
  private mutating func load(_ event: inout yaml_event_t, depth: Int) throws(Problem) -> Node {
    defer { yaml_event_delete(&event) }
    let mark = Self.mark(event.start_mark)
    let opens = event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT
    if opens && depth >= Self.maxDepth {
      throw Problem(message: "lists and mappings nested more than \(Self.maxDepth) deep", mark: mark)
    }
    switch event.type {
    case YAML_ALIAS_EVENT:
      let name = String(cString: event.data.alias.anchor)
      guard let node = anchors[name] else { throw Problem(message: "found undefined alias", mark: mark) }
      return node
    case YAML_SCALAR_EVENT:
      let s = event.data.scalar
      let bytes = UnsafeBufferPointer(start: s.value, count: s.length)
      // An explicit tag makes the scalar what it names: `!!str null` is text, `!!null` is null.
      let tag = s.tag.map { String(cString: $0) }
      let node = Node.scalar(
        .init(
          string: String(decoding: bytes, as: UTF8.self),
          plain: s.style == YAML_PLAIN_SCALAR_STYLE && tag == nil, mark: mark,
          taggedNull: tag == "tag:yaml.org,2002:null"))
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
        items.append(try load(&item, depth: depth + 1))
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
        let key = try load(&keyEvent, depth: depth + 1)
        var valueEvent = try next()
        pairs.append((key, try load(&valueEvent, depth: depth + 1)))
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
    guard yaml_parser_parse(parser, &event) == 1 else { throw problem() }
    return event
  }

  private func problem() -> Problem {
    let p = parser.pointee
    let what = p.problem.map { String(cString: $0) } ?? "not valid YAML"
    switch p.error {
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      let context = p.context.map { " (\(String(cString: $0)) at line \(p.context_mark.line + 1))" }
      return Problem(message: what + (context ?? ""), mark: Self.mark(p.problem_mark))
    case YAML_READER_ERROR:
      // The reader (characters YAML does not allow) gives a byte offset, not a mark.
      return Problem(message: what, mark: Self.mark(offset: p.problem_offset, in: input))
    default:
      return Problem(message: what, mark: nil)
    }
  }

  /// The line and column (from 1, columns in Unicode scalars) of byte `offset` of `bytes`.
  static func mark(offset: Int, in bytes: [UInt8]) -> Node.Mark {
    let end = min(max(0, offset), bytes.count)
    var line = 1
    var column = 1
    for byte in bytes[..<end] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1  // the first byte of a scalar
      }
    }
    return Node.Mark(line: line, column: column)
  }

  private static func mark(_ m: yaml_mark_t) -> Node.Mark {
    Node.Mark(line: m.line + 1, column: m.column + 1)
  }
}
