import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// `Markdown.inline` without ICU reads cells exactly as the `NSRegularExpression` version did
/// (`LegacyInline`), on text with combining marks, emoji, CRLF, Hangul jamo and Unicode spaces.
@Suite struct InlinePatternsTests {
  /// Pieces that markup and hostile text are made of.
  static let pieces: [String] = [
    "<a href=\"", "<A HREF='", "<a\u{A0}href = \"", "<a\u{301} href=\"", "\"", "'", ">", "</a>", "</A>",
    "<a>", "<br>", "<br/>", "<BR />", "<br\u{301}>", "<b>", "</b>", "<span class=x>", "<STRONG>", "<s>",
    "<\u{17F}>", "<mar\u{212A}>", "<\u{FB06}rong>", "</\u{FB05}RONG>", "<code\u{0B}x>", "<sup\n>", "[", "]",
    "(", ")", "<", "\\", "\\]", "\\*",
    "**", "__", "~~", "`", "&lt;", "&amp;", "&#124;", ";", " ", "\t", "\n", "\r\n", "\r", "\u{85}",
    "\u{2028}", "\u{A0}", "\u{3000}", "\u{0B}", "\u{0C}", "\u{200B}", "e\u{301}", "\u{301}", "👍🏽",
    "👨‍👩‍👧", "\u{1100}\u{1161}\u{11A8}", "\u{1161}", "한", "x", "https://a.b/c", "(x)", " \"t\"",
    "\u{FEFF}", "\u{202E}",
  ]

  @Test func sameAsTheICUVersionOnRandomCells() {
    var generator = SeededGenerator(state: 1515)
    var differences: [String] = []
    for _ in 0..<6000 {
      let count = Int.random(in: 1...12, using: &generator)
      let cell = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      let new = Markdown.inline(cell)
      let old = LegacyInline.inlineNotingQuirks(cell)
      if !old.quirk && (new.text != old.text || new.link != old.link) {
        differences.append(cell.debugDescription)
      }
    }
    #expect(differences.isEmpty, "\(differences.count) cells differ, e.g. \(differences.prefix(5))")
  }

  @Test(arguments: [
    "<a href=\"https://x.dev/p\">글 e\u{301}</a> 더", "<A HREF='u'>t</A>", "<a href=\"x>y\">t</a>",
    "[t](https://x.dev/a_(b)) \\* **굵게**", "[t]( \"x\")", "[t](<a b> \"c\")", "a<br>b<BR />c\r\nd",
    "<span class=\"x\">s</span><\u{17F}>", "\\\\*&lt;\u{301}&amp;lt;", "`code`", "[a\\]b](u)",
    "<a href='1'>x\u{2028}</a><a href='2'>y</a>", "\u{1100}\u{1161}<b>\u{11A8}</b>", "[👍🏽](u👨‍👩‍👧)",
  ])
  func sameAsTheICUVersionOnExamples(cell: String) {
    let new = Markdown.inline(cell)
    let old = LegacyInline.inline(cell)
    #expect(new.text == old.text)
    #expect(new.link == old.link)
  }

  /// Where a match began or ended inside a character (`[` or a quote with a combining mark), the
  /// old version lost the link's text (or trapped); the scanners read scalars and keep it.
  @Test func aCombiningMarkAfterABracketKeepsTheText() {
    #expect(LegacyInline.inlineNotingQuirks("[\u{338}x](u) y").quirk)
    #expect(Markdown.inline("[\u{338}x](u) y") == ("\u{338}x y", "u"))
    #expect(Markdown.inline("<a href=\"\u{301}x\">t</a>") == ("t", "\u{301}x"))
  }

  @Test func readsTheMarkup() {
    #expect(Markdown.inline("<a href=\"https://x.dev/p\">글</a>") == ("글", "https://x.dev/p"))
    #expect(Markdown.inline("[t](<a b> \"c\")") == ("t", "a b"))
    #expect(Markdown.inline("a<BR/>b \\| c &#124; d") == ("a\nb | c | d", nil))
  }
}
