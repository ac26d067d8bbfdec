/// The colours of an SVG document as CSS custom properties: each distinct pair of a light and a
/// dark colour becomes `--cN`, numbered in order of first use, and each use a class (`fN` fills,
/// `sN` strokes) that reads the property. One file then follows the reader's colour scheme, and
/// each colour is written once however many nodes paint with it.
struct SVGPalette {
  /// A colour in the light theme and the same node's colour in the dark one (equal when the
  /// document has one theme).
  struct Pair: Hashable {
    let light: Color
    let dark: Color
  }

  private(set) var pairs: [Pair] = []
  private var index: [Pair: Int] = [:]
  private(set) var usedFills: Set<Int> = []
  private(set) var usedStrokes: Set<Int> = []

  /// The class that fills with `light` (and `dark` in the dark scheme).
  mutating func fill(_ light: Color, _ dark: Color) -> String {
    let n = number(light, dark)
    usedFills.insert(n)
    return "f\(n)"
  }

  /// The class that strokes with `light` (and `dark` in the dark scheme).
  mutating func stroke(_ light: Color, _ dark: Color) -> String {
    "s\(strokeNumber(light, dark))"
  }

  /// The number `N` of the stroke class `sN` that strokes with `light` (and `dark`).
  mutating func strokeNumber(_ light: Color, _ dark: Color) -> Int {
    let n = number(light, dark)
    usedStrokes.insert(n)
    return n
  }

  private mutating func number(_ light: Color, _ dark: Color) -> Int {
    let pair = Pair(light: light, dark: dark)
    if let n = index[pair] { return n }
    pairs.append(pair)
    index[pair] = pairs.count - 1
    return pairs.count - 1
  }

  /// The style sheet's colour rules for the root selected by `root`: the light colours, the dark
  /// ones under `prefers-color-scheme: dark` when `twoThemes`, and one rule per class used.
  func css(root: String, twoThemes: Bool) -> String {
    func properties(_ color: (Pair) -> Color) -> String {
      root + "{"
        + pairs.enumerated().map { "--c\($0.offset):\(color($0.element).hex)" }.joined(separator: ";")
        + "}\n"
    }
    var out = properties(\.light)
    if twoThemes {
      out += "@media (prefers-color-scheme:dark){" + properties(\.dark).dropLast() + "}\n"
    }
    out += usedFills.sorted().map { ".f\($0){fill:var(--c\($0))}" }.joined()
    out += usedStrokes.sorted().map { ".s\($0){stroke:var(--c\($0))}" }.joined()
    return out + "\n"
  }
}
