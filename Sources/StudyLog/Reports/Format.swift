import Foundation

/// How reports and writers write numbers and short text: percentages, signed slips, rounding,
/// decimals, capitalised headings and cut titles, each in one place. Unit symbols (`%`, `d` for
/// days, `h` for hours) belong to the number, as ISO dates do, and are not translated.
enum Format {
  // MARK: - Numbers

  /// `x` rounded to `places` decimals (halves away from zero), for JSON.
  static func rounded(_ x: Double, places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (x * scale).rounded() / scale
  }

  /// `67%`: a percentage rounded to a whole number; `–` when there is none.
  static func percent(_ x: Double?) -> String {
    guard let x else { return "–" }
    return "\(Int(x.rounded()))%"
  }

  /// `12.5`, `3`, `0.333`: at most three decimals, without trailing zeros (CSV progress, session
  /// hours and minutes).
  static func decimal(_ x: Double) -> String {
    let r = rounded(x, places: 3)
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  /// `9.0`: one decimal (hours).
  static func oneDecimal(_ x: Double) -> String { String(format: "%.1f", x) }

  /// `1.18`: two decimals (ratios).
  static func twoDecimals(_ x: Double) -> String { String(format: "%.2f", x) }

  /// `9.0 h`: hours with one decimal and their unit.
  static func hours(_ x: Double) -> String { oneDecimal(x) + " h" }

  /// `+1.0`, `−0.5`, `±0.0`: a change in hours, one decimal, signed by the exact change.
  static func change(_ x: Double) -> String {
    let sign = x > 0 ? "+" : x < 0 ? "−" : "±"
    return sign + oneDecimal(abs(x))
  }

  /// `+5`, `−4`, `0`: whole days with a sign (a minus sign, not a hyphen), `*` after a provisional
  /// figure; `–` when there is none.
  static func signed(_ n: Int?, provisional: Bool = false) -> String {
    guard let n else { return "–" }
    let s = n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0"
    return s + (provisional ? "*" : "")
  }

  /// `+4.7`, `−4`, `0`: days rounded to one decimal, the decimal shown only when there is one;
  /// `–` when there is none.
  static func signed(_ x: Double?) -> String {
    guard let x else { return "–" }
    let r = rounded(x, places: 1)
    if r == 0 { return "0" }
    return (r > 0 ? "+" : "−") + String(format: r == r.rounded() ? "%.0f" : "%.1f", abs(r))
  }

  /// `+4.7d`, `−4.0d`, `0.0d`: a mean slip in days with one decimal; `–` when there is none.
  static func slipDays(_ x: Double?) -> String {
    guard let x else { return "–" }
    let r = rounded(x, places: 1)
    if r == 0 { return "0.0d" }
    return (r > 0 ? "+" : "−") + oneDecimal(abs(r)) + "d"
  }

  // MARK: - Text

  /// `Done %` from `done %`: the first letter upper-cased, the rest as it is (a table heading in
  /// markdown; scripts without case stay as they are).
  static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// `text` cut to at most `columns` terminal columns, ending in `…` when cut.
  static func truncated(_ text: String, columns: Int) -> String {
    guard displayWidth(text) > columns else { return text }
    var out = ""
    var width = 0
    for character in text {
      let w = displayWidth(of: character)
      if width + w > columns - 1 { break }
      out.append(character)
      width += w
    }
    return out + "…"
  }
}
