extension DateParser {
  /// An example of a date written the way `text` seems to try to write one, so that the message
  /// shows the fix in the user's own style: `2024년 2월 1일` for Korean units, `2024. 2. 1.` for
  /// a spreadsheet's dotted form, `24.02.01` for two-digit years, `2024/02/01` with slashes,
  /// `20240201` for six or more digits alone; `2024-02-01` otherwise (a year alone, month names).
  static func example(like text: String) -> String {
    let scalars = text.unicodeScalars
    if text.contains("년") || text.contains("월") || text.contains("일") { return "2024년 2월 1일" }
    if text.contains(". ") { return "2024. 2. 1." }
    let digitsFirst = text.prefix { $0.isASCII && $0.isNumber }.count
    if text.contains(".") { return digitsFirst == 2 ? "24.02.01" : "2024.02.01" }
    if text.contains("/") { return "2024/02/01" }
    if text.contains("-") { return digitsFirst == 2 ? "24-02-01" : "2024-02-01" }
    if scalars.count >= 6 && scalars.allSatisfy({ $0.properties.numericType != nil }) { return "20240201" }
    return "2024-02-01"
  }
}
