import ArgumentParser
import Foundation
import StudyLog

/// `studylog sync`: a post whose marked parts are refreshed from the roadmap, in place.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Refresh the parts of a post between studylog markers from the roadmap.",
    discussion: """
      Replaces what stands between <!-- studylog:table track=SRE --> (or without track=, every \
      track) and <!-- studylog:end --> with the exported table, keeping the header row already \
      there; and between <!-- studylog:image src=PATH --> and <!-- studylog:end --> with the image \
      tag; markers inside fenced code blocks (``` or ~~~) are examples and stay. Every other byte \
      stays, in the post's encoding (UTF-8 with or without a byte-order mark, UTF-16, CP949), and \
      the post keeps its permissions and owner; a symbolic link stays a link to the updated post. \
      A read-only post, or one changed by another program while sync ran, is not written (exit 73). \
      With --check, changes nothing and exits 1 when the post is out of date.
      """)

  @Argument(help: "The post to update.")
  var post: String

  @Option(help: ArgumentHelp("The roadmap CSV.", valueName: "file"))
  var roadmap: String

  @Flag(help: "Change nothing; exit 1 when the post is out of date (for a blog's CI).")
  var check = false

  @Option(help: "Dates in tables: yy.mm.dd or iso.")
  var dateStyle: DateStyle = .yymmdd

  @Option(help: ArgumentHelp("Today, for the roadmap's checks (YYYY-MM-DD).", valueName: "day"))
  var today: String?

  @Option(help: "The image's alt text. Default: the title from the roadmap's file name.")
  var alt: String?

  func validate() throws {
    if post == "-" { throw ValidationError("sync edits a file in place: give its path, not -") }
  }

  func run() throws {
    // The post first: what is read now is what must still be there when the new post replaces it.
    let original = try InputFile.snapshot(post)
    try InputLimits.check(original.bytes, source: post, kind: .post)
    let decoded = try InputFile.decode(original.bytes, name: post)
    let roadmapInput = try RoadmapInput.parse([roadmap] + (today.map { ["--today", $0] } ?? []))
    let (loaded, _) = try roadmapInput.loadValid()
    let outcome = PostSync.sync(
      post: String(decoding: decoded.utf8, as: UTF8.self), source: post, roadmap: loaded, style: dateStyle,
      imageAlt: alt ?? roadmapInput.defaultTitle)
    Console.printDiagnostics(outcome.diagnostics)
    if outcome.diagnostics.hasErrors { throw InputError.reported }
    if outcome.blocks == 0 {
      Console.printError(
        "studylog: warning: \(post) has no <!-- studylog:table --> or <!-- studylog:image --> markers")
    }
    if check {
      if outcome.changed {
        Console.printError("\(post) is out of date with \(roadmap); run studylog sync to update it")
        throw ExitCode(1)
      }
      return
    }
    if outcome.changed {
      guard original.identity != nil else { throw WriteError.notARegularFile(post) }
      let bytes = try PostSync.encode(outcome.text, like: decoded, original: original.bytes, source: post)
        .get()
      try OutputFile.write(Data(bytes), to: post, inputs: [roadmap], replacing: original)
      Console.print("updated \(post) (\(outcome.blocks) marked part\(outcome.blocks == 1 ? "" : "s"))\n")
    } else {
      Console.print("\(post) is up to date\n")
    }
  }
}
