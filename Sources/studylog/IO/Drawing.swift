import StudyLog
import StudyLogCairo
import StudyLogChart

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Drawing scenes to files, shared by `chart` and `report`.
enum Drawing {
  /// Draws `scene` in `format` and writes it to `path` atomically.
  static func write(
    _ scene: Scene, as format: ImageFormat, to path: String, renderer: CairoRenderer, scale: Double,
    title: String, today: Day, inputs: [String]
  ) throws {
    try OutputFile.write(to: path, inputs: inputs) { (write) throws(WriteError) in
      // The file is written as it is drawn, through a buffer of 64 KiB.
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 16)
      var failure: WriteError?
      func flush() -> Bool {
        buffer.withUnsafeBytes { bytes in
          do throws(WriteError) { try write(bytes) } catch { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
        return failure == nil
      }
      do {
        try renderer.render(
          scene, as: format, scale: scale, pdf: .init(title: title, date: "\(today.iso)T00:00:00Z")
        ) { bytes in
          if buffer.count + bytes.count > buffer.capacity && !flush() { return false }
          if bytes.count >= buffer.capacity {
            do throws(WriteError) { try write(bytes) } catch {
              failure = error
              return false
            }
          } else {
            buffer.append(contentsOf: bytes)
          }
          return true
        }
      } catch {
        if let failure { throw failure }
        throw WriteError.cannotDraw(path, error as? RenderError ?? RenderError.cairo("\(error)"))
      }
      if !flush(), let failure { throw failure }
    }
  }

  /// Writes `scene` as an SVG for the web (`SVGWriter`), following the reader's colour scheme
  /// when `dark` is given, to `path` atomically, piece by piece as it is made (64 KiB at a time).
  static func writeSVG(
    _ scene: Scene, dark: Scene?, annotations: SVGAnnotations, families: String, to path: String,
    inputs: [String]
  ) throws {
    try OutputFile.write(to: path, inputs: inputs) { (write) throws(WriteError) in
      try SVGWriter(families: families).write(scene, dark: dark, annotations: annotations) {
        (chunk) throws(WriteError) in
        var chunk = chunk
        var failure: WriteError?
        chunk.withUTF8 { bytes in
          do throws(WriteError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
      }
    }
  }

  /// Whether `path` names a scene dump (`chart.scene.json`) rather than an image.
  static func isSceneDump(_ path: String) -> Bool {
    path.lowercased().hasSuffix(".scene.json")
  }

  /// Writes the scene dump of `scene` (`SceneJSON`), its texts boxed by `measurer`, to `path`
  /// atomically.
  static func writeSceneDump(
    _ scene: Scene, measurer: TextMeasuring, to path: String, inputs: [String]
  ) throws {
    try OutputFile.write(Data(SceneJSON.encode(scene, measurer: measurer).utf8), to: path, inputs: inputs)
  }

  /// Warns, once, when labels hold characters that no installed font can draw.
  static func warnAboutMissingGlyphs(_ measurer: PangoTextMeasurer) {
    if let (text, family) = measurer.textsWithFallbackFonts.first {
      Console.printError(
        "studylog: warning: '\(text)' is drawn partly with \(family), a fallback font: the chart may look"
          + " different on machines with other fonts; pass --font to pin it")
    }
    if let text = measurer.textsWithWonBackslash.first {
      Console.printError(
        "studylog: warning: NanumGothic draws the backslash of '\(text)' as ₩; pass --font \"DejaVu Sans, NanumGothic\""
          + " to draw it as \\")
    }
    guard let first = measurer.textsWithUnknownGlyphs.first else { return }
    let count = measurer.textsWithUnknownGlyphs.count
    Console.printError(
      "studylog: warning: no installed font can draw some characters of \(count) label\(count == 1 ? "" : "s")"
        + " (first: '\(first)'); install fonts-nanum for Hangul or fonts-noto-cjk for other scripts, or pass --font"
    )
  }
}
