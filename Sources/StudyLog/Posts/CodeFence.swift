/// A fenced code block's opening fence in a post (CommonMark's rules, which kramdown's GFM parser
/// and GitHub follow): what the block holds is an example shown as text, not markup, so a studylog
/// marker inside it is not a marker.
struct CodeFence: Equatable {
  /// `` ` `` or `~`.
  var character: Character
  /// How many of them open the block (three or more); the closing fence needs at least as many.
  var length: Int

  /// The fence `line` opens: up to three spaces, then three or more backticks or tildes (after
  /// backticks, an info string without backticks; after tildes, anything).
  static func opening(_ line: Substring) -> CodeFence? {
    let rest = line.drop { $0 == " " }
    guard line.count - rest.count <= 3, let first = rest.first, first == "`" || first == "~" else {
      return nil
    }
    let run = rest.prefix { $0 == first }
    guard run.count >= 3 else { return nil }
    if first == "`" && rest.dropFirst(run.count).contains("`") { return nil }
    return CodeFence(character: first, length: run.count)
  }

  /// Whether `line` closes the block: up to three spaces, at least `length` of the fence's
  /// character, then only spaces or tabs.
  func isClosed(by line: Substring) -> Bool {
    let rest = line.drop { $0 == " " }
    guard line.count - rest.count <= 3 else { return false }
    let run = rest.prefix { $0 == character }
    return run.count >= length && rest.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// For each line of a post, whether it belongs to a fenced code block, its fences included. A
  /// block that is never closed runs to the end of the post, as CommonMark reads it.
  static func fencedLines(_ lines: [MarkdownLine]) -> [Bool] {
    var open: CodeFence?
    return lines.map { line in
      if let fence = open {
        if fence.isClosed(by: line.text) { open = nil }
        return true
      }
      open = opening(line.text)
      return open != nil
    }
  }
}
