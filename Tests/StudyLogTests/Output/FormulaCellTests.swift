import Testing

@testable import StudyLog

/// Which cells a spreadsheet would run as formulas. The expected values are those of the ICU
/// expression `^[+-][0-9]+(\.[0-9]+)?$` studylog used before, whose `$` also matched before one
/// final line break.
@Suite struct FormulaCellTests {
  @Test(arguments: [
    ("+1", false), ("+1\n", false), ("+1\r\n", false), ("+1\r", false), ("+1\u{85}", false),
    ("+1\u{2028}", false), ("+1\u{0B}", false), ("+1\u{0C}", false), ("+1\n\n", true), ("-1.5", false),
    ("+1.", true), ("+.5", true), ("=1", true), ("+1\u{301}", true), ("+1.5\n", false), ("-\n", true),
    ("-", true), ("+١", true), ("+12.34.5", true), ("@x", true), ("1", false),
  ])
  func formula(text: String, isFormula: Bool) {
    #expect(CSVWriter.isFormula(text) == isFormula)
  }
}
