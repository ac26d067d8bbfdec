import Foundation
import TestSupport
import Testing

/// `studylog import`: a post's tables to a roadmap that `check` accepts, and errors on the post's
/// lines.
@Suite struct ImportCommandTests {
  let post = """
    ---
    layout: post
    title: 올해의 학습 로드맵
    ---
    ### Backend
    | Number | Category | URL | Description | Date |
    | ------ | -------- | --- | ----------- | ---- |
    | 1 | Database | <a href="https://blog.example/db">인덱스 구조 파헤치기</a> | B-Tree, LSM | 24.01.08-24.02.20 |
    | 2 | Cache | 캐시 전략 정리 | TBD | ---- |

    """

  @Test func importThenCheck() throws {
    let folder = try temporaryFolder()
    try Data(post.utf8).write(to: folder.appendingPathComponent("post.md"))
    let r = try Binary.run(["import", "post.md", "-o", "roadmap.csv"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let check = try Binary.run(["check", "roadmap.csv", "--today", "2024-09-15"], in: folder)
    #expect(check.stdout == "roadmap.csv: 2 items, 0 errors, 0 warnings\n")
    #expect(check.status == 0)
  }

  @Test func importErrorsCarryThePostsLines() throws {
    let bad = post.replacingOccurrences(of: "24.01.08-24.02.20", with: "24.13.08-24.02.20")
    let r = try Binary.run(["import", "-"], stdin: bad)
    #expect(r.status == 65)
    #expect(r.stdout == "")
    #expect(r.stderr == "<stdin>:8:84: error: invalid date '24.13.08': there is no month 13\n")
  }
}
