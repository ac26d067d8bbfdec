/// Which end of a range a date stands for. A month alone (`2024-03`) means its first day as a
/// start and its last day as an end.
public enum DateRole: Sendable {
  case start, end
}

/// Why a cell could not be read as a date, with a message for the user.
public struct DateParseError: Error, Equatable, Sendable {
  /// The cell does not have the shape of a date at all (as opposed to an impossible or ambiguous
  /// date, which has the shape but not a meaning).
  public let isShapeError: Bool
  public let message: String
}

/// A range read from one cell: `24.02.01-24.03.30`, `2024-03` (the whole month), `24.04.08-` (open).
public struct ParsedRange: Equatable, Sendable {
  public let start: Day
  /// Nil for an open range (`24.04.08-`): started, not finished.
  public let end: Day?
}

/// Reads the date forms users write in roadmaps.
///
/// Accepted: `2024-02-01`, `2024.02.01`, `2024/02/01`, `24.02.01` and `24-02-01` (two-digit years
/// are 20xx), `2024. 2. 1.` (spreadsheets in a Korean locale), `2024년 2월 1일`, `20240201`, and a
/// month alone (`2024-03`, `2024. 3.`, `2024년 3월`). A spreadsheet's datetime (`2024-05-01 00:00:00`,
/// `2024. 5. 1 오전 12:00:00`) reads as its date; `ignoredTimeWarning` says when the time was not
/// midnight. Day-first and month-first forms
/// (`02/01/2024`) are rejected with a message that says why.
public enum DateParser {
  /// True for the cells that mean "not scheduled yet": blank, `TBD`, `TBA`, `미정`, `N/A`, and
  /// any run of dashes (`-`, `----`).
  public static func isPlaceholder(_ text: String) -> Bool {
    if let first = text.utf8.first, first >= 0x30 && first <= 0x39 { return false }
    let t = text.trimmingWhitespace()
    if t.isEmpty { return true }
    if t.allSatisfy({ $0 == "-" || $0 == "–" || $0 == "—" }) { return true }
    switch t.lowercased() {
    case "tbd", "tba", "미정", "n/a", "na", "?": return true
    default: return false
    }
  }

  /// Reads one date. A month alone resolves to its first or last day according to `role`.
  public static func parseDay(_ text: String, role: DateRole) -> Result<Day, DateParseError> {
    if let (y, m, d) = yearFirst(text) { return make(y, m, d, text) }
    let shown = text.trimmingWhitespace()
    if let time = timeOfDay(in: shown) { return parseDay(time.date, role: role) }
    guard let tokens = tokenize(shown) else { return .failure(notADate(shown)) }
    let groups = tokens.groups
    let seps = tokens.separators
    let trailing = tokens.trailing

    func number(_ s: Substring) -> Int { Int(s)! }

    switch groups.count {
    case 1:
      // 20240201
      guard groups[0].count == 8, trailing.isEmpty else { return .failure(notADate(shown)) }
      let g = groups[0]
      let y = number(g.prefix(4))
      let m = number(g.dropFirst(4).prefix(2))
      let d = number(g.suffix(2))
      return make(y, m, d, shown)

    case 2:
      // A month alone: 2024-03, 2024.03, 2024/03, 2024. 3., 2024년 3월
      let sep = seps[0]
      let ok =
        groups[0].count == 4 && groups[1].count <= 2
        && ((["-", ".", "/"].contains(sep) && (trailing.isEmpty || (sep == "." && trailing == ".")))
          || (sep == "년" && (trailing.isEmpty || trailing == "월")))
      guard ok else { return .failure(notADate(shown)) }
      let y = number(groups[0])
      let m = number(groups[1])
      guard (1...12).contains(m) else {
        return .failure(invalid(shown, "there is no month \(m)"))
      }
      let day = role == .start ? 1 : Day.daysIn(year: y, month: m)
      return .success(Day(year: y, month: m, day: day)!)

    case 3:
      let korean = seps == ["년", "월"] && (trailing.isEmpty || trailing == "일")
      let plain =
        seps[0] == seps[1] && ["-", ".", "/"].contains(seps[0])
        && (trailing.isEmpty || (seps[0] == "." && trailing == "."))
      guard korean || plain else { return .failure(notADate(shown)) }
      let (a, b, c) = (groups[0], groups[1], groups[2])
      if a.count == 4 && b.count <= 2 && c.count <= 2 {
        return make(number(a), number(b), number(c), shown)
      }
      if plain && a.count <= 2 && b.count <= 2 && c.count == 4 {
        return .failure(dayOrMonthFirst(shown, number(a), number(b), year: number(c)))
      }
      if plain && a.count == 2 && b.count == 2 && c.count == 2 {
        if seps[0] == "/" {
          return .failure(
            DateParseError(
              isShapeError: false,
              message:
                "ambiguous date '\(shown)': with slashes it could be year, month or day first;"
                + " write it year first with four digits, as YYYY-MM-DD"))
        }
        return make(2000 + number(a), number(b), number(c), shown)
      }
      return .failure(notADate(shown))

    default:
      return .failure(notADate(shown))
    }
  }

  /// The first range of `text` whose characters equal those of `word` but for case (` TO `),
  /// compared character by character, so that a combining mark stays with its letter.
  static func caselessRange(of word: String, in text: String) -> Range<String.Index>? {
    let wanted = Array(word.lowercased())
    var start = text.startIndex
    while start < text.endIndex {
      var i = start
      var k = 0
      while k < wanted.count, i < text.endIndex, text[i].lowercased() == String(wanted[k]) {
        i = text.index(after: i)
        k += 1
      }
      if k == wanted.count { return start..<i }
      start = text.index(after: start)
    }
    return nil
  }

  /// Reads a range from one cell. A single date is a one-day range (a milestone), a month alone
  /// is the whole month, and a start followed by a separator and nothing is an open range.
  /// Separators: `-`, `~`, `–`, `—`, `→`, ` to `.
  public static func parseRange(_ text: String) -> Result<ParsedRange, DateParseError> {
    let shown = text.trimmingWhitespace()
    // Unambiguous separators first.
    for sep in ["~", "～", "〜", "–", "—", "→", " to "] {
      if let r = sep == " to " ? caselessRange(of: sep, in: shown) : shown.firstRange(of: sep) {
        return split(shown, left: shown[..<r.lowerBound], right: shown[r.upperBound...])
      }
    }
    if case .success(let start) = parseDay(shown, role: .start),
      case .success(let end) = parseDay(shown, role: .end)
    {
      return .success(ParsedRange(start: start, end: end))
    }
    // A hyphen may separate the ends or the parts of a date: try every hyphen, keep the first
    // split where both sides read; otherwise report the most specific problem found.
    var specific: DateParseError?
    var index = shown.startIndex
    while let r = shown[index...].firstIndex(of: "-") {
      switch split(shown, left: shown[..<r], right: shown[shown.index(after: r)...]) {
      case .success(let range): return .success(range)
      case .failure(let e) where !e.isShapeError && specific == nil: specific = e
      case .failure: break
      }
      index = shown.index(after: r)
    }
    if let specific { return .failure(specific) }
    if case .failure(let e) = parseDay(shown, role: .start), !e.isShapeError {
      return .failure(e)
    }
    return .failure(
      DateParseError(
        isShapeError: true,
        message: "'\(shown)' is not a date range; write it as 24.02.01-24.03.30 or 2024-02-01 ~ 2024-03-30"
      ))
  }

  private static func split(_ whole: String, left: Substring, right: Substring) -> Result<
    ParsedRange, DateParseError
  > {
    let l = String(left).trimmingWhitespace()
    let r = String(right).trimmingWhitespace()
    guard !l.isEmpty else {
      return .failure(
        DateParseError(isShapeError: true, message: "date range '\(whole)' has no start"))
    }
    let start: Day
    switch parseDay(l, role: .start) {
    case .success(let d): start = d
    case .failure(let e): return .failure(e)
    }
    if r.isEmpty { return .success(ParsedRange(start: start, end: nil)) }
    switch parseDay(r, role: .end) {
    case .success(let end): return .success(ParsedRange(start: start, end: end))
    case .failure(let e): return .failure(e)
    }
  }

  /// Year, month and day of `2024-02-01`, `2024.02.01` or `2024/02/01` exactly (ten ASCII
  /// bytes), the commonest cell by far, read without tokenizing; nil for any other text, which
  /// the general path reads (to the same result for these).
  static func yearFirst(_ text: String) -> (Int, Int, Int)? {
    let read = { (b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? in
      guard b.count == 10 else { return nil }
      let sep = b[4]
      guard sep == 0x2D || sep == 0x2E || sep == 0x2F, b[7] == sep else { return nil }
      func number(_ part: Range<Int>) -> Int? {
        var n = 0
        for j in part {
          let digit = b[j] &- 0x30
          guard digit < 10 else { return nil }
          n = n * 10 + Int(digit)
        }
        return n
      }
      guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
      return (y, m, d)
    }
    return text.utf8.withContiguousStorageIfAvailable(read) ?? nil
  }

  private struct Tokens {
    /// Runs of ASCII digits.
    var groups: [Substring] = []
    /// Separators between groups, with white space removed.
    var separators: [String] = []
    /// What follows the last group, with white space removed.
    var trailing = ""
  }

  /// Splits `2024. 2. 1.` into digit groups and the separators between them. Nil when the text
  /// does not start with a digit or holds more than three groups. Works on Unicode scalars,
  /// which is several times faster than characters and the same for these inputs.
  private static func tokenize(_ text: String) -> Tokens? {
    var t = Tokens()
    let scalars = text.unicodeScalars
    var i = scalars.startIndex
    func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      s.value < 0x80 ? (s.value == 0x20 || (0x09...0x0D).contains(s.value)) : s.properties.isWhitespace
    }
    guard let first = scalars.first, isDigit(first) else { return nil }
    while i < scalars.endIndex {
      let groupStart = i
      while i < scalars.endIndex, isDigit(scalars[i]) { i = scalars.index(after: i) }
      guard groupStart < i else { return nil }
      let group = Substring(scalars[groupStart..<i])
      guard t.groups.count < 3, group.utf8.count <= 8 else { return nil }
      t.groups.append(group)
      var sep = String.UnicodeScalarView()
      while i < scalars.endIndex, !isDigit(scalars[i]) {
        if !isSpace(scalars[i]) { sep.append(scalars[i]) }
        i = scalars.index(after: i)
      }
      if i == scalars.endIndex {
        t.trailing = String(sep)
      } else {
        guard !sep.isEmpty else { return nil }
        t.separators.append(String(sep))
      }
    }
    return t
  }

  private static func make(_ y: Int, _ m: Int, _ d: Int, _ shown: String) -> Result<Day, DateParseError> {
    if let day = Day(year: y, month: m, day: d) { return .success(day) }
    if !(1...12).contains(m) { return .failure(invalid(shown, "there is no month \(m)")) }
    let count = Day.daysIn(year: y, month: m)
    return .failure(invalid(shown, "\(monthNames[m - 1]) \(y) has \(count) days"))
  }

  private static func invalid(_ shown: String, _ why: String) -> DateParseError {
    DateParseError(isShapeError: false, message: "invalid date '\(shown)': \(why)")
  }

  private static func notADate(_ shown: String) -> DateParseError {
    DateParseError(
      isShapeError: true,
      message: "'\(shown)' is not a date; write it as \(example(like: shown))")
  }

  private static func dayOrMonthFirst(_ shown: String, _ a: Int, _ b: Int, year: Int) -> DateParseError {
    let monthFirst = Day(year: year, month: a, day: b)
    let dayFirst = Day(year: year, month: b, day: a)
    let message: String
    switch (monthFirst, dayFirst) {
    case (let mf?, let df?) where mf != df:
      message =
        "ambiguous date '\(shown)': it could be \(mf.iso) (month first) or \(df.iso) (day first);"
        + " write the year first"
    case (let only?, _), (nil, let only?):
      message =
        "ambiguous date '\(shown)': day-first and month-first dates are not accepted;"
        + " write the year first, as \(only.iso)"
    case (nil, nil):
      message = "invalid date '\(shown)': neither month first nor day first gives a real day"
    }
    return DateParseError(isShapeError: false, message: message)
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
