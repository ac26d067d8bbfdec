import Foundation
import TestSupport
import Testing

/// The headless Chromium runner the Mermaid and SVG tests share: a page's report comes back
/// byte for byte, after asynchronous work, and a page that reports nothing is an error.
@Suite(.enabled(if: Chromium.isAvailable, Comment(rawValue: Chromium.missing)))
struct ChromiumTests {
  @Test func aPageReportsTextAfterAsynchronousWork() throws {
    let text = "한글 ¶ß <&> \"q\" \u{1F600} \\u{1B}"
    let report = try Chromium.run(
      html: """
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="50"><text id="t" y="20">\(text
          .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</text></svg>
        <script>
        setTimeout(() => {
          const t = document.getElementById('t');
          studylogReport(JSON.stringify({ text: t.textContent, width: t.getBBox().width }));
        }, 2000);
        </script>
        """)
    struct Report: Decodable { var text: String, width: Double }
    let decoded = try JSONDecoder().decode(Report.self, from: Data(report.utf8))
    #expect(decoded.text == text)
    #expect(decoded.width > 0)
  }

  @Test func aPageThatReportsNothingIsAnError() throws {
    #expect {
      try Chromium.run(html: "<p>no report</p>", timeBudget: 1000)
    } throws: { error in
      (error as? ChromiumError)?.message.contains("the page reported nothing") == true
    }
  }
}
