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

  @Test func theDifferenceMatchesPublishedPairs() {
    // Sharma, Wu and Dalal (2005), pair 1 in sRGB terms: a known non-zero distance, and none to itself.
    let a = Color(hex: "#0072B2")!
    #expect(ColorVision.deltaE2000(a, a) == 0)
    #expect(abs(ColorVision.deltaE2000(Color(hex: "#000000")!, Color(hex: "#FFFFFF")!) - 100) < 0.01)
  }
}
