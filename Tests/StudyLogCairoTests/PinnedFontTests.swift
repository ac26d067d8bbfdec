import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

/// Every character studylog draws itself comes from the pinned families (NanumGothic, DejaVu
/// Sans), whatever else is installed: charts do not change when, say, fonts-noto-cjk arrives.
@Suite struct PinnedFontTests {
  let measurer = PangoTextMeasurer()

  /// Every chart phrase and axis label, in both languages, and the separators the layouts add.
  var ownTexts: [String] {
    var texts = ["−4d +6d 45% · – … 2024-01-08 – 2024-12-15", "0123456789 %"]
    for locale in Language.allCases {
      let phrases: [ChartPhrase] = [
        .today, .planned, .actual, .milestone, .tbd, .paused, .dropped, .noTrack, .items(23),
        .asOf(day("2024-09-15")), .doneCount(3, of: 7), .overdueDays(7), .slip(-4), .slip(6), .studyTime,
        .studyTotals(hours: 12.5, sessions: 9, days: 5), .hoursADay, .done, .inProgress, .percentDone(45),
        .progressByCategory, .byPlannedDays, .total, .noDates,
      ]
      texts += phrases.map { locale.text($0) }
      texts += (1...7).map { locale.text(.weekday($0)) }
      for month in 1...12 {
        texts += locale.forms(.month(year: 2024, month: month, withYear: true))
        texts += locale.forms(.month(year: 2024, month: month, withYear: false))
      }
      texts += (1...4).flatMap { locale.forms(.quarter($0, year: 2024)) }
      texts += locale.forms(.year(2024))
      texts += locale.forms(.week(monday: day("2024-09-09"), number: 37))
    }
    return texts
  }

  @Test func everyOwnCharacterComesFromAPinnedFamily() {
    for text in ownTexts {
      for font in [Font(size: 10), Font(size: 11, bold: true)] {
        for run in measurer.fontRuns(of: text, font: font) {
          #expect(
            pinnedFontFamilies.contains(run.family), "'\(run.text)' of '\(text)' is drawn with \(run.family)")
        }
      }
    }
    #expect(measurer.textsWithFallbackFonts.isEmpty)
  }

  @Test func theSlipMinusIsDejaVu() {
    let runs = measurer.fontRuns(of: "−4d", font: Font(size: 10))
    #expect(runs.first?.family == "DejaVu Sans")
    #expect(runs.first?.text == "−")
  }

  @Test func userTextOutsideThePinnedFontsIsNoted() {
    _ = measurer.measure("学习 Rust", size: 11)
    _ = measurer.measure("C:\\tools 설치", size: 11)
    if measurer.textsWithUnknownGlyphs.isEmpty {
      #expect(measurer.textsWithFallbackFonts.map(\.text) == ["学习 Rust"])
    }
    #expect(measurer.textsWithWonBackslash == ["C:\\tools 설치"])
  }
}
