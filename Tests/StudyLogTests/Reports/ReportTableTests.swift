import Testing

@testable import StudyLog

/// One table, its columns and rows given once, rendered as terminal text, as GFM markdown and as
/// CSV.
@Suite struct ReportTableTests {
  /// A Hangul category, a title linked in markdown, a title cut in text, a cell with markdown's
  /// and CSV's special characters, and a total row.
  static let table: ReportTable = {
    var table = ReportTable([
      .init("category"), .init("title", maxTextWidth: 10), .init("items", .right), .init("done %", .right),
    ])
    table.append([
      "네트워크", ReportCell("TCP/IP", markdown: .link("TCP/IP", url: "https://x.dev/tcp?a=1")), "3", "67%",
    ])
    table.append(["OS | kernel", "쿠버네티스 입문", "12", "5%"])
    table.append(["Misc", "[x](y) <b>, \"q\"", "1", "–"])
    table.append(["total", "", "16", "40%"], total: true)
    return table
  }()

  @Test func textAlignsByDisplayWidthWithARuleBeforeTheTotal() {
    // "네트워크" is eight columns wide; the title column is cut to ten columns with "…".
    #expect(
      Self.table.textLines() == [
        "category     title       items  done %",
        "───────────  ──────────  ─────  ──────",
        "네트워크     TCP/IP          3     67%",
        "OS | kernel  쿠버네티…      12      5%",
        "Misc         [x](y) <b…      1       –",
        "───────────  ──────────  ─────  ──────",
        "total                       16     40%",
      ])
    #expect(Self.table.text() == Self.table.textLines().joined(separator: "\n"))
  }

  @Test func markdownCapitalisesHeadersAlignsAndEscapes() {
    #expect(
      Self.table.markdownLines() == [
        "| Category | Title | Items | Done % |",
        "|---|---|---:|---:|",
        "| 네트워크 | [TCP/IP](https://x.dev/tcp?a=1) | 3 | 67% |",
        "| OS \\| kernel | 쿠버네티스 입문 | 12 | 5% |",
        "| Misc | \\[x\\](y) &lt;b>, \"q\" | 1 | – |",
        "| **total** |  | 16 | 40% |",
      ])
    #expect(Self.table.markdown() == Self.table.markdownLines().joined(separator: "\n"))
  }

  @Test func csvQuotesCommasAndQuotes() {
    #expect(
      Self.table.csv() == #"""
        category,title,items,done %
        네트워크,TCP/IP,3,67%
        OS | kernel,쿠버네티스 입문,12,5%
        Misc,"[x](y) <b>, ""q""",1,–
        total,,16,40%

        """#)
  }

  @Test func lineBreaksAreQuotedInCSVAndBreaksInMarkdown() {
    var notes = ReportTable([.init("note"), .init("분류")])
    notes.append(["first\nsecond", "네트워크"])
    notes.append(["cr\r\nlf", "OS"])
    #expect(notes.csv().hasPrefix("note,분류\n\"first\nsecond\",네트워크\n"))
    // "\r\n" is one Character, equal to neither "\r" nor "\n": the field must still be quoted.
    #expect(notes.csv() == "note,분류\n\"first\nsecond\",네트워크\n\"cr\r\nlf\",OS\n")
    #expect(
      notes.markdownLines() == [
        "| Note | 분류 |", "|---|---|", "| first<br>second | 네트워크 |", "| cr<br>lf | OS |",
      ])
  }

  @Test func aTableWithoutRowsIsItsHeader() {
    let empty = ReportTable([.init("id", .right), .init("title")])
    #expect(empty.textLines() == ["id  title", "──  ─────"])
    #expect(empty.markdownLines() == ["| Id | Title |", "|---:|---|"])
    #expect(empty.csv() == "id,title\n")
  }
}
