import Foundation
import TestSupport
import Testing

/// The hostile inputs of issue 9, one by one, through the command: what each output says of them,
/// byte for byte. (`MarkdownEngineTests` renders them all with kramdown and cmark-gfm.)
@Suite struct HostileInputTests {
  static let today = ["--today", "2024-09-15"]

  /// A roadmap file with these rows under `header`, written with Python's quoting rules (fields
  /// holding commas, quotes or line breaks quoted), in a fresh folder.
  static func roadmap(_ header: String, _ rows: [[String]]) throws -> URL {
    let folder = try temporaryFolder()
    let lines = rows.map { row in
      row.map { field in
        field.contains(where: { ",\"\n\r".contains($0) })
          ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
      }.joined(separator: ",")
    }
    try Data(([header] + lines).map { $0 + "\n" }.joined().utf8).write(
      to: folder.appendingPathComponent("roadmap.csv"))
    return folder
  }

  static func run(_ arguments: [String], in folder: URL) throws -> Run {
    try Binary.run(arguments + today, in: folder)
  }

  @Test func aURLThatWouldEndItsLinkIsRefusedAndSaysWhy() throws {
    let url = "https://evil.example/x)<script>alert(document.domain)</script>"
    let folder = try Self.roadmap(
      "id,track,category,title,url,planned", [["1", "SRE", "Infra", "DNS", url, "24.09.01-24.09.30"]])
    let check = try Self.run(["check", "roadmap.csv"], in: folder)
    #expect(check.status == 65)
    #expect(
      check.stdout == """
        roadmap.csv:2:17: error: url '\(url)' is not a valid http or https link: '<' is not allowed in a URL (percent-encode it as %3C)
        roadmap.csv: 1 item, 1 error, 0 warnings

        """)
    // Nothing is written for a roadmap with errors: not week.md, not a synced post.
    let week = try Self.run(["week", "roadmap.csv", "--format", "markdown"], in: folder)
    #expect(week.status == 65)
    #expect(week.stdout == "")
    // A | would split the row.
    let pipe = try Self.roadmap("category,title,url", [["Infra", "DNS", "https://evil.example/a|b"]])
    #expect(
      try Self.run(["check", "roadmap.csv"], in: pipe).stdout.hasPrefix(
        "roadmap.csv:2:11: error: url 'https://evil.example/a|b' is not a valid http or https link: '|' is not allowed in a URL (percent-encode it as %7C)\n"
      ))
  }

  @Test func aTrackWithATagIsText() throws {
    let folder = try Self.roadmap(
      "id,track,category,title,planned,actual",
      [["1", "SRE <img src=x onerror=alert(2)>", "Infra", "DNS", "24.09.01-24.09.30", "24.09.01-"]])
    let export = try Self.run(["export", "roadmap.csv"], in: folder)
    #expect(
      export.stdout == """
        ### SRE &lt;img src=x onerror=alert(2)>

        | Number | Category | Title | Description | Date | Actual |
        | --- | --- | --- | --- | --- | --- |
        | 1 | Infra | DNS |  | 24.09.01-24.09.30 | 24.09.01- |

        """)
    let summary = try Self.run(
      ["summary", "roadmap.csv", "--by", "track", "--format", "markdown"], in: folder)
    #expect(
      summary.stdout.split(separator: "\n")[3]
        == "| SRE &lt;img src=x onerror=alert(2)> | 1 | 0 | 1 | 0 | 0 | 0 | 0% | 0% | 2024-09-01 – 2024-09-30 | 0 | – |"
    )
  }

  @Test func aTrackWithLineBreaksStaysOneHeadingAndWritesNoMarker() throws {
    let track = "SRE\n<script>alert(document.domain)</script>\n<!-- studylog:end -->"
    let folder = try Self.roadmap(
      "id,track,category,title,planned", [["1", track, "Infra", "DNS", "24.09.01-24.09.30"]])
    let heading = "### SRE<br>&lt;script>alert(document.domain)&lt;/script><br>&lt;!-- studylog:end -->"
    #expect(try Self.run(["export", "roadmap.csv"], in: folder).stdout.hasPrefix(heading + "\n\n"))
    let post = folder.appendingPathComponent("post.md")
    try Data("# Post\n\n<!-- studylog:table -->\n<!-- studylog:end -->\n".utf8).write(to: post)
    let first = try Self.run(["sync", "post.md", "--roadmap", "roadmap.csv"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      try String(contentsOf: post, encoding: .utf8) == """
        # Post

        <!-- studylog:table -->

        \(heading)

        | Number | Category | Title | Description | Date |
        | --- | --- | --- | --- | --- |
        | 1 | Infra | DNS |  | 24.09.01-24.09.30 |

        <!-- studylog:end -->

        """)
    // Its markers are still its own: sync runs again, and finds the post up to date.
    let again = try Self.run(["sync", "post.md", "--roadmap", "roadmap.csv"], in: folder)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout == "post.md is up to date\n")
  }

  @Test func aScriptTitleIsText() throws {
    let folder = try Self.roadmap(
      "id,category,title,planned", [["1", "Serving", "<script>", "24.09.02-24.09.20"]])
    #expect(
      try Self.run(["export", "roadmap.csv"], in: folder).stdout.hasSuffix(
        "| 1 | Serving | &lt;script> |  | 24.09.02-24.09.20 |\n"))
    #expect(
      try Self.run(["compare", "roadmap.csv", "--format", "markdown"], in: folder).stdout.contains(
        "\n| 1 | Serving | &lt;script> | 2024-09-02 – 2024-09-20 | – | – | – | 19 | – | – | planned |\n"))
    #expect(
      try Self.run(["week", "roadmap.csv", "--format", "markdown"], in: folder).stdout.contains(
        "\n- **&lt;script>** (Serving) — planned end 2024-09-20\n"))
  }

  @Test func aJavascriptLinkInATitleIsText() throws {
    let folder = try Self.roadmap(
      "id,category,title,url,planned",
      [["1", "Serving", "[click](javascript:alert(1))", "https://blog.example/x", "24.08.01-24.08.31"]])
    #expect(
      try Self.run(["export", "roadmap.csv"], in: folder).stdout.hasSuffix(
        "| 1 | Serving | [\\[click\\](javascript:alert(1))](https://blog.example/x) |  | 24.08.01-24.08.31 |\n"
      ))
    #expect(
      try Self.run(["week", "roadmap.csv", "--format", "markdown"], in: folder).stdout.contains(
        "\n- **[\\[click\\](javascript:alert(1))](https://blog.example/x)** (Serving) — 15 days late (planned end 2024-08-31)\n"
      ))
    #expect(
      try Self.run(["compare", "roadmap.csv", "--format", "markdown"], in: folder).stdout.contains(
        "\n| 1 | Serving | \\[click\\](javascript:alert(1)) | 2024-08-01 – 2024-08-31 |"))
  }

  @Test func aFormulaIsNeutralisedInEveryCSVAndReadsBack() throws {
    let formula = #"=HYPERLINK("https://evil.example","click")"#
    let folder = try Self.roadmap(
      "id,category,title,planned,actual",
      [["1", "@SUM(1+1)", formula, "24.08.01-24.08.31", "24.08.01-24.08.28"]])
    // compare: text cells guarded, the slip -3 a number.
    #expect(
      try Self.run(["compare", "roadmap.csv", "--format", "csv"], in: folder).stdout.split(separator: "\n")[1]
        == #"1,"'@SUM(1+1)","'=HYPERLINK(""https://evil.example"",""click"")",2024-08-01,2024-08-31,2024-08-01,2024-08-28,0,-3,31,28,done,,0.90,false"#
    )
    // import: the roadmap CSV is guarded, and check reads the title back as it was.
    let export = try Self.run(["export", "roadmap.csv"], in: folder)
    try Data(export.stdout.utf8).write(to: folder.appendingPathComponent("post.md"))
    #expect(try Self.run(["import", "post.md", "-o", "back.csv"], in: folder).status == 0)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("back.csv"), encoding: .utf8).hasSuffix(
        #"1,,"'@SUM(1+1)","'=HYPERLINK(""https://evil.example"",""click"")",,,2024-08-01,2024-08-31,2024-08-01,2024-08-28,,"#
          + "\n"))
    #expect(
      try Self.run(["check", "back.csv"], in: folder).stdout == "back.csv: 1 item, 0 errors, 0 warnings\n")
    let json = try Self.run(["export", "back.csv", "--format", "json"], in: folder).stdout
    #expect(json.contains(#""title": "=HYPERLINK(\"https://evil.example\",\"click\")","#))
    // log: the note is guarded in the session log, which still reads.
    let log = try Self.run(
      ["log", "roadmap.csv", "--item", "1", "--hours", "1", "--note", formula], in: folder)
    #expect(log.status == 0, "\(log.stderr)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("roadmap.sessions.csv"), encoding: .utf8)
        == "date,item,hours,note\n" + #"2024-09-15,1,1,"'=HYPERLINK(""https://evil.example"",""click"")""#
        + "\n")
    #expect(try Self.run(["week", "roadmap.csv"], in: folder).status == 0)
  }

  @Test func escapeSequencesInATitleAreShownNotRun() throws {
    let title = "\u{1B}[2J\u{1B}[H\u{1B}]0;owned\u{07} DNS"
    let shown = #"\u{1B}[2J\u{1B}[H\u{1B}]0;owned\u{7} DNS"#
    let folder = try Self.roadmap(
      "id,category,title,planned,actual",
      [
        ["1", "Infra", title, "24.09.01-24.09.30", "24.09.02-"],
        ["2", "Infra", title, "24.08.01-24.08.30", ""],
      ])
    // The diagnostic on standard error, and the text reports on standard output.
    let week = try Self.run(["week", "roadmap.csv"], in: folder)
    #expect(week.stderr == "roadmap.csv:3:9: warning: title '\(shown)' is also used on line 2\n")
    #expect(week.stdout.contains("\n  #1 \(shown) [Infra]  14 days  30 days       50%         –  –\n"))
    #expect(week.stdout.contains("\n  - #2 \(shown) [Infra] — 16 days late (planned end 2024-08-30)\n"))
    let compare = try Self.run(["compare", "roadmap.csv"], in: folder).stdout
    #expect(compare.contains("\n1   Infra     \\u{1B}[2J\\u{1B}[H\\u{1B}]0;own…  2024-09-01 – 2024-09-30  "))
    for output in [week.stdout, week.stderr, compare] { #expect(!output.contains("\u{1B}")) }
  }

  @Test func aRightToLeftOverrideIsShownNotApplied() throws {
    let folder = try Self.roadmap(
      "id,category,title,planned", [["1", "Serving", "Invoice \u{202E}gnp.exe", "24.09.02-24.09.20"]])
    #expect(
      try Self.run(["week", "roadmap.csv"], in: folder).stdout.contains(
        "\n  - #1 Invoice \\u{202E}gnp.exe [Serving] — planned end 2024-09-20\n"))
    #expect(
      try Self.run(["export", "roadmap.csv", "--format", "json"], in: folder).stdout.contains(
        #""title": "Invoice \u202egnp.exe","#))
  }
}
