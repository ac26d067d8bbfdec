import StudyLog

/// Measures text as the renderer will draw it. Pango in production; `FixedWidthMeasurer` in
/// layout tests, so that geometry is exact and independent of installed fonts.
public protocol TextMeasuring {
  /// The advance width of one line of `text` in points.
  func width(of text: String, font: Font) -> Double
  /// The box the glyphs of one line of `text` cover, in points: `x` from the left edge of its
  /// advance, `y` from the middle of its line box (negative is above).
  func inkBox(of text: String, font: Font) -> InkBox
}

/// Every terminal column is half the font size wide: Latin characters 0.5 em, Hangul and other
/// wide characters 1 em. Deterministic, for tests.
public struct FixedWidthMeasurer: TextMeasuring {
  public init() {}

  public func width(of text: String, font: Font) -> Double {
    Double(displayWidth(text)) * font.size / 2
  }
}

extension TextMeasuring {
  /// The advance width and 0.8 em around the middle of the line: what the fixed-width measurer
  /// assumes the glyphs cover (cap height and descenders of a typical sans-serif font).
  public func inkBox(of text: String, font: Font) -> InkBox {
    InkBox(x: 0, y: -0.4 * font.size, width: width(of: text, font: font), height: 0.8 * font.size)
  }

  /// A text node whose width this measurer measured.
  public func text(
    _ string: String, x: Double, y: Double, font: Font, color: Color, anchor: TextAnchor = .start
  ) -> SceneNode {
    .text(
      TextNode(
        string, x: x, y: y, font: font, color: color, anchor: anchor, width: width(of: string, font: font)))
  }

  /// `text` cut at a character boundary and ended with `…` so that it is at most `maxWidth`
  /// wide, or the whole text when it fits; with its width. Empty when not even `…` fits. Only the
  /// first `ChartLimits.maxLabelCharacters` characters are measured: a longer text is cut there
  /// at the latest, so that fitting costs the same however long the text.
  public func fit(_ text: String, maxWidth: Double, font: Font) -> (text: String, width: Double) {
    let head = text.prefix(ChartLimits.maxLabelCharacters)
    let isWhole = head.endIndex == text.endIndex
    if isWhole {
      let full = width(of: text, font: font)
      if full <= maxWidth { return (text, full) }
    }
    let ellipsis = "…"
    guard width(of: ellipsis, font: font) <= maxWidth else { return ("", 0) }
    let characters = Array(head)
    var lo = 0
    // The whole text does not fit; of a longer one, the whole head may, before its ellipsis.
    var hi = isWhole ? characters.count - 1 : characters.count
    var best = (text: ellipsis, width: width(of: ellipsis, font: font))
    // The longest prefix that fits with the ellipsis: widths grow with the prefix length.
    while lo <= hi {
      let mid = (lo + hi) / 2
      var prefix = String(characters[0..<mid])
      while prefix.last?.isWhitespace == true { prefix.removeLast() }
      let candidate = prefix + ellipsis
      let w = width(of: candidate, font: font)
      if w <= maxWidth {
        best = (candidate, w)
        lo = mid + 1
      } else {
        hi = mid - 1
      }
    }
    return best
  }
}
