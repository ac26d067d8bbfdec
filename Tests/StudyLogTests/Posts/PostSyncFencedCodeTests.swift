import TestSupport
import Testing

@testable import StudyLog

/// Markers inside fenced code blocks are examples of markers, which sync leaves alone.
@Suite struct PostSyncFencedCodeTests {
  let roadmap = Roadmap.load(
    csv: "id,track,category,title,planned\n1,SRE,Infra,DNS,24.04.08-24.04.21\n", source: "roadmap.csv",
    today: sampleToday
  ).roadmap

  /// A post that shows how to use the markers, in a ``` block and a ~~~ block, before using them.
  let post = """
    # How to keep a roadmap in a post

    Put these lines in your post:

    ```markdown
    <!-- studylog:table track=SRE -->
    <!-- studylog:end -->
    ```

    ~~~~
    <!-- studylog:image src=/example.png -->
    ```
    <!-- studylog:end -->
    ~~~~

    <!-- studylog:table track=SRE -->
    <!-- studylog:end -->

    """

  @Test func examplesStayAndOnlyTheLiveMarkersAreFilled() {
    let outcome = PostSync.sync(post: post, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.blocks == 1)
    #expect(
      outcome.text
        == post.replacingOccurrences(
          of: "~~~~\n\n<!-- studylog:table track=SRE -->\n",
          with:
            "~~~~\n\n<!-- studylog:table track=SRE -->\n\n| Number | Category | Title | Description | Date |\n"
            + "| --- | --- | --- | --- | --- |\n| 1 | Infra | DNS |  | 24.04.08-24.04.21 |\n\n"))
  }

  @Test func anExampleOfABrokenMarkerIsNoError() {
    let text = "```\n<!-- studylog:table -->\n```\n\n~~~\n<!-- studylog:end -->\n~~~\n"
    let outcome = PostSync.sync(post: text, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.blocks == 0)
    #expect(outcome.text == text)
    #expect(!outcome.changed)
  }

  @Test func aFenceOpenedInsideAMarkedPartHidesItsEnd() {
    // As CommonMark reads it, the fence runs to the end of the post, so the end marker is text.
    let text = "<!-- studylog:table -->\n```\n<!-- studylog:end -->\n"
    let outcome = PostSync.sync(post: text, source: "p.md", roadmap: roadmap, style: .yymmdd, imageAlt: "")
    #expect(
      outcome.diagnostics.map(\.description) == [
        "p.md:1: error: studylog:table opened here is never closed with <!-- studylog:end -->",
        "p.md:2: warning: this code fence is never closed, so the studylog markers after it are taken as examples; close it",
      ])
  }
}
