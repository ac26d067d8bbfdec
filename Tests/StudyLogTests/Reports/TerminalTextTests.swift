import Testing

@testable import StudyLog

/// Text for a terminal: what it would act on is written out as `\u{…}`.
@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("\u{1B}[2J\u{1B}[H cleared", #"\u{1B}[2J\u{1B}[H cleared"#),
    ("\u{1B}]0;owned\u{07}", #"\u{1B}]0;owned\u{7}"#),
    ("\u{1B}]8;;https://evil.example\u{1B}\\link", #"\u{1B}]8;;https://evil.example\u{1B}\link"#),
    ("\u{9B}31m C1", #"\u{9B}31m C1"#), ("a\u{7F}b\u{0}c", #"a\u{7F}b\u{0}c"#),
    ("Invoice \u{202E}gnp.exe", #"Invoice \u{202E}gnp.exe"#),
    (
      "\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}",
      #"\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}"#
    ),
    ("line\nbreak\r\ttab", #"line\u{A}break\u{D}\u{9}tab"#),
    // Marks that are not overrides, and ordinary text, stay.
    ("쿠버네티스 \u{200F}RLM café 😀", "쿠버네티스 \u{200F}RLM café 😀"),
  ])
  func controlsAreShownAsCodePoints(text: String, shown: String) {
    #expect(TerminalText.visible(text) == shown)
  }

  @Test func wholeReportsKeepTheirLineBreaks() {
    #expect(TerminalText.visible("a\n\u{1B}[2J\n", keepingLineBreaks: true) == "a\n\\u{1B}[2J\n")
  }

  @Test func tableCellsAreShownBeforeTheyAreMeasured() {
    var table = ReportTable([.init("title"), .init("n", .right)])
    table.append([ReportCell("\u{1B}[2J"), "1"])
    table.append([ReportCell("a\u{202E}b"), "22"])
    #expect(
      table.textLines() == [
        "title        n", "──────────  ──", #"\u{1B}[2J    1"#, #"a\u{202E}b  22"#,
      ])
  }

  /// The byte scan finds exactly the scalars `isHidden` names, next to look-alike bytes: `–`
  /// (E2 80 93), U+2029 (E2 80 A9), U+206A (E2 81 AA), no-break space (C2 A0).
  @Test(arguments: [
    ("a – b", false), ("\u{2029}", false), ("\u{206A}", false), ("\u{A0}", false), ("한글", false),
    ("\u{202A}", true), ("x\u{202E}", true), ("\u{2066}", true), ("\u{2069}y", true), ("\u{85}", true),
    ("\u{9F}", true), ("\u{7F}", true), ("\t", true), ("a\nb", true),
  ])
  func byteScanAgreesWithScalars(text: String, hidden: Bool) {
    #expect(TerminalText.holdsHidden(text, keepingLineBreaks: false) == hidden)
    #expect(text.unicodeScalars.contains(where: TerminalText.isHidden) == hidden)
  }

  @Test func keptLineBreaksAreNotHidden() {
    #expect(!TerminalText.holdsHidden("a\nb", keepingLineBreaks: true))
    #expect(TerminalText.holdsHidden("a\r\nb", keepingLineBreaks: true))
  }
}
