import Foundation
import Testing

@Suite struct PostCommandTests {
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

  @Test func exportedMarkdownImportsBack() throws {
    let csvPath = packageRoot.appendingPathComponent("reports/career-map/roadmap.csv").path
    let md = try Binary.run(["export", csvPath, "--today", "2024-09-15"])
    #expect(md.status == 0)
    let back = try Binary.run(["import", "-"], stdin: md.stdout)
    #expect(back.status == 0, "\(back.stderr)")
    let again = try Binary.run(["export", "-", "--today", "2024-09-15"], stdin: back.stdout)
    #expect(again.stdout == md.stdout)
  }

  @Test func mermaidAndJSON() throws {
    let csvPath = packageRoot.appendingPathComponent("reports/career-map/roadmap.csv").path
    let mermaid = try Binary.run(["export", csvPath, "--today", "2024-09-15", "--format", "mermaid"])
    #expect(mermaid.stdout.hasPrefix("gantt\n    title Career map\n"))
    #expect(mermaid.stdout.hasSuffix("    today 2024-09-15 :milestone, today, 2024-09-15, 0d\n"))
    let json = try Binary.run(["export", csvPath, "--today", "2024-09-15", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    #expect((object["items"] as! [Any]).count == 23)
  }

  @Test func syncCheckThenSync() throws {
    let folder = try temporaryFolder()
    try Data("id,track,category,title,planned\n1,SRE,Infra,DNS,24.04.08-24.04.21\n".utf8).write(
      to: folder.appendingPathComponent("roadmap.csv"))
    let text = "# Post\r\n<!-- studylog:table track=SRE -->\r\n<!-- studylog:end -->\r\nbye"
    let postURL = folder.appendingPathComponent("post.md")
    try Data(text.utf8).write(to: postURL)
    let stale = try Binary.run(["sync", "post.md", "--roadmap", "roadmap.csv", "--check"], in: folder)
    #expect(stale.status == 1)
    #expect(stale.stderr == "post.md is out of date with roadmap.csv; run studylog sync to update it\n")
    #expect(try String(contentsOf: postURL, encoding: .utf8) == text)
    let sync = try Binary.run(["sync", "post.md", "--roadmap", "roadmap.csv"], in: folder)
    #expect(sync.status == 0)
    #expect(sync.stdout == "updated post.md (1 marked part)\n")
    #expect(
      try String(contentsOf: postURL, encoding: .utf8)
        == "# Post\r\n<!-- studylog:table track=SRE -->\r\n| Number | Category | Title | Description | Date |\r\n"
        + "| --- | --- | --- | --- | --- |\r\n| 1 | Infra | DNS |  | 24.04.08-24.04.21 |\r\n<!-- studylog:end -->\r\nbye"
    )
    let fresh = try Binary.run(["sync", "post.md", "--roadmap", "roadmap.csv", "--check"], in: folder)
    #expect(fresh.status == 0)
  }

  @Test func brokenMarkersExit65AndWriteNothing() throws {
    let folder = try temporaryFolder()
    try Data("category,title\nA,b\n".utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    let text = "x\n<!-- studylog:table -->\n"
    try Data(text.utf8).write(to: folder.appendingPathComponent("post.md"))
    let r = try Binary.run(["sync", "post.md", "--roadmap", "roadmap.csv"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr == "post.md:2: error: studylog:table opened here is never closed with <!-- studylog:end -->\n")
    #expect(try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8) == text)
  }
}
