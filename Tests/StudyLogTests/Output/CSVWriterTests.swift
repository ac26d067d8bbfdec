import Testing

@testable import StudyLog

/// CSV fields: quoted as RFC 4180 says, and formula prefixes neutralised as OWASP recommends.
@Suite struct CSVWriterTests {
  @Test(arguments: [
    (#"=HYPERLINK("https://evil.example","click")"#, #""'=HYPERLINK(""https://evil.example"",""click"")""#),
    ("=1+1", #""'=1+1""#), ("+cmd|' /C calc'!A0", #""'+cmd|' /C calc'!A0""#), ("-2+3", #""'-2+3""#),
    ("@SUM(1+1)", #""'@SUM(1+1)""#), ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("-", #""'-""#),
  ])
  func formulasGetAQuoteAndQuotes(text: String, field: String) {
    #expect(CSVWriter.field(text) == field)
    #expect(CSVWriter.unguarded("'" + text) == text)
  }

  @Test(arguments: ["-3", "+5", "-0.5", "+1.18", "42", "a=b", "x-1", "'quoted", "", "쿠버네티스"])
  func numbersAndOtherTextStayAsTheyAre(text: String) {
    #expect(CSVWriter.field(text) == text)
    #expect(CSVWriter.unguarded(text) == text)
  }

  @Test func quotingStillFollowsRFC4180() {
    #expect(CSVWriter.field("a, b") == #""a, b""#)
    #expect(CSVWriter.field(#"say "hi""#) == #""say ""hi""""#)
    #expect(CSVWriter.field("=a,\"b\"\nc") == "\"'=a,\"\"b\"\"\nc\"")
    #expect(CSVWriter.record(["-3", "=1+1", "x"]) == #"-3,"'=1+1",x"#)
  }

  /// A title `=1+1` written by the roadmap writer reads back as `=1+1`, without warnings.
  @Test func theRoadmapReaderUndoesTheGuard() {
    let csv = RoadmapWriter.csv(
      Roadmap(
        source: "r", items: [Item(id: "1", category: "@cat", title: "=1+1", description: "-2+3")]))
    #expect(csv.hasSuffix("1,,\"'@cat\",\"'=1+1\",\"'-2+3\",,,,,,,\n"))
    let back = Roadmap.load(csv: csv, source: "r.csv", today: Day(year: 2024, month: 9, day: 15)!)
    #expect(back.diagnostics == [])
    #expect(
      back.roadmap.items.map { [$0.category, $0.title, $0.description] } == [["@cat", "=1+1", "-2+3"]])
  }

  /// Found by `scripts/fuzz writers`: text that itself begins with `'` before a formula's first
  /// character gets one more, so that the reader's dropping of the guard gives it back whole.
  @Test(arguments: ["'\tUI", "'=1+1", "''@x", "'-3", "'\nx"])
  func aLeadingQuoteOfTheTextItselfSurvives(_ text: String) {
    let field = CSVWriter.field(text)
    #expect(field.hasPrefix("\"''"))
    let (records, _) = CSVReader.read(Array((field + "\n").utf8))
    #expect(CSVWriter.unguarded(records[0].fields[0].value) == text)
  }

  /// Found by `scripts/fuzz writers`: a quote followed by a combining mark is doubled too.
  @Test func aQuoteBeforeACombiningMarkIsDoubled() {
    let text = "say \"\u{338}hi\", ok"
    let field = CSVWriter.field(text)
    #expect(field == "\"say \"\"\u{338}hi\"\", ok\"")
    let (records, issues) = CSVReader.read(Array((field + "\n").utf8))
    #expect(issues.isEmpty)
    #expect(records.first?.fields.first?.value == text)
  }
}
