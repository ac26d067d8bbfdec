import CPangoCairo
import Dispatch
import StudyLogChart

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Loading fonts ahead of their first use, while the command does other things.
///
/// Loading a font is the slow part of a small chart: about 1 ms per font (family list, size,
/// weight, drawing scale) for fontconfig's match and sort, its faces and its first shapings (the
/// configuration itself is built while the arguments are parsed: `FontConfiguration.start`). A
/// chart measures its texts in six fonts at scale 1, on the thread that lays it out, and a PNG at
/// another scale is shaped in the same six fonts again at that scale: Pango sorts and loads those
/// afresh (the pixel size is part of the pattern fontconfig sorts), 10–12 ms in line before the
/// first band is drawn. `start(families:fonts:scale:)` loads them into a font map of their own, on
/// a thread of Dispatch's, while the chart is laid out; the PNG's texts are then shaped on it.
///
/// Pango's font maps are not thread-safe, so a prepared map belongs to the first thread that asks
/// for it (`fontMap(scale:)`), which waits until it is ready; other threads get nil and use their
/// own default font map, as they would have without it. The fonts are Pango's either way: what is
/// drawn does not change, only when the fonts are loaded.
public enum FontPreparation {
  /// A font map being prepared, and the thread it belongs to once claimed.
  private final class Prepared: @unchecked Sendable {
    let map: UnsafeMutablePointer<PangoFontMap>
    let families: String
    let fonts: [Font]
    let scale: Double
    /// Left when the fonts are loaded.
    let loaded = DispatchGroup()
    /// The thread that claimed the map (guarded by `lock`).
    var owner: pthread_t?
    /// How many times the map was handed out (guarded by `lock`), for the tests.
    var handedOut = 0

    init(families: String, fonts: [Font], scale: Double) {
      map = FontConfiguration.newFontMap()
      self.families = families
      self.fonts = fonts
      self.scale = scale
    }

    /// Lays out a text of every script studylog writes itself in each font, on a surface drawn at
    /// `scale`, as measuring and drawing will: Pango keeps the fonts it loaded in the map.
    func load() {
      let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
      let context = cairo_create(surface)!
      cairo_scale(context, scale, scale)
      let text = PangoText(context: context, families: families, fontMap: map)
      for font in fonts { text.set("Aa 가 09 − … · –", font: font) }
      cairo_destroy(context)
      cairo_surface_destroy(surface)
    }
  }

  /// Guards `prepared` and each entry's `owner` and `handedOut`.
  private static let lock = DispatchQueue(label: "studylog.font-preparation")
  /// The maps started, by drawing scale.
  nonisolated(unsafe) private static var prepared: [Double: Prepared] = [:]

  /// Starts loading `fonts` (by default every font a chart draws with) in `families` for drawing
  /// a PNG at `scale`, on a thread of its own, and returns at once. Does nothing at scale 1, where
  /// the PNG is shaped in the fonts its layout measured with, nor if fonts for `scale` are being
  /// prepared already.
  public static func start(families: String, fonts: [Font] = ChartMetrics.fonts, scale: Double) {
    guard scale != 1 else { return }
    lock.sync {
      guard prepared[scale] == nil else { return }
      let entry = Prepared(families: families, fonts: fonts, scale: scale)
      prepared[scale] = entry
      entry.loaded.enter()
      DispatchQueue.global(qos: .userInitiated).async {
        entry.load()
        entry.loaded.leave()
      }
    }
  }

  /// The font map prepared for drawing at `scale`, once its fonts are loaded, if this thread
  /// claims it or claimed it before; nil if none was prepared or another thread has it.
  static func fontMap(scale: Double) -> UnsafeMutablePointer<PangoFontMap>? {
    let me = pthread_self()
    guard
      let entry = lock.sync(execute: { () -> Prepared? in
        guard let entry = prepared[scale] else { return nil }
        if let owner = entry.owner, pthread_equal(owner, me) == 0 { return nil }
        entry.owner = me
        entry.handedOut += 1
        return entry
      })
    else { return nil }
    // The loader's work happens before `leave`, and so before this returns.
    entry.loaded.wait()
    return entry.map
  }

  /// How many times the map prepared for `scale` was handed out.
  static func timesHandedOut(scale: Double) -> Int {
    lock.sync { prepared[scale]?.handedOut ?? 0 }
  }
}
