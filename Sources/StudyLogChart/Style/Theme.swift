/// The colours of a chart. Both themes keep body text above 7:1 and every other text above
/// 4.5:1 against the background, and category colours above 3:1.
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

  /// White background. The palette starts with three Okabe–Ito hues (blue, orange, green) and
  /// goes on with colours chosen so that any two of the twelve differ by a CIEDE2000 distance of
  /// at least 10 as they are and as people with deuteranopia or protanopia see them (Machado
  /// 2009), each at 3:1 or more against the background; balanced over the hue circle (two in the
  /// red–pink sector, where the first search put six). After twelve categories colours repeat,
  /// with a `FillPattern` as the second cue.
  public static let light = Theme(
    name: "light",
    background: Color(hex: "#FFFFFF")!, text: Color(hex: "#1F2328")!, mutedText: Color(hex: "#59636E")!,
    grid: Color(hex: "#EAEEF2")!, gridStrong: Color(hex: "#D1D9E0")!, sectionBand: Color(hex: "#F6F8FA")!,
    today: Color(hex: "#C8167A")!, marker: Color(hex: "#59636E")!, late: Color(hex: "#C24E00")!,
    early: Color(hex: "#007A5A")!,
    palette: [
      "#0072B2", "#BA8000", "#009E73", "#872D00", "#874B69", "#3C96A5", "#4B784B", "#4B87FF", "#2D00F0",
      "#B44B0F", "#5A3C78", "#2D5A3C",
    ].map { Color(hex: $0)! },
    plannedOpacity: 0.32)

  /// Dark background; a palette chosen the same way against it.
  public static let dark = Theme(
    name: "dark",
    background: Color(hex: "#0D1117")!, text: Color(hex: "#E6EDF3")!, mutedText: Color(hex: "#9198A1")!,
    grid: Color(hex: "#1F252D")!, gridStrong: Color(hex: "#30363D")!, sectionBand: Color(hex: "#161B22")!,
    today: Color(hex: "#FF5FA8")!, marker: Color(hex: "#9198A1")!, late: Color(hex: "#FF8B4D")!,
    early: Color(hex: "#3CCB9C")!,
    palette: [
      "#4BA3E3", "#E69F00", "#1DB584", "#A54B00", "#964B78", "#782DFF", "#FF004B", "#78B4B4", "#C300A5",
      "#00874B", "#D24BA5", "#B46987",
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
