import Testing

@testable import StudyLog

@Suite struct CSVReaderTests {
  func read(_ text: String) -> (values: [[String]], lines: [[Int]], issues: [String]) {
    let bytes = Array(text.utf8)
    let source = SourceText(bytes)
    let (records, issues) = CSVReader.read(bytes)
    return (
      records.map { $0.fields.map(\.value) },
      records.map { $0.fields.map { source.line(ofByte: $0.offset) } },
      issues.map {
        let (l, c) = source.location(ofByte: $0.offset)
        return "\(l):\(c): \($0.severity.rawValue): \($0.message)"
      }
    )
  }

  @Test(arguments: ["a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n1,2"])
  func everyLineEnding(text: String) {
    let r = read(text)
    #expect(r.values == [["a", "b"], ["1", "2"]])
    #expect(r.lines == [[1, 1], [2, 2]])
    #expect(r.issues.isEmpty)
  }

  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
    let r = read("id,title,notes\n1,\"a, b\",\"say \"\"hi\"\"\"\n2,\"two\r\nlines\",x\n3,c,d\n")
    #expect(
      r.values == [
        ["id", "title", "notes"], ["1", "a, b", "say \"hi\""], ["2", "two\nlines", "x"], ["3", "c", "d"],
      ])
    // The field after the multi-line one is on the next physical line; so is the next record.
    #expect(r.lines == [[1, 1, 1], [2, 2, 2], [3, 3, 4], [5, 5, 5]])
  }

  @Test func emptyFieldsAndTrailingComma() {
    #expect(read("a,,c,\n").values == [["a", "", "c", ""]])
    #expect(read("\"\",x\n").values == [["", "x"]])
  }

  @Test func blankLinesAreSkipped() {
    let r = read("a,b\n\n1,2\n\r\n3,4\n")
    #expect(r.values == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(r.lines.map(\.first) == [1, 3, 5])
  }

  @Test func unterminatedQuoteIsReportedWhereItOpened() {
    let r = read("a,b\n1,\"open\n2,x\n3,y\n")
    #expect(r.issues == ["2:3: error: unterminated quote: this field's opening quote is never closed"])
  }

  @Test func textAfterAClosingQuoteIsAnError() {
    let r = read("a,b\n1,\"x\"y,z\n")
    #expect(
      r.issues == [
        "2:6: error: unexpected text after a closing quote; double a quote inside a quoted field (\"\")"
      ])
    #expect(r.values[1] == ["1", "x", "z"])
  }

  @Test func aStrayQuoteInAnUnquotedFieldIsKeptWithAWarning() {
    let r = read("a,b\n1,Learn \"Go\"\n")
    #expect(r.values[1] == ["1", "Learn \"Go\""])
    #expect(
      r.issues == ["2:9: warning: a quote inside an unquoted field is kept as text; quote the whole field"])
  }

  @Test func columnsCountCharactersNotBytes() {
    let r = read("제목,b\n한글,\"x\"y\n")
    #expect(r.issues.first?.hasPrefix("2:7: error:") == true)
  }
}
