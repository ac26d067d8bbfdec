import Foundation
import TestSupport
import Testing

/// `studylog sync`: checking and updating the marked parts of a post.
@Suite struct SyncCommandTests {
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
        == "# Post\r\n<!-- studylog:table track=SRE -->\r\n\r\n| Number | Category | Title | Description | Date |\r\n"
        + "| --- | --- | --- | --- | --- |\r\n| 1 | Infra | DNS |  | 24.04.08-24.04.21 |\r\n\r\n<!-- studylog:end -->\r\nbye"
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
  @Test func altIsWrittenIntoTheMarkerSoCheckPassesAfterSync() throws {
    let folder = try temporaryFolder()
    try Data(
      "id,track,category,title,planned,actual_start,actual_end\n1,SRE,Infra,DNS,24.04.08-24.04.21,2024-04-08,2024-04-20\n2,ML,Serving,Triton,24.05.01-24.05.30,,\n"
        .utf8
    ).write(to: folder.appendingPathComponent("roadmap.csv"))
    let text = """
      <!-- studylog:image src={{ "/assets/img/x.png" | relative_url }} -->
      <!-- studylog:end -->
      <!-- studylog:table track=SRE -->
      | 번호 | 제목 | 상태 |
      |---|---|---|
      <!-- studylog:end -->

      """
    try Data(text.utf8).write(to: folder.appendingPathComponent("post.md"))
    let sync = ["sync", "post.md", "--roadmap", "roadmap.csv", "--today", "2024-09-15"]
    let r = try Binary.run(sync + ["--alt", "커리어 맵 타임라인"], in: folder)
    #expect(r.status == 0)
    #expect(
      r.stderr == """
        post.md: warning: no studylog:table marker shows 'ML' (markers show 'SRE'); add <!-- studylog:table track="ML" --> <!-- studylog:end -->, or a marker without track= for every track
        post.md:3: note: 1 item has actual dates that this table does not show; add a column headed Actual (or 실제) to its header and delimiter rows to show them

        """)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8) == """
        <!-- studylog:image src='{{ "/assets/img/x.png" | relative_url }}' alt="커리어 맵 타임라인" -->

        ![커리어 맵 타임라인]({{ "/assets/img/x.png" | relative_url }})

        <!-- studylog:end -->
        <!-- studylog:table track=SRE -->

        | 번호 | 제목 | 상태 |
        |---|---|---|
        | 1 | DNS | 완료 |

        <!-- studylog:end -->

        """)
    #expect(try Binary.run(sync + ["--check"], in: folder).status == 0)
  }
}
