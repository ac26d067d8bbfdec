import Foundation
import Testing

@testable import StudyLog

/// `PathName` splits paths as `NSString`'s `deletingLastPathComponent` and `lastPathComponent`
/// did. The expected values were printed by `NSString` (swift-corelibs-foundation, Swift 6.3.1)
/// before studylog stopped using it, except for the paths on which it crashed (`a`, `x/`, `a///`,
/// `///a///`: a one-character last name without a slash before it), which get the same rule.
@Suite struct PathNameTests {
  @Test(arguments: [
    ("", "", ""), ("/", "/", "/"), ("/a", "/", "a"), ("/a/", "/", "a"), ("a/b", "a", "b"),
    ("a/b/", "a", "b"), ("a//b", "a", "b"), ("//a", "/", "a"), ("a/b//", "a", "b"), ("./a", ".", "a"),
    ("../a", "..", "a"), ("a/./b", "a/.", "b"), ("~/x", "~", "x"), ("//", "", ""),
    ("a/b/c.csv", "a/b", "c.csv"), ("한글/파일.csv", "한글", "파일.csv"), ("/dev/fd/3", "/dev/fd", "3"),
    (" /x ", " ", "x "), ("a/../b", "a/..", "b"), ("/..", "/", ".."), ("e\u{301}/x", "e\u{301}", "x"),
    ("out.png", "", "out.png"), ("abc/", "", "abc"), ("//a//", "/", "a"), ("///a", "/", "a"),
    ("/a//", "/", "a"),
    // NSString crashed on these.
    ("a", "", "a"), ("x/", "", "x"), ("a///", "", "a"), ("///a///", "/", "a"),
    // A combining mark after a slash does not hide it.
    ("a/\u{301}b", "a", "\u{301}b"),
  ])
  func split(path: String, folder: String, last: String) {
    #expect(PathName.folder(of: path) == folder)
    #expect(PathName.lastComponent(of: path) == last)
  }
}
