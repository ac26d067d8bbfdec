import Foundation
import TestSupport
import Testing

/// `studylog check`: its exit codes, the compiler-style lines it prints, and every error rule.
@Suite struct CheckCommandTests {
  @Test func aCleanFileExitsZero() throws {
    let r = try Binary.run(["check", "-", "--today", "2024-09-15"], stdin: "category,title\nInfra,DNS\n")
    #expect(r.status == 0)
    #expect(r.stdout == "<stdin>: 1 item, 0 errors, 0 warnings\n")
    #expect(r.stderr == "")
  }

  @Test func errorsArePrintedInCompilerFormatAndExit65() throws {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("roadmap.csv")
    try Data("id,category,title,start,end\n1,A,a,2024-05-01,2024-04-01\n1,B,b,,\n".utf8).write(to: file)
    let r = try Binary.run(["check", "roadmap.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stdout == """
        roadmap.csv:2:18: error: planned end 2024-04-01 is before planned start 2024-05-01
        roadmap.csv:3:1: error: duplicate id '1': line 2 already uses it
        roadmap.csv: 2 items, 2 errors, 0 warnings

        """)
  }

  @Test func warningsAloneExitZeroUnlessTreatedAsErrors() throws {
    let csv = "category,title,progres\nA,b,x\n"
    let lenient = try Binary.run(["check", "-"], stdin: csv)
    #expect(lenient.status == 0)
    #expect(
      lenient.stdout.hasPrefix(
        "<stdin>:1:16: warning: column 'progres' is not one studylog reads, so it is kept as a column of your own; did you mean 'progress'?\n"
      ))
    let strict = try Binary.run(["check", "-", "--warnings-as-errors"], stdin: csv)
    #expect(strict.status == 65)
  }

  @Test func aMissingFileExits66() throws {
    let r = try Binary.run(["check", "/nonexistent/roadmap.csv"])
    #expect(r.status == 66)
    #expect(r.stderr == "studylog: error: cannot read '/nonexistent/roadmap.csv': no such file\n")
  }

  @Test func aFolderExits66() throws {
    let r = try Binary.run(["check", "/tmp"])
    #expect(r.status == 66)
    #expect(r.stderr == "studylog: error: cannot read '/tmp': it is a directory\n")
  }

  @Test func anUnreadableFileExits66() throws {
    guard getuid() != 0 else { return }  // root reads everything
    let file = try temporaryFolder().appendingPathComponent("r.csv")
    try Data("category,title\n".utf8).write(to: file)
    chmod(file.path, 0)
    let r = try Binary.run(["check", file.path])
    #expect(r.status == 66)
  }

  @Test func usageErrorsExit64() throws {
    #expect(try Binary.run(["check"]).status == 64)
    #expect(try Binary.run(["summary", "-", "--format", "xml"], stdin: "").status == 64)
    let badToday = try Binary.run(["check", "-", "--today", "2024-02-30"], stdin: "category,title\n")
    #expect(badToday.status == 64)
    #expect(badToday.stderr.contains("--today: invalid date '2024-02-30': February 2024 has 29 days"))
    let badEpoch = try Binary.run(["check", "-"], stdin: "", environment: ["SOURCE_DATE_EPOCH": "soon"])
    #expect(badEpoch.status == 64)
    #expect(badEpoch.stderr.contains("SOURCE_DATE_EPOCH 'soon' is not a whole number of seconds"))
  }

  @Test func theSampleRoadmapIsClean() throws {
    let r = try Binary.run(
      ["check", "reports/career-map/roadmap.csv", "--today", "2024-09-15"], in: packageRoot)
    #expect(r.stdout == "reports/career-map/roadmap.csv: 23 items, 0 errors, 0 warnings\n")
    #expect(r.status == 0)
  }

  /// Every error rule, through the real binary: the exact line it prints and exit code 65.
  static let cases: [(String, [UInt8], String)] = [
    ("empty file", [], "<stdin>: error: the file is empty; a roadmap needs a header row"),
    (
      "missing column", Array("title\nDNS\n".utf8),
      "<stdin>:1:1: error: missing required column 'category' (also accepted: 분류, 카테고리)"
    ),
    (
      "duplicate column", Array("category,title,name\nA,b,c\n".utf8),
      "<stdin>:1:16: error: duplicate column 'name': column 'title' already gives the title"
    ),
    (
      "field count", Array("category,title\nA,b,c\n".utf8),
      "<stdin>:2:5: error: row has 3 fields but the header has 2; quote fields that hold commas"
    ),
    (
      "bad quoting", Array("category,title\nA,\"b\n".utf8),
      "<stdin>:2:3: error: unterminated quote: this field's opening quote is never closed"
    ),
    (
      "invalid date", Array("category,title,planned\nA,b,24.02.30-24.03.01\n".utf8),
      "<stdin>:2:5: error: invalid date '24.02.30': February 2024 has 29 days"
    ),
    (
      "ambiguous date", Array("category,title,start,end\nA,b,03/04/2024,2024-05-01\n".utf8),
      "<stdin>:2:5: error: ambiguous date '03/04/2024': it could be 2024-03-04 (month first) or 2024-04-03 (day first); write the year first"
    ),
    (
      "end before start", Array("category,title,start,end\nA,b,2024-05-01,2024-04-01\n".utf8),
      "<stdin>:2:16: error: planned end 2024-04-01 is before planned start 2024-05-01"
    ),
    (
      "actual range without start", Array("category,title,actual\nA,b,~ 2024-04-01\n".utf8),
      "<stdin>:2:5: error: date range '~ 2024-04-01' has no start"
    ),
    (
      "actual end column without start", Array("category,title,finished\nA,b,2024-04-01\n".utf8),
      "<stdin>:2:5: error: actual end 2024-04-01 has no actual start"
    ),
    (
      "duplicate id", Array("no,category,title\n7,A,b\n7,A,c\n".utf8),
      "<stdin>:3:1: error: duplicate id '7': line 2 already uses it"
    ),
    (
      "progress", Array("category,title,진행률\nA,b,101%\n".utf8),
      "<stdin>:2:5: error: progress '101%' is outside 0–100"
    ),
    (
      "status", Array("category,title,상태\nA,b,maybe\n".utf8),
      "<stdin>:2:5: error: unknown status 'maybe': use planned, active, done, paused or dropped"
    ),
    (
      "url", Array("category,title,link\nA,b,www.blog.example\n".utf8),
      "<stdin>:2:5: error: url 'www.blog.example' is not a valid http or https link: it must start with http:// or https://"
    ),
    (
      "latin-1", Array("category,title\nA,caf".utf8) + [0xE9, 0x0A],
      "<stdin>:2: error: the file is not valid UTF-8 (byte 0xE9), nor Korean CP949 (EUC-KR); re-save it as 'CSV UTF-8' (in Excel: Save As › CSV UTF-8)"
    ),
    (
      "xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],
      "<stdin>: error: the file is a spreadsheet workbook (.xlsx), not CSV; save it as 'CSV UTF-8' first"
    ),
  ]

  @Test(arguments: cases)
  func rule(name: String, input: [UInt8], expected: String) throws {
    let r = try Binary.run(["check", "-", "--today", "2024-09-15"], stdinBytes: input)
    #expect(r.status == 65, "\(name)")
    #expect(r.stdout.split(separator: "\n").first.map(String.init) == expected, "\(name)")
  }

  @Test func cp949AndUTF16FilesAreRead() throws {
    let cp949 = Array("category,title\nInfra,".utf8) + [0xC7, 0xD1, 0xB1, 0xDB, 0x0A]
    let r = try Binary.run(["check", "-", "--today", "2024-09-15"], stdinBytes: cp949)
    #expect(r.status == 0)
    #expect(
      r.stdout == """
        <stdin>: warning: read as CP949 (EUC-KR), the encoding Excel uses in a Korean locale; re-save as 'CSV UTF-8' to share it safely
        <stdin>: 1 item, 0 errors, 1 warning

        """)
    let units = Array("category,title\r\nInfra,한글\r\n".utf16)
    let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let json = try Binary.run(
      ["summary", "-", "--today", "2024-09-15", "--format", "json"], stdinBytes: utf16)
    #expect(json.status == 0)
    #expect(json.stdout.contains("\"name\": \"Infra\""))
  }
}
