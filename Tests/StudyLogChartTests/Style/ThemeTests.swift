import Foundation
import Testing

@testable import StudyLogChart

/// The themes: contrast against their background, and categories told apart with colour blindness.
@Suite struct ThemeTests {
  @Test(arguments: [Theme.light, Theme.dark])
  func contrast(theme: Theme) {
    #expect(theme.text.contrast(with: theme.background) >= 7)
    #expect(theme.mutedText.contrast(with: theme.background) >= 4.5)
    for color in theme.palette {
      #expect(color.contrast(with: theme.background) >= 3, "\(theme.name) \(color)")
    }
    for color in [theme.today, theme.late, theme.early] {
      #expect(color.contrast(with: theme.background) >= 4.5, "\(theme.name) \(color)")
    }
  }

  /// Twelve categories stay apart for people with deuteranopia and protanopia: CIEDE2000 ≥ 10
  /// between any two, as they are and under Machado 2009 simulation (the old palette: 0.9).
  @Test(arguments: [Theme.light, Theme.dark])
  func categoriesAreDistinguishableWithColourBlindness(theme: Theme) {
    #expect(theme.palette.count == 12)
    #expect(ColorVision.minimumDistance(theme.palette) >= 10, "\(theme.name)")
  }

  /// The light palette is balanced over the hue circle: at most two colours in the red–pink
  /// sector (CIELAB hue 320°–50°; the palette before had six there) and at most four in any 60°
  /// sector (two, were they even).
  @Test func theLightPaletteIsBalancedOverTheHues() {
    let hues = Theme.light.palette.map { color -> Double in
      let (_, a, b) = ColorVision.lab(color)
      let h = atan2(b, a) * 180 / .pi
      return h < 0 ? h + 360 : h
    }
    #expect(hues.filter { $0 >= 320 || $0 <= 50 }.count <= 2, "\(hues)")
    for start in stride(from: 0.0, to: 360, by: 10) {
      let inSector = hues.filter { ($0 - start + 360).truncatingRemainder(dividingBy: 360) < 60 }
      #expect(inSector.count <= 4, "\(start)°: \(inSector)")
    }
  }

  @Test func theDifferenceMatchesPublishedPairs() {
    // Sharma, Wu and Dalal (2005), pair 1 in sRGB terms: a known non-zero distance, and none to itself.
    let a = Color(hex: "#0072B2")!
    #expect(ColorVision.deltaE2000(a, a) == 0)
    #expect(abs(ColorVision.deltaE2000(Color(hex: "#000000")!, Color(hex: "#FFFFFF")!) - 100) < 0.01)
  }
}
