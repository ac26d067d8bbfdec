import Testing

@testable import StudyLogChart

/// The themes' contrast against their background.
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
}
