/// The colours of a chart. Both themes keep body text above 7:1 contrast and finished (solid)
/// bars above 3:1 against the background.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var background: Color
  public var text: Color
  public var mutedText: Color
  public var grid: Color
  public var gridStrong: Color
  public var sectionBand: Color
  public var today: Color
  public var marker: Color
  /// Slip labels: finished late, finished early.
  public var late: Color
  public var early: Color
  /// Category colours in order of first appearance; repeats when there are more categories.
  public var palette: [Color]
  /// How strongly a planned bar shows its category colour over the background (0...1).
  public var plannedOpacity: Double

  /// White background; the Okabe–Ito hues (colour-blind safe), with orange, sky blue, purple and
  /// yellow darkened to reach 3:1 against white, black replaced by grey, and four of Paul Tol's
  /// muted colours after them for roadmaps with many categories.
  public static let light = Theme(
    name: "light",
    background: Color(hex: "#FFFFFF")!, text: Color(hex: "#1F2328")!, mutedText: Color(hex: "#59636E")!,
    grid: Color(hex: "#EAEEF2")!, gridStrong: Color(hex: "#D1D9E0")!, sectionBand: Color(hex: "#F6F8FA")!,
    today: Color(hex: "#C8167A")!, marker: Color(hex: "#59636E")!, late: Color(hex: "#C24E00")!,
    early: Color(hex: "#007A5A")!,
    palette: [
      "#0072B2", "#BA8000", "#009E73", "#C06C9A", "#3A93CF", "#D55E00", "#7F7F7F", "#9C8A00", "#332288",
      "#882255",
      "#3A9483", "#AA4499",
    ].map { Color(hex: $0)! },
    plannedOpacity: 0.32)

  /// Dark background; the same hues, lightened where they would sink into the background.
  public static let dark = Theme(
    name: "dark",
    background: Color(hex: "#0D1117")!, text: Color(hex: "#E6EDF3")!, mutedText: Color(hex: "#9198A1")!,
    grid: Color(hex: "#1F252D")!, gridStrong: Color(hex: "#30363D")!, sectionBand: Color(hex: "#161B22")!,
    today: Color(hex: "#FF5FA8")!, marker: Color(hex: "#9198A1")!, late: Color(hex: "#FF8B4D")!,
    early: Color(hex: "#3CCB9C")!,
    palette: [
      "#4BA3E3", "#E69F00", "#1DB584", "#D98CBB", "#8ACCF2", "#F0733A", "#A6A6A6", "#F0E442", "#8C7FE0",
      "#D16A98",
      "#5CC4B0", "#CC6FBE",
    ].map { Color(hex: $0)! },
    plannedOpacity: 0.38)

  public static func named(_ name: String) -> Theme? {
    switch name {
    case "light": return .light
    case "dark": return .dark
    default: return nil
    }
  }
}
