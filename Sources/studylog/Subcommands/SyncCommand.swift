import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog sync`: a post whose marked parts are refreshed from the roadmap, in place.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Refresh the parts of a post between studylog markers from the roadmap.",
    discussion: """
      Replaces what stands between <!-- studylog:table track=SRE --> (or without track=, every \
      track) and <!-- studylog:end --> with the exported table, keeping the header row and the \
      cells of columns studylog does not own; between <!-- studylog:image src="PATH" --> and \
      <!-- studylog:end --> with the image (a <picture> when the marker gives dark="PATH"); and \
      between <!-- studylog:report src="PATH" --> and <!-- studylog:end --> with the image, the \
      summary, the week and the comparison. What is written stands between blank lines, as \
      kramdown needs. Markers inside fenced code blocks (``` or ~~~) are examples and stay. Every \
      other byte stays, in the post's encoding (UTF-8 with or without a byte-order mark, UTF-16, \
      CP949), and the post keeps its permissions and owner; a symbolic link stays a link to the \
      updated post. A read-only post, or one changed by another program while sync ran, is not \
      written (exit 73). With --check, changes nothing and exits 1 when the post is out of date.
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

  @Option(
    help: """
      The images' alt text, written into the image and report markers (alt="…"). Default: what the \
      chart shows, in the roadmap's language.
      """)
  var alt: String?

  @Option(
    help: ArgumentHelp(
      "The image's path or URL, written into the image markers (src=\"…\").", valueName: "path"))
  var src: String?

  @Option(
    help: ArgumentHelp(
      "The dark-theme image's path or URL, written into the image markers (dark=\"…\"): a <picture>.",
      valueName: "path"))
  var dark: String?

  @Option(help: "The charts' title in the default alt text. Default: from the roadmap's file name.")
  var title: String?

  @OptionGroup var locale: LocaleOption

  @OptionGroup var config: ConfigOption

  @OptionGroup var sessions: SessionsOption

  func validate() throws {
    if post == "-" { throw ValidationError("sync edits a file in place: give its path, not -") }
  }

  func run() throws {
    // The post first: what is read now is what must still be there when the new post replaces it.
    let original = try InputFile.snapshot(post)
    try InputLimits.check(original.bytes, source: post, kind: .post)
    let decoded = try InputFile.decode(original.bytes, name: post)
    let roadmapInput = try RoadmapInput.parse([roadmap] + (today.map { ["--today", $0] } ?? []))
    let (loaded, day) = try roadmapInput.loadValid()
    let changes = [("src", src), ("dark", dark), ("alt", alt)].compactMap { key, value in
      value.map { (key: key, value: $0) }
    }
    let configured = try config.settings(for: roadmap).settings
    let words = ReportWords(roadmapInput, roadmap: loaded, locale: locale, settings: configured, title: title)
    let settings = PostSync.Settings(
      style: dateStyle, today: day, language: words.language, title: words.title,
      sessions: try sessions.load(
        roadmapFile: roadmap, roadmap: loaded, today: day, configured: configured.sessions),
      imageChanges: changes)
    let outcome = PostSync.sync(
      post: String(decoding: decoded.utf8, as: UTF8.self), source: post, roadmap: loaded, settings: settings)
    Console.printDiagnostics(outcome.diagnostics)
    if outcome.diagnostics.hasErrors { throw InputError.reported }
    if outcome.blocks == 0 {
      Console.printError(
        "studylog: warning: \(post) has no <!-- studylog:table -->, <!-- studylog:image --> or <!-- studylog:report --> markers"
      )
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
