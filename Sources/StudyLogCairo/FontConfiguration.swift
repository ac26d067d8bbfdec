import CPangoCairo
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// studylog's own fontconfig configuration, which every chart is measured and drawn with.
///
/// The system's configuration (`/etc/fonts/fonts.conf` and its 35 or so rule files, with the
/// user's `~/.config/fontconfig/fonts.conf` among them) decides more than which fonts exist: its
/// rules can turn hinting, antialiasing or emboldening on, alias one family to another and reorder
/// fallbacks, so a tweak made for a desktop could change a chart's bytes. Reading it also costs:
/// fontconfig parses every rule file when it starts, and runs every rule each time Pango asks for a
/// font (about 5 ms of a 50-item chart).
///
/// This configuration reads the same fonts from the same folders and font caches as Debian's
/// (`/usr/share/fonts`, `/usr/local/share/fonts`, `~/.local/share/fonts`, `~/.fonts`). A folder whose
/// cache is missing or out of date is cached in `~/.cache/studylog/fontconfig` (fontconfig writes
/// to the first cache folder it can; only when that one cannot be made does it fall back to the
/// system's). It keeps only rules about which font draws what:
/// - bitmap fonts are left out, as Debian does;
/// - the generic families `sans-serif`, `serif` and `monospace` name Latin fonts first, then CJK
///   ones; a serif or monospace family Debian's `45-latin.conf`/`40-nonlatin.conf` name (DejaVu
///   Serif, Liberation Mono, NanumMyeongjo…) is followed by its generic family, so the characters
///   it lacks (Hangul) are drawn in a font of its kind, and any other family list without a generic
///   one ends with `sans-serif`;
/// - Arial, Helvetica, Times New Roman, Times, Courier New and Courier stand for the Liberation
///   fonts of the same metrics;
/// - `emoji` (the family Pango asks for emoji in) names the colour emoji fonts, and a bitmap-only
///   face (colour emoji are drawn from fixed-size bitmaps) is scaled to the size asked for, as
///   Debian's `10-scale-bitmap-fonts.conf` does: unscaled, an emoji is drawn 109 px tall;
/// - a face without bold or italic is emboldened or slanted;
/// - in the caches it builds, fonts-nanum's own scanning fixes: Nanum's bold faces are read as
///   bold, NanumSquare Bold's style as Bold.
///
/// How glyphs are rasterized is studylog's alone (`PangoText` sets the Cairo font options).
///
/// The system's configuration is kept (fontconfig loads it itself, as before) when:
/// - `FONTCONFIG_FILE` or `FONTCONFIG_PATH` is set in the environment (not empty): the user names
///   the configuration to use;
/// - the families to draw with name a font this configuration does not see: the first family of
///   the list, or any family outside `defaultFontFamilies` (a generic family or one of the metric
///   aliases above always counts as seen). Fonts that a configuration file adds from another
///   folder (TeX Live's, a user's `<dir>`), or a system that keeps its fonts elsewhere, are then
///   found as before;
/// - this configuration finds no font at all.
///
/// The choice is made once per process, before Pango first asks fontconfig for anything: by the
/// command for the families it draws with (`install(for:)`, before its first measurement), else by
/// the first font map or layout studylog makes, for the default families.
public enum FontConfiguration {
  /// The configuration, as fontconfig's XML.
  static let xml = """
    <?xml version="1.0"?>
    <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
    <fontconfig>
      <dir>/usr/share/fonts</dir>
      <dir>/usr/local/share/fonts</dir>
      <dir prefix="xdg">fonts</dir>
      <dir>~/.fonts</dir>
      <cachedir prefix="xdg">studylog/fontconfig</cachedir>
      <cachedir>/var/cache/fontconfig</cachedir>
      <cachedir prefix="xdg">fontconfig</cachedir>
      <cachedir>~/.fontconfig</cachedir>
      <selectfont>
        <rejectfont><pattern><patelt name="scalable"><bool>false</bool></patelt></pattern></rejectfont>
      </selectfont>
      <match target="scan">
        <test name="fullname" compare="eq"><string>NanumGothicBold</string></test>
        <edit name="weight" mode="assign"><const>bold</const></edit>
      </match>
      <match target="scan">
        <test name="fullname" compare="eq"><string>NanumBarunGothic Bold</string></test>
        <edit name="weight" mode="assign"><const>bold</const></edit>
      </match>
      <match target="scan">
        <test name="fullname" compare="eq"><string>NanumMyeongjoBold</string></test>
        <edit name="weight" mode="assign"><const>bold</const></edit>
      </match>
      <match target="scan">
        <test name="fullname" compare="eq"><string>NanumSquare Bold</string></test>
        <edit name="style" mode="assign_replace"><string>Bold</string></edit>
        <edit name="stylelang" mode="assign_replace"><string>en</string></edit>
      </match>
      \(metricAliasElements)
      \(kindElements)
      <match target="pattern">
        <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>
        <test qual="all" name="family" compare="not_eq"><string>serif</string></test>
        <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>
        <edit name="family" mode="append_last"><string>sans-serif</string></edit>
      </match>
      \(preferenceElements)
      <alias binding="same">
        <family>emoji</family>
        <prefer><family>Noto Color Emoji</family><family>Twitter Color Emoji</family><family>Noto Emoji</family></prefer>
      </alias>
      <match target="font">
        <test name="outline"><bool>false</bool></test>
        <edit name="pixelsizefixupfactor" mode="assign">
          <divide><name target="pattern">pixelsize</name><name target="font">pixelsize</name></divide>
        </edit>
      </match>
      <match target="font">
        <test name="outline"><bool>false</bool></test>
        <test name="pixelsizefixupfactor" compare="not_eq"><double>1</double></test>
        <edit name="matrix" mode="assign">
          <times>
            <name>matrix</name>
            <matrix><name>pixelsizefixupfactor</name><double>0</double><double>0</double><name>pixelsizefixupfactor</name></matrix>
          </times>
        </edit>
        <edit name="size" mode="assign"><divide><name>size</name><name>pixelsizefixupfactor</name></divide></edit>
      </match>
      <match target="font">
        <test name="weight" compare="less_eq"><const>medium</const></test>
        <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
        <edit name="embolden" mode="assign"><bool>true</bool></edit>
        <edit name="weight" mode="assign"><const>bold</const></edit>
      </match>
      <match target="font">
        <test name="slant"><const>roman</const></test>
        <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
        <edit name="matrix" mode="assign">
          <times><name>matrix</name><matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times>
        </edit>
        <edit name="slant" mode="assign"><const>oblique</const></edit>
      </match>
    </fontconfig>
    """

  /// The families the configuration names for the metrics of common fonts, as `<alias>`es.
  static let metricAliases: [(name: String, font: String)] = [
    ("Arial", "Liberation Sans"), ("Helvetica", "Liberation Sans"), ("Times New Roman", "Liberation Serif"),
    ("Times", "Liberation Serif"), ("Courier New", "Liberation Mono"), ("Courier", "Liberation Mono"),
  ]

  /// `metricAliases` as fontconfig's `<alias>` elements, one a line.
  static var metricAliasElements: String {
    metricAliases.map {
      "<alias binding=\"same\"><family>\($0.name)</family><accept><family>\($0.font)</family></accept></alias>"
    }.joined(separator: "\n  ")
  }

  /// Families followed by a generic family other than `sans-serif`, so that what they lack comes
  /// from a font of their kind (Debian's `45-latin.conf` and `40-nonlatin.conf`).
  static let kinds: [(family: String, generic: String)] =
    ["DejaVu Serif", "Liberation Serif", "Times New Roman", "Times", "NanumMyeongjo"].map { ($0, "serif") }
    + ["DejaVu Sans Mono", "Liberation Mono", "Courier New", "Courier", "NanumGothicCoding"].map {
      ($0, "monospace")
    }

  /// The fonts each generic family names, in order: Latin, then Korean and the other CJK fonts
  /// (after Debian's `60-latin.conf` and `65-nonlatin.conf`).
  static let preferences: [(generic: String, fonts: [String])] = [
    (
      "sans-serif",
      [
        "DejaVu Sans", "Noto Sans", "Liberation Sans", "NanumGothic", "Noto Sans CJK KR", "Noto Sans CJK JP",
        "Noto Sans CJK SC", "Noto Sans CJK TC",
      ]
    ),
    (
      "serif",
      [
        "DejaVu Serif", "Noto Serif", "Liberation Serif", "NanumMyeongjo", "Noto Serif CJK KR",
        "Noto Serif CJK JP", "Noto Serif CJK SC", "Noto Serif CJK TC",
      ]
    ),
    (
      "monospace",
      ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "NanumGothicCoding", "Noto Sans Mono CJK KR"]
    ),
  ]

  /// `kinds` as fontconfig's `<alias>` elements, one a line.
  static var kindElements: String {
    kinds.map {
      "<alias><family>\($0.family)</family><default><family>\($0.generic)</family></default></alias>"
    }.joined(separator: "\n  ")
  }

  /// `preferences` as fontconfig's `<alias>` elements, one a line.
  static var preferenceElements: String {
    preferences.map { generic, fonts in
      "<alias><family>\(generic)</family><prefer>"
        + fonts.map { "<family>\($0)</family>" }.joined() + "</prefer></alias>"
    }.joined(separator: "\n  ")
  }

  /// fontconfig's generic families, which the configuration resolves.
  static let genericFamilies: Set<String> = [
    "sans-serif", "sans", "serif", "monospace", "mono", "emoji", "system-ui", "cursive", "fantasy", "math",
  ]

  /// The configuration, built and with its fonts read, but not yet current; nil when the
  /// environment names another or it finds no font.
  nonisolated(unsafe) private static let built: OpaquePointer? = {
    #if os(Linux)
      // fontconfig reads an empty FONTCONFIG_PATH as unset; an empty FONTCONFIG_FILE makes it look
      // for its default file elsewhere, so that counts as unset here too.
      let named = ["FONTCONFIG_FILE", "FONTCONFIG_PATH"].contains { (name: String) -> Bool in
        getenv(name).map { $0.pointee != 0 } ?? false
      }
      guard !named, let config = FcConfigCreate() else { return nil }
      let parsed = xml.withCString { text in
        text.withMemoryRebound(to: FcChar8.self, capacity: xml.utf8.count + 1) {
          FcConfigParseAndLoadFromMemory(config, $0, FcTrue)
        }
      }
      guard parsed == FcTrue, FcConfigBuildFonts(config) == FcTrue,
        let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0
      else {
        FcConfigDestroy(config)
        return nil
      }
      return config
    #else
      return nil
    #endif
  }()

  /// Guards `decision`.
  private static let lock = DispatchQueue(label: "studylog.font-configuration")
  /// Whether the configuration was made current, once decided.
  nonisolated(unsafe) private static var decision: Bool?

  /// Makes the configuration fontconfig's current one, unless `families` (a Pango family list)
  /// names a font it does not see or it cannot be used (see above); returns whether it is current.
  /// Only the first call decides: later ones return what it decided, whatever their families.
  /// Every font map and layout studylog makes calls this first, with the default families.
  @discardableResult
  public static func install(for families: String = defaultFontFamilies) -> Bool {
    lock.sync {
      if let decision { return decision }
      var current = false
      if let built, sees(families, in: built) {
        // Pango's own start-up (`FcInit`) then finds it in place and loads nothing more. Its
        // creation's reference is never released: it serves the process to its end.
        current = FcConfigSetCurrent(built) == FcTrue
      }
      decision = current
      return current
    }
  }

  /// The configuration, built but maybe not current (for the tests).
  static var configuration: OpaquePointer? { built }

  /// Whether `config` sees the first family of `families` and every family outside
  /// `defaultFontFamilies`.
  static func sees(_ families: String, in config: OpaquePointer) -> Bool {
    let names = familyNames(families)
    let pinned = Set(familyNames(defaultFontFamilies))
    let aliases = Set(metricAliases.map { $0.name.lowercased() })
    for (index, name) in names.enumerated() where index == 0 || !pinned.contains(name) {
      let key = name.lowercased()
      if genericFamilies.contains(key) || aliases.contains(key) { continue }
      guard let pattern = FcPatternCreate() else { return false }
      defer { FcPatternDestroy(pattern) }
      _ = name.withCString { text in
        text.withMemoryRebound(to: FcChar8.self, capacity: name.utf8.count + 1) {
          FcPatternAddString(pattern, FC_FAMILY, $0)
        }
      }
      guard let fields = FcObjectSetCreate() else { return false }
      defer { FcObjectSetDestroy(fields) }
      _ = FcObjectSetAdd(fields, FC_FAMILY)
      guard let found = FcFontList(config, pattern, fields) else { return false }
      defer { FcFontSetDestroy(found) }
      if found.pointee.nfont == 0 { return false }
    }
    return true
  }

  /// The families of a Pango family list, as Pango splits it (commas), trimmed.
  static func familyNames(_ families: String) -> [String] {
    families.split(separator: ",").map { name in
      String(name.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }.filter { !$0.isEmpty }
  }

  /// A new Pango font map, the configuration decided first (for the default families, unless a
  /// command decided already).
  static func newFontMap() -> UnsafeMutablePointer<PangoFontMap> {
    install()
    return pango_cairo_font_map_new()!
  }

  /// Builds the configuration (above) on a thread of Dispatch's and returns at once, so that
  /// building it overlaps parsing a drawing command's arguments: the first `install(for:)` waits
  /// for it if it is not ready.
  public static func start() {
    DispatchQueue.global(qos: .userInitiated).async { _ = built }
  }
}
