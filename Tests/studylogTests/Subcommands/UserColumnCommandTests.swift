import Foundation
import TestSupport
import Testing

/// Columns studylog does not own, through the commands: a post's `비고` into the CSV by `import`,
/// back out by `export`, into a post by `sync`; and the 100-field limit still holds with them.
@Suite struct UserColumnCommandTests {
  static let today = ["--today", "2024-09-15"]

  static let post = """
    ---
    title: 로드맵
    ---

    ### Backend

    | 번호 | 분류 | 제목 | 기간 | 비고 |
    | --- | --- | --- | --- | --- |
    | 1 | DB | 인덱스 | 24.01.08-24.02.20 | 다시 볼 것 \\| B-Tree |
    | 2 | Cache | 캐시 | ---- | =SUM(1) |

    """

  @Test func aPostsNotesComeIntoTheCSVAndGoBackOutUnchanged() throws {
    let folder = try temporaryFolder()
    try Data(Self.post.utf8).write(to: folder.appendingPathComponent("post.md"))
    let imported = try Binary.run(["import", "post.md", "-o", "roadmap.csv"] + Self.today, in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stderr == "")
    let csv = try String(contentsOf: folder.appendingPathComponent("roadmap.csv"), encoding: .utf8)
    #expect(
      csv == """
        id,track,category,title,description,url,planned_start,planned_end,actual_start,actual_end,progress,status,비고
        1,Backend,DB,인덱스,,,2024-01-08,2024-02-20,,,,,다시 볼 것 | B-Tree
        2,Backend,Cache,캐시,,,,,,,,,"'=SUM(1)"

        """)
    let exported = try Binary.run(["export", "roadmap.csv", "-o", "export.md"] + Self.today, in: folder)
    #expect(exported.status == 0, "\(exported.stderr)")
    let again = try Binary.run(["import", "export.md"] + Self.today, in: folder)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout == csv)
  }

  @Test func syncFillsAPostsColumnFromTheCSVAndSaysWhatItReplaced() throws {
    let folder = try temporaryFolder()
    let post =
      Self.post.replacingOccurrences(
        of: "### Backend\n", with: "### Backend\n<!-- studylog:table track=Backend -->\n")
      + "<!-- studylog:end -->\n"
    try Data(post.utf8).write(to: folder.appendingPathComponent("post.md"))
    let csv = """
      id,track,category,title,planned,비고
      1,Backend,DB,인덱스,24.01.08-24.02.20,다시 볼 것 | B-Tree
      2,Backend,Cache,캐시,,CSV에서 고침

      """
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    let r = try Binary.run(
      ["sync", "post.md", "--roadmap", "roadmap.csv", "--locale", "ko"] + Self.today, in: folder)
    #expect(r.status == 0)
    #expect(
      r.stderr
        == "post.md:6: note: the roadmap's values replace what the post had in 비고 of item 2 ('=SUM(1)');"
        + " the roadmap's user columns win over the post's cells\n")
    let synced = try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8)
    #expect(synced.contains("| 1 | DB | 인덱스 | 24.01.08-24.02.20 | 다시 볼 것 \\| B-Tree |\n"))
    #expect(synced.contains("| 2 | Cache | 캐시 | ---- | CSV에서 고침 |\n"))
    let check = try Binary.run(
      ["sync", "post.md", "--roadmap", "roadmap.csv", "--check"] + Self.today, in: folder)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }

  @Test func userColumnsStayWithinTheFieldLimitWhateverWritesThemBack() throws {
    func roadmap(users count: Int) -> String {
      let users = (1...count).map { "메모\($0)" }
      return (["category", "title"] + users).joined(separator: ",") + "\n"
        + (["A", "a"] + users.map { "\($0) 값" }).joined(separator: ",") + "\n"
    }
    let folder = try temporaryFolder()
    // 88 of the user's own: the CSV written back has 12 + 88 = 100 fields, the table 5 + 88 cells.
    try Data(roadmap(users: 88).utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    let exported = try Binary.run(["export", "roadmap.csv", "-o", "post.md"] + Self.today, in: folder)
    #expect(exported.status == 0, "\(exported.stderr)")
    let imported = try Binary.run(["import", "post.md", "-o", "back.csv"] + Self.today, in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let back = try String(contentsOf: folder.appendingPathComponent("back.csv"), encoding: .utf8)
    #expect(back.components(separatedBy: "\n")[1].components(separatedBy: ",").count == 100)
    #expect(back.hasSuffix(",메모87 값,메모88 값\n"))
    let again = try Binary.run(
      ["import", "-"] + Self.today,
      stdin: try Binary.run(["export", "back.csv"] + Self.today, in: folder).stdout)
    #expect(again.stdout == back)
    // One more is refused, in a CSV and in a post, naming the limit.
    let message =
      "error: 89 columns are not ones studylog reads; it keeps at most 88 of your own, so that the CSV it"
      + " writes back (12 columns of its own, then yours) has at most 100 fields: delete the columns you do"
      + " not need\n"
    let csv = try Binary.run(["check", "-"] + Self.today, stdin: roadmap(users: 89))
    #expect(csv.status == 65)
    #expect(csv.stdout == "<stdin>:1:1: " + message + "<stdin>: 0 items, 1 error, 0 warnings\n")
    let post = try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8)
      .replacingOccurrences(of: " 메모88 |", with: " 메모88 | 메모89 |")
      .replacingOccurrences(of: " --- |\n| 1 ", with: " --- | --- |\n| 1 ")
      .replacingOccurrences(of: " 메모88 값 |", with: " 메모88 값 | 메모89 값 |")
    let refused = try Binary.run(["import", "-"] + Self.today, stdin: post)
    #expect(refused.status == 65)
    #expect(refused.stderr == "<stdin>: " + message)
    // A row of more than 100 fields is refused before it is read.
    let wide = try Binary.run(["export", "-"] + Self.today, stdin: roadmap(users: 99))
    #expect(wide.status == 65)
    #expect(
      wide.stderr
        == "studylog: error: <stdin>:1: the row has 101 fields; a row may have at most 100: delete the"
        + " columns studylog does not read\n")
    #expect(wide.stdout == "")
  }
}
