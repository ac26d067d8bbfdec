import ArgumentParser
import StudyLog
import StudyLogCairo

/// `studylog doctor`: whether the fonts charts need for Latin and Hangul text are installed.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check that the fonts charts need are installed.",
    discussion: "Measures Latin and Hangul sample text with Pango. Exits 69 when a script has no font.")

  @Option(help: "Font families to check, as a comma-separated Pango family list.")
  var font: String = defaultFontFamilies

  func run() throws {
    FontConfiguration.install(for: font)
    let measurer = PangoTextMeasurer(families: font)
    var missing: [String] = []
    for (script, sample, package) in [
      ("Latin", "Roadmap 2024", "fonts-dejavu-core"), ("Hangul", "학습 로드맵 한글", "fonts-nanum"),
    ] {
      let extent = measurer.measure(sample, size: 12)
      let ok = extent.unknownGlyphs == 0
      Console.print(
        "\(script): \(ok ? "ok" : "\(extent.unknownGlyphs) characters cannot be drawn; install \(package)")"
          + " ('\(sample)' is \(Printf.format("%.1f", extent.width)) pt wide at 12 pt)\n")
      if !ok { missing.append(package) }
    }
    if !missing.isEmpty { throw MissingFonts(packages: missing) }
  }

  /// Scripts that no installed font can draw, and the Debian packages that would (exit 69).
  struct MissingFonts: StudyLogError {
    let packages: [String]

    var errorDescription: String? {
      "missing fonts; run: sudo apt-get install \(packages.joined(separator: " "))"
    }

    var exitCode: Int32 { ExitStatus.unavailable }
  }
}
