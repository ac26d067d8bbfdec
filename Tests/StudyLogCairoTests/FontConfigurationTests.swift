import CPangoCairo
import Foundation
import StudyLogChart
import Testing

@testable import StudyLogCairo

/// What studylog's own fontconfig configuration (`FontConfiguration`) resolves: the pinned
/// families, the generic ones, the metric aliases, and bold faces. (A user's rules leaving charts
/// alone, and `FONTCONFIG_FILE` taking over, are checked with the binary in
/// `FontConfigurationCommandTests`.)
@Suite struct FontConfigurationTests {
  /// Whether the test process was started with a configuration of its own.
  static let configurationNamed = ["FONTCONFIG_FILE", "FONTCONFIG_PATH"].contains {
    !(ProcessInfo.processInfo.environment[$0] ?? "").isEmpty
  }

  /// The family Pango draws the first run of `text` with, in `families`.
  func family(of text: String, in families: String, bold: Bool = false) -> String? {
    PangoTextMeasurer(families: families).fontRuns(of: text, font: Font(size: 11, bold: bold)).first?.family
  }

  @Test(.enabled(if: !configurationNamed)) func isTheCurrentConfiguration() {
    #expect(FontConfiguration.install())
    // The current configuration is studylog's: it reads no configuration file.
    let current = FcConfigGetCurrent()
    let files = FcConfigGetConfigFiles(current)
    defer { FcStrListDone(files) }
    #expect(FcStrListNext(files) == nil)
  }

  /// Which family lists the configuration serves: the first family and every family outside the
  /// default list must be a font it sees, a generic family or a metric alias.
  @Test(.enabled(if: !configurationNamed)) func seesTheFamiliesItCanDraw() throws {
    let config = try #require(FontConfiguration.configuration)
    // Noto Sans CJK KR is not installed here; it is one of the default families.
    #expect(FontConfiguration.sees(defaultFontFamilies, in: config))
    #expect(FontConfiguration.sees("DejaVu Sans, NanumGothic", in: config))
    #expect(FontConfiguration.sees(" serif ,monospace", in: config))
    #expect(FontConfiguration.sees("Arial, NanumGothic", in: config))
    #expect(FontConfiguration.sees("nanumgothic", in: config))
    #expect(!FontConfiguration.sees("No Such Family", in: config))
    #expect(!FontConfiguration.sees("NanumGothic, No Such Family", in: config))
    #expect(!FontConfiguration.sees("Noto Sans CJK KR, NanumGothic", in: config) || hasNotoCJK)
    #expect(FontConfiguration.familyNames(" A ,B,, C\t") == ["A", "B", "C"])
  }

  /// Whether Noto Sans CJK is installed (it is not by `scripts/setup`).
  var hasNotoCJK: Bool {
    PangoTextMeasurer(families: "Noto Sans CJK KR").fontRuns(of: "A", font: Font(size: 11)).first?.family
      == "Noto Sans CJK KR"
  }

  @Test(.enabled(if: !configurationNamed)) func genericFamiliesNameTheirLatinFontsFirst() {
    #expect(family(of: "Roadmap", in: "sans-serif") == "DejaVu Sans")
    #expect(family(of: "Roadmap", in: "serif") == "DejaVu Serif")
    #expect(family(of: "Roadmap", in: "monospace") == "DejaVu Sans Mono")
    // A list without a generic family ends with sans-serif.
    #expect(family(of: "Roadmap", in: "No Such Family") == "DejaVu Sans")
    // Hangul, which DejaVu lacks, comes from the Korean font of the same kind.
    #expect(family(of: "학습", in: "serif") == "NanumMyeongjo")
    #expect(family(of: "학습", in: "sans-serif") == "NanumGothic")
    // A serif or monospace family's Hangul comes from a Korean font of its kind, not sans-serif's.
    #expect(family(of: "학습", in: "DejaVu Serif") == "NanumMyeongjo")
    #expect(family(of: "학습", in: "Times New Roman") == "NanumMyeongjo")
    #expect(family(of: "학습", in: "DejaVu Sans Mono") == "NanumGothicCoding")
    #expect(family(of: "학습", in: "Liberation Mono") == "NanumGothicCoding")
  }

  /// The file fontconfig matches to `name` (fontconfig's `family:style` form), and whether it is
  /// emboldened.
  func match(_ name: String) throws -> (file: String, emboldened: Bool) {
    let pattern = try #require(FcNameParse(name))
    defer { FcPatternDestroy(pattern) }
    FcConfigSubstitute(nil, pattern, FcMatchPattern)
    FcDefaultSubstitute(pattern)
    var result = FcResultMatch
    let font = try #require(FcFontMatch(nil, pattern, &result))
    defer { FcPatternDestroy(font) }
    var file: UnsafeMutablePointer<FcChar8>?
    #expect(FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch)
    var embolden: FcBool = FcFalse
    _ = FcPatternGetBool(font, FC_EMBOLDEN, 0, &embolden)
    return (file.map { String(cString: $0) } ?? "", embolden == FcTrue)
  }

  @Test(.enabled(if: !configurationNamed)) func boldIsDrawnWithBoldFaces() throws {
    FontConfiguration.install()
    let nanum = try match("NanumGothic:bold")
    #expect(nanum.file.hasSuffix("/NanumGothicBold.ttf"))
    #expect(!nanum.emboldened)
    let dejaVu = try match("DejaVu Sans:bold")
    #expect(dejaVu.file.hasSuffix("/DejaVuSans-Bold.ttf"))
    #expect(!dejaVu.emboldened)
    #expect(family(of: "학습", in: defaultFontFamilies, bold: true) == "NanumGothic")
  }

  @Test(
    .enabled(if: !configurationNamed),
    .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/liberation2"))
  )
  func metricAliasesNameLiberation() {
    #expect(family(of: "Roadmap", in: "Arial") == "Liberation Sans")
    #expect(family(of: "Roadmap", in: "Times New Roman") == "Liberation Serif")
    #expect(family(of: "Roadmap", in: "Courier New") == "Liberation Mono")
  }

  /// A colour emoji face is a fixed-size bitmap (109 px for Noto Color Emoji): it is scaled to the
  /// size asked for, and `emoji`, the family Pango asks for emoji in, names it.
  @Test(.enabled(if: !configurationNamed)) func colourEmojiAreScaledToTheSizeAskedFor() throws {
    #expect(FontConfiguration.install())
    let pattern = try #require(FcNameParse("emoji:pixelsize=11"))
    defer { FcPatternDestroy(pattern) }
    FcConfigSubstitute(nil, pattern, FcMatchPattern)
    var first: UnsafeMutablePointer<FcChar8>?
    #expect(FcPatternGetString(pattern, FC_FAMILY, 0, &first) == FcResultMatch)
    #expect(first.map { String(cString: $0) } == "Noto Color Emoji")
    // The face as fontconfig's cache describes Noto Color Emoji.
    let font = try #require(
      FcNameParse("Noto Color Emoji:pixelsize=109:outline=false:scalable=true:color=true"))
    defer { FcPatternDestroy(font) }
    FcConfigSubstituteWithPat(nil, font, pattern, FcMatchFont)
    var matrix: UnsafeMutablePointer<FcMatrix>?
    #expect(FcPatternGetMatrix(font, FC_MATRIX, 0, &matrix) == FcResultMatch)
    #expect(abs((matrix?.pointee.xx ?? 0) - 11.0 / 109) < 1e-9)
    #expect(abs((matrix?.pointee.yy ?? 0) - 11.0 / 109) < 1e-9)
  }
}
