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
/// cache is missing or out of date is cached in `~/.cache/studylog/fontconfig`, never in the
/// system's cache folders, which other programs read with their own scanning rules. It keeps only
/// rules about which font draws what:
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
/// - Nanum's bold faces are read as bold (fonts-nanum's own scanning fix) in the caches it
///   builds.
///
/// How glyphs are rasterized is studylog's alone (`PangoText` sets the Cairo font options).
/// `FONTCONFIG_FILE` or `FONTCONFIG_PATH` set in the environment keeps the configuration they name,
/// and so does a system where this one finds no font at all (fonts kept elsewhere than the usual
/// folders).
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
      <alias binding="same"><family>Arial</family><accept><family>Liberation Sans</family></accept></alias>
      <alias binding="same"><family>Helvetica</family><accept><family>Liberation Sans</family></accept></alias>
      <alias binding="same"><family>Times New Roman</family><accept><family>Liberation Serif</family></accept></alias>
      <alias binding="same"><family>Times</family><accept><family>Liberation Serif</family></accept></alias>
      <alias binding="same"><family>Courier New</family><accept><family>Liberation Mono</family></accept></alias>
      <alias binding="same"><family>Courier</family><accept><family>Liberation Mono</family></accept></alias>
      <alias><family>DejaVu Serif</family><default><family>serif</family></default></alias>
      <alias><family>Liberation Serif</family><default><family>serif</family></default></alias>
      <alias><family>Times New Roman</family><default><family>serif</family></default></alias>
      <alias><family>Times</family><default><family>serif</family></default></alias>
      <alias><family>NanumMyeongjo</family><default><family>serif</family></default></alias>
      <alias><family>DejaVu Sans Mono</family><default><family>monospace</family></default></alias>
      <alias><family>Liberation Mono</family><default><family>monospace</family></default></alias>
      <alias><family>Courier New</family><default><family>monospace</family></default></alias>
      <alias><family>Courier</family><default><family>monospace</family></default></alias>
      <alias><family>NanumGothicCoding</family><default><family>monospace</family></default></alias>
      <match target="pattern">
        <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>
        <test qual="all" name="family" compare="not_eq"><string>serif</string></test>
        <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>
        <edit name="family" mode="append_last"><string>sans-serif</string></edit>
      </match>
      <alias>
        <family>sans-serif</family>
        <prefer>
          <family>DejaVu Sans</family><family>Noto Sans</family><family>Liberation Sans</family>
          <family>NanumGothic</family><family>Noto Sans CJK KR</family><family>Noto Sans CJK JP</family>
          <family>Noto Sans CJK SC</family><family>Noto Sans CJK TC</family>
        </prefer>
      </alias>
      <alias>
        <family>serif</family>
        <prefer>
          <family>DejaVu Serif</family><family>Noto Serif</family><family>Liberation Serif</family>
          <family>NanumMyeongjo</family><family>Noto Serif CJK KR</family><family>Noto Serif CJK JP</family>
          <family>Noto Serif CJK SC</family><family>Noto Serif CJK TC</family>
        </prefer>
      </alias>
      <alias>
        <family>monospace</family>
        <prefer>
          <family>DejaVu Sans Mono</family><family>Noto Sans Mono</family><family>Liberation Mono</family>
          <family>NanumGothicCoding</family><family>Noto Sans Mono CJK KR</family>
        </prefer>
      </alias>
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

  /// Whether the process draws with this configuration (false: with the one fontconfig loads
  /// itself). Decided once, before Pango first asks fontconfig for anything: every font map and
  /// layout studylog makes reads this first.
  public static let isInstalled: Bool = {
    #if os(Linux)
      // fontconfig reads an empty variable as unset, and so does this.
      let named = ["FONTCONFIG_FILE", "FONTCONFIG_PATH"].contains { (name: String) -> Bool in
        getenv(name).map { $0.pointee != 0 } ?? false
      }
      guard !named, let config = FcConfigCreate() else { return false }
      let parsed = xml.withCString { text in
        text.withMemoryRebound(to: FcChar8.self, capacity: xml.utf8.count + 1) {
          FcConfigParseAndLoadFromMemory(config, $0, FcTrue)
        }
      }
      guard parsed == FcTrue, FcConfigBuildFonts(config) == FcTrue,
        let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0,
        FcConfigSetCurrent(config) == FcTrue
      else {
        FcConfigDestroy(config)
        return false
      }
      // Pango's own start-up (`FcInit`) finds the configuration in place and loads nothing more.
      // It is kept for the process's lifetime: fontconfig before 2.13.1 holds no reference of its
      // own to the current configuration.
      return true
    #else
      return false
    #endif
  }()

  /// Builds the configuration (above) on a thread of Dispatch's and returns at once; whoever
  /// reads `isInstalled` meanwhile waits for it.
  static func start() {
    DispatchQueue.global(qos: .userInitiated).async { _ = isInstalled }
  }
}
