import StudyLog
import StudyLogConfig

/// The language and title of a command's words: `--locale` over the config's `locale` over the
/// roadmap's own language; `--title` (where the command has one) over the config's `title` over
/// the default made from the file's name.
struct ReportWords {
  let language: Language
  let title: String

  init(
    _ input: RoadmapInput, roadmap: Roadmap, locale: LocaleOption, settings: RoadmapSettings,
    title: String? = nil
  ) {
    language = locale.language(for: roadmap, configured: settings.locale)
    self.title = title ?? settings.title ?? input.defaultTitle(in: language)
  }

  /// The same, with the settings read from the roadmap's config (its diagnostics printed).
  init(
    _ input: RoadmapInput, roadmap: Roadmap, locale: LocaleOption, config: ConfigOption, title: String? = nil
  ) throws {
    self.init(
      input, roadmap: roadmap, locale: locale, settings: try config.settings(for: input.file).settings,
      title: title)
  }
}
