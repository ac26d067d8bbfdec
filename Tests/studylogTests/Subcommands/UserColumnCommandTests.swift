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
    let r = try Binary.run(["sync", "post.md", "--roadmap", "roadmap.csv"] + Self.today, in: folder)
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

  @Test func aHundredFieldsWithUserColumnsAreReadAndOneMoreIsRefused() throws {
    func roadmap(_ fields: Int) -> String {
      let users = (1...(fields - 2)).map { "메모\($0)" }
      return (["category", "title"] + users).joined(separator: ",") + "\n"
        + (["A", "a"] + users.map { "\($0) 값" }).joined(separator: ",") + "\n"
    }
    let ok = try Binary.run(["export", "-", "--format", "json"] + Self.today, stdin: roadmap(100))
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("\"메모98\": \"메모98 값\"\n"))
    let refused = try Binary.run(["export", "-"] + Self.today, stdin: roadmap(101))
    #expect(refused.status == 65)
    #expect(
      refused.stderr
        == "studylog: error: <stdin>:1: the row has 101 fields; a row may have at most 100: delete the"
        + " columns studylog does not read\n")
    #expect(refused.stdout == "")
  }
}
