import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// Replacements that must find every occurrence, scalar by scalar, and the searches that must
/// compare characters as Foundation's non-literal search did. Expected values were printed by
/// Foundation before studylog stopped using `replacingOccurrences` and `range(of:options:)`.
@Suite struct ScalarReplacementTests {
  @Test func lineBreaksOfANote() {
    #expect(SessionLog.noteAsRead("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd")
    // The CR before a CRLF: "\r\r\n" is "\n\n", not the "\r\n" a character search would leave.
    #expect(SessionLog.noteAsRead("x\r\r\ny") == "x\n\ny")
    #expect(SessionLog.noteAsRead(" \r\n ") == nil)
  }

  @Test func scalarsInsideCharacters() {
    #expect("x\r\ny".replacingScalars("\r", with: "\n") == "x\n\ny")
    #expect("\"\u{301}".replacingScalars("\"", with: "\\\"") == "\\\"\u{301}")
    #expect("&lt;\u{301}".replacingScalars("&lt;", with: "<") == "<\u{301}")
    #expect("abc".replacingScalars("", with: "-") == "abc")
    #expect("aaa".replacingScalars("aa", with: "b") == "ba")
  }

  /// Non-literal search, as before: a combining mark keeps its letter, canonically equal text
  /// matches.
  @Test func characterReplacement() {
    #expect("a_\u{301}b".replacing("_", with: " ") == "a_\u{301}b")
    #expect("a**\u{301}b".replacing("**", with: "") == "a**\u{301}b")
    #expect("a\u{301}**b".replacing("**", with: "") == "a\u{301}b")
    #expect("e\u{301}".replacing("\u{e9}", with: "Q") == "Q")
    #expect("\u{1100}\u{1161}".replacing("\u{1100}", with: "Q") == "\u{1100}\u{1161}")
  }

  static let toCases: [(String, Int?)] = [
    ("a TO b", 1), ("a to b", 1), ("a To b", 1), ("a TO\u{301} b", nil), ("a T\u{301}O b", nil),
    ("a\u{301} to b", 1), ("a ｔｏ b", nil), ("x to y to z", 1),
  ]

  @Test(arguments: toCases)
  func caselessTo(text: String, offset: Int?) {
    let range = DateParser.caselessRange(of: " to ", in: text)
    #expect(range.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == offset)
  }

  @Test func rangesWithWords() throws {
    let r = try DateParser.parseRange("2024-01-01 TO 2024-02-01").get()
    #expect(r.start == day("2024-01-01"))
    #expect(r.end == day("2024-02-01"))
    // A combining mark after `~` hides it, as in Foundation's search.
    #expect(throws: DateParseError.self) { try DateParser.parseRange("2024-01~\u{301}2024-02").get() }
  }
}
