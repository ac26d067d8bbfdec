/// A fenced code block's opening fence in a post: what the block holds is an example shown as
/// text, not markup, so a studylog marker inside it is not a marker.
///
/// A post is read by two renderers that draw fences differently: GitHub (CommonMark) and Jekyll
/// (kramdown's GFM parser). CommonMark opens a block on three or more backticks or tildes (after
/// backticks, an info string without backticks) and runs a block that is never closed to the end
/// of the post; kramdown also opens one on a mix of both (`` `~` ``) and on a backtick fence whose
/// info string holds backticks, but not on an info string of several words, and opens no block at
/// all without its closing fence. A line is taken as fenced when either renderer shows it as code,
/// so that `sync` never rewrites what a reader of the post sees as an example.
struct CodeFence: Equatable {
  /// The run of backticks and tildes that opened the block (three or more); the closing fence
  /// repeats it and may add more of its last character.
  var marks: Substring

  /// The fence that opens a block at `line` as CommonMark reads it: up to three spaces, then three
  /// or more backticks or tildes, all the same (after backticks, an info string without them).
  static func opening(_ line: Substring) -> CodeFence? {
    guard let (marks, info) = fence(line), marks.allSatisfy({ $0 == marks.first }) else { return nil }
    if marks.first == "`" && info.contains("`") { return nil }
    return CodeFence(marks: marks)
  }

  /// The fences that may open a block at `line` as kramdown's GFM parser reads it, longest first:
  /// up to three spaces, three or more backticks or tildes in any mix, then at most one word. Its
  /// pattern may take a shorter run and read the rest as the word (`~~~~` also opens a `~~~`
  /// block with the info string `~`); the block is opened by the first of them that a closing
  /// fence follows.
  static func kramdownOpenings(_ line: Substring) -> [CodeFence] {
    guard let (marks, info) = fence(line) else { return [] }
    return stride(from: marks.count, through: 3, by: -1).compactMap { length in
      let word = (marks.dropFirst(length) + info).trimmingWhitespace()
      return word.contains(where: \.isWhitespace) ? nil : CodeFence(marks: marks.prefix(length))
    }
  }

  /// The run of three or more backticks and tildes after up to three spaces, and what follows it.
  private static func fence(_ line: Substring) -> (marks: Substring, info: Substring)? {
    let rest = line.drop { $0 == " " }
    guard line.count - rest.count <= 3 else { return nil }
    let marks = rest.prefix { $0 == "`" || $0 == "~" }
    guard marks.count >= 3 else { return nil }
    return (marks, rest.dropFirst(marks.count))
  }

  /// Whether `line` closes the block: up to three spaces, the opening run, more of its last
  /// character, then only spaces or tabs.
  func isClosed(by line: Substring) -> Bool {
    let rest = line.drop { $0 == " " }
    guard line.count - rest.count <= 3, rest.hasPrefix(marks), let last = marks.last else { return false }
    let after = rest.dropFirst(marks.count).drop { $0 == last }
    return after.allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// For each line of a post, whether it belongs to a fenced code block (its fences included) for
  /// CommonMark or for kramdown.
  static func fencedLines(_ lines: [MarkdownLine]) -> [Bool] {
    let commonMark = commonMarkBlocks(lines).fenced
    let kramdown = kramdownFencedLines(lines)
    return zip(commonMark, kramdown).map { $0 || $1 }
  }

  /// The index of the line whose fence CommonMark never sees closed (its block runs to the end of
  /// the post, which kramdown shows as text), or nil.
  static func unclosed(_ lines: [MarkdownLine]) -> Int? {
    commonMarkBlocks(lines).unclosed
  }

  /// Fenced lines as CommonMark reads them, and the opening line of a block never closed.
  private static func commonMarkBlocks(_ lines: [MarkdownLine]) -> (fenced: [Bool], unclosed: Int?) {
    var open: (fence: CodeFence, line: Int)?
    let fenced = lines.enumerated().map { i, line in
      if let (fence, _) = open {
        if fence.isClosed(by: line.text) { open = nil }
        return true
      }
      open = opening(line.text).map { ($0, i) }
      return open != nil
    }
    return (fenced, open?.line)
  }

  /// Fenced lines as kramdown reads them: a fence counts only with its closing fence.
  private static func kramdownFencedLines(_ lines: [MarkdownLine]) -> [Bool] {
    var fenced = [Bool](repeating: false, count: lines.count)
    var i = 0
    while i < lines.count {
      let closings = kramdownOpenings(lines[i].text).lazy.compactMap { fence in
        lines[(i + 1)...].firstIndex { fence.isClosed(by: $0.text) }
      }
      if let end = closings.first {
        for k in i...end { fenced[k] = true }
        i = end + 1
      } else {
        i += 1
      }
    }
    return fenced
  }
}
