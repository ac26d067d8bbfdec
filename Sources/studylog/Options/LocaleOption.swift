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

  /// The language to write `roadmap`'s outputs in.
  func language(for roadmap: Roadmap) -> Language { locale ?? .detected(for: roadmap) }
}
