import Foundation
import Testing

@testable import StudyLog

/// The one markdown escaper: what it writes for hostile text, and that the post reader reads it
/// back unchanged.
@Suite struct MarkdownEscapingTests {
  @Test(arguments: [
    ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ("SRE <img src=x onerror=alert(2)>", "SRE &lt;img src=x onerror=alert(2)>"),
    ("[click](javascript:alert(1))", #"\[click\](javascript:alert(1))"#),
    ("A | B", #"A \| B"#),
    (#"*a*{: onclick="alert(4)"}"#, #"*a*\{: onclick="alert(4)"\}"#),
    ("{::nomarkdown}<b>x</b>{:/}", #"\{::nomarkdown\}&lt;b>x&lt;/b>\{:/\}"#),
    ("**bold** __u__ ~~s~~ $$x$$", #"\*\*bold\*\* \_\_u\_\_ \~\~s\~\~ \$\$x\$\$"#),
    ("a*b snake_case ~1 $5", "a*b snake_case ~1 $5"),
    ("me@evil.example", "me@<span></span>evil.example"),
    ("@handle, a @ b, x@", "@handle, a @ b, x@"),
    (
      "ftp://evil.example FTP://x https://blog.example", #"ftp\://evil.example FTP\://x https://blog.example"#
    ),
    ("---", #"\-\-\-"#), ("=", #"\="#), (":-: + |", #"\:\-\: \+ \|"#), ("a-b = c", "a-b = c"),
    ("&lt;script&gt; &#60; &copy;", "&amp;lt;script&amp;gt; &amp;#60; &amp;copy;"),
    ("Triton & KServe", "Triton & KServe"),
    ("one\r\ntwo\nthree\rfour", "one<br>two<br>three<br>four"),
    (#"a\b `c`"#, #"a\\b \`c\`"#),
    // A combining mark makes one Character of `[` and itself; the engines still see a bracket.
    (
      "[\u{338}x](javascript:alert(1)) <\u{301}script>",
      "\\[\u{338}x\\](javascript:alert(1)) &lt;\u{301}script>"
    ),
  ])
  func cells(text: String, escaped: String) {
    #expect(Markdown.escapeCell(text) == escaped)
    // Read back, a line break is LF.
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    #expect(Markdown.inline(escaped).text == lines)
  }

  @Test func headingsStayOneLineAndKeepAFinalHash() {
    let track = "SRE\n<script>alert(3)</script>\n<!-- studylog:end -->"
    #expect(
      Markdown.escapeHeading(track) == "SRE<br>&lt;script>alert(3)&lt;/script><br>&lt;!-- studylog:end -->")
    #expect(Markdown.escapeHeading("C#") == "C\\#")
    #expect(Markdown.escapeHeading("#1 ##") == "#1 #\\#")
    for text in [
      track, "C#", "#1 ##", "SRE <img src=x onerror=alert(2)>", "a | b", "---", "{#id}", "\u{338}x",
    ] {
      #expect(Markdown.heading(Substring("### " + Markdown.escapeHeading(text))) == text)
    }
  }

  @Test func linksAreOnlyHTTPLinksTheURLCheckAccepts() {
    let hostile = "https://evil.example/x)<script>alert(document.domain)</script>"
    #expect(Markdown.linkDestination(hostile) == nil)
    #expect(Markdown.link("<script>", url: hostile) == "&lt;script>")
    #expect(Markdown.link("t", url: "javascript:alert(1)") == "t")
    #expect(Markdown.link("t", url: "https://blog.example/a") == "[t](https://blog.example/a)")
    #expect(Markdown.link("t", url: "https://blog.example/x)y") == "[t](<https://blog.example/x)y>)")
    let url = "https://blog.example/b?x=1&y=(2)"
    #expect(Markdown.inline(Markdown.link("[a]", url: url)).text == "[a]")
    #expect(Markdown.inline(Markdown.link("[a]", url: url)).link == url)
    #expect(
      Markdown.inline(Markdown.link("t", url: "https://blog.example/x)y")).link == "https://blog.example/x)y")
  }

  @Test func aClosingSequenceNeedsABlankBeforeIt() {
    #expect(Markdown.heading("### C#") == "C#")
    #expect(Markdown.heading("### C #") == "C")
    #expect(Markdown.heading("### SRE ###  ") == "SRE")
    #expect(Markdown.heading("### ###") == "")
  }
}
