import ArgumentParser
import StudyLog

/// `--locale`, shared by every command that writes words. Without it, the roadmap's own language
/// (`Language.detected(for:)`) decides.
struct LocaleOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Language of the words written: en or ko (default: ko when most titles hold Hangul, else en).",
      valueName: "locale"))
  var locale: Language?

  /// The language to write `roadmap`'s outputs in: `--locale`, else the config's (`configured`),
  /// else the roadmap's own. When the roadmap's titles chose Korean, says so on standard error:
  /// never in the output, which may be CSV, JSON or a post.
  func language(for roadmap: Roadmap, configured: Language? = nil) -> Language {
    if let chosen = locale ?? configured { return chosen }
    let detected = Language.detected(for: roadmap)
    if detected == .ko {
      Console.printError(
        "studylog: note: writing Korean, as most item titles are in Hangul (--locale en for English)")
    }
    return detected
  }
}
