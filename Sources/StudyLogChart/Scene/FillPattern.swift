/// Thin parallel lines drawn across a filled shape, clipped to it: the second cue that tells
/// categories apart once the palette's colours repeat (categories 13 to 48).
public struct FillPattern: Hashable, Sendable {
  /// Which way the lines run.
  public enum Kind: String, CaseIterable, Sendable {
    /// Rising lines, like `/`.
    case hatch
    /// Falling lines, like `\`.
    case backhatch
    /// Both.
    case crosshatch
  }

  public var kind: Kind
  /// The lines' colour.
  public var color: Color

  /// Distance between neighbouring lines, measured along the x axis, in points.
  public static let spacing = 4.0
  /// The lines' width, in points.
  public static let lineWidth = 1.0

  public init(_ kind: Kind, color: Color) {
    self.kind = kind
    self.color = color
  }

  /// The pattern of the `index`th category (0-based) for a palette of `colors` colours: none for
  /// the first round of colours, then hatch, backhatch and crosshatch for the next three rounds;
  /// after that the combinations repeat.
  public static func kind(forCategory index: Int, colors: Int) -> Kind? {
    let round = (index / max(colors, 1)) % (Kind.allCases.count + 1)
    return round == 0 ? nil : Kind.allCases[round - 1]
  }

  /// The segments of the pattern over the box from (`x`, `y`), `width` by `height` points, each
  /// running from edge to edge of the box's square hull; renderers clip them to the shape.
  public func segments(x: Double, y: Double, width: Double, height: Double) -> [(Point, Point)] {
    var out: [(Point, Point)] = []
    let step = Self.spacing
    var t = x - height
    while t < x + width {
      if kind != .backhatch { out.append((Point(t, y + height), Point(t + height, y))) }
      if kind != .hatch { out.append((Point(t, y), Point(t + height, y + height))) }
      t += step
    }
    return out
  }
}
