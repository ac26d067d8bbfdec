import Testing

@testable import StudyLog

/// Long tables and arrays are made and written in two halves at once; what comes out is what one
/// pass writes: the widths of one half pad the other, the halves joined in order.
@Suite struct ParallelRenderingTests {
  static let rows = 5000

  /// Ids `r0`… with one wide Hangul id in the second half, numbers right-aligned, a total row.
  static func table() -> ReportTable {
    var table = ReportTable([.init("id"), .init("n", .right)])
    for k in 0..<rows { table.append([ReportCell(k == 4000 ? "가나다라마바사아자차" : "r\(k)"), ReportCell("\(k)")]) }
    table.append(["total", ReportCell("\(rows)")], total: true)
    return table
  }

  @Test func textTableOfTwoHalves() {
    #expect(Self.rows >= ReportTable.parallelRows)
    func padded(_ id: String, _ width: Int, _ n: String) -> String {
      id + String(repeating: " ", count: 20 - width) + "  " + String(repeating: " ", count: 4 - n.count) + n
    }
    let rule = String(repeating: "─", count: 20) + "  " + String(repeating: "─", count: 4)
    var expected = [padded("id", 2, "n"), rule]
    for k in 0..<Self.rows {
      expected.append(k == 4000 ? padded("가나다라마바사아자차", 20, "4000") : padded("r\(k)", "r\(k)".count, "\(k)"))
    }
    expected += [rule, padded("total", 5, "5000")]
    let table = Self.table()
    #expect(table.text() == expected.joined(separator: "\n"))
    #expect(table.textLines() == expected)
    #expect(table.textLines()[2] == "r0                       0")
  }

  @Test func markdownTableOfTwoHalves() {
    let lines = Self.table().markdownLines()
    #expect(lines.count == Self.rows + 3)
    #expect(lines[0] == "| Id | N |")
    #expect(lines[1] == "|---|---:|")
    #expect(lines[2] == "| r0 | 0 |")
    #expect(lines[2 + 2499] == "| r2499 | 2499 |")
    #expect(lines[2 + 2500] == "| r2500 | 2500 |")
    #expect(lines[2 + 4000] == "| 가나다라마바사아자차 | 4000 |")
    #expect(lines.last == "| **total** | 5000 |")
    for k in 0..<Self.rows where k != 4000 { #expect(lines[2 + k] == "| r\(k) | \(k) |") }
  }

  @Test func csvOfTwoHalves() {
    var table = ReportTable([.init("id"), .init("n", .right)])
    for k in 0..<Self.rows {
      table.append([ReportCell(k == 1 ? "=1+1" : "r\(k)"), ReportCell(k == 4000 ? "a,\"b\"" : "\(k)")])
    }
    let records = (0..<Self.rows).map { k in
      (k == 1 ? "\"'=1+1\"" : "r\(k)") + "," + (k == 4000 ? "\"a,\"\"b\"\"\"" : "\(k)") + "\n"
    }
    #expect(table.csv() == "id,n\n" + records.joined())
    #expect(table.csv() == CSVWriter.document([["id", "n"]] + table.rows.map { $0.cells.map(\.text) }))
  }

  @Test func jsonArrayOfTwoHalves() {
    #expect(Self.rows >= JSONValue.parallelArray)
    let value = JSONValue.object([
      ("items", .array((0..<Self.rows).map { .object([("k", .int($0)), ("s", .string("가\"\($0)"))]) }))
    ])
    let items = (0..<Self.rows).map { "    {\n      \"k\": \($0),\n      \"s\": \"가\\\"\($0)\"\n    }" }
    let expected = "{\n  \"items\": [\n" + items.joined(separator: ",\n") + "\n  ]\n}\n"
    #expect(value.document() == expected)
    #expect(value.rendered(indent: 0) + "\n" == expected)
  }
}
