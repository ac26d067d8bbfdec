#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How reports and writers write numbers and short text: percentages, signed slips, rounding,
/// decimals, capitalised headings and cut titles, each in one place. Units of days and hours are
/// words of a language (`ReportPhrase.signedDays`, `.hoursAmount`): `+5.4d`, `+5.4일`.
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
  static func oneDecimal(_ x: Double) -> String { Printf.format("%.1f", x) }

  /// `1.18`: two decimals (ratios).
  static func twoDecimals(_ x: Double) -> String {
    guard let hundredths = scaledHalfEven(abs(x), by: 100) else { return Printf.format("%.2f", x) }
    let fraction = hundredths % 100
    return (x.sign == .minus ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }

  /// `x × scale` (x ≥ 0) rounded to a whole number as `printf` rounds the exact binary value of
  /// `x` (half to even on an exact tie), by integer arithmetic on its significand; nil when `x`
  /// is not finite or too large for it (then `printf` writes it, the same way). Writing ratios
  /// this way costs a small fraction of `printf`.
  static func scaledHalfEven(_ x: Double, by scale: UInt64) -> UInt64? {
    guard x.isFinite, x < 1e12, scale <= 1000 else { return nil }
    let subnormal = x.exponentBitPattern == 0
    let m = (subnormal ? 0 : UInt64(1) << 52) | x.significandBitPattern
    let e = (subnormal ? 1 : Int(x.exponentBitPattern)) - 1075
    if e >= 0 { return (m << UInt64(e)) * scale }  // a whole number below 1e12
    let p = m * scale  // below 2^63
    let k = -e
    guard k < 64 else { return 0 }  // below 2^63 / 2^64: rounds to 0
    let q = p >> UInt64(k)
    let r = p & ((UInt64(1) << UInt64(k)) - 1)
    let half = UInt64(1) << UInt64(k - 1)
    return r > half || (r == half && q & 1 == 1) ? q + 1 : q
  }

  /// `+1.0`, `−0.5`, `±0.0`: a change in hours, one decimal, signed by the exact change.
  static func change(_ x: Double) -> String {
    let sign = x > 0 ? "+" : x < 0 ? "−" : "±"
    return sign + oneDecimal(abs(x))
  }

  /// `+5`, `−4`, `0`: whole days with a sign (a minus sign, not a hyphen); `–` when there is none.
  static func signed(_ n: Int?) -> String {
    guard let n else { return "–" }
    return n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0"
  }

  /// `+4.7`, `−4`, `0`: days rounded to one decimal, the decimal shown only when there is one;
  /// `–` when there is none.
  static func signed(_ x: Double?) -> String {
    guard let x else { return "–" }
    let r = rounded(x, places: 1)
    if r == 0 { return "0" }
    return (r > 0 ? "+" : "−") + Printf.format(r == r.rounded() ? "%.0f" : "%.1f", abs(r))
  }

  /// `+4.7`, `−4.0`, `0.0`: days with exactly `decimals` decimals (a mean slip, whose unit the
  /// language adds: `ReportPhrase.signedDays`); `–` when there is none.
  static func signed(_ x: Double?, decimals: Int) -> String {
    guard let x else { return "–" }
    let r = rounded(x, places: decimals)
    if r == 0 { return Printf.format("%.\(decimals)f", 0.0) }
    return (r > 0 ? "+" : "−") + Printf.format("%.\(decimals)f", abs(r))
  }

  // MARK: - Text

  /// `Done %` from `done %`: the first letter upper-cased, the rest as it is (a table heading in
  /// markdown; scripts without case stay as they are).
  static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// `text` cut to at most `columns` terminal columns, ending in `…` when cut.
  static func truncated(_ text: String, columns: Int) -> String {
    let scalars = text.unicodeScalars
    if let total = simpleDisplayWidth(scalars) {
      guard total > columns else { return text }
      // Every scalar is a character of its own: cut after the last scalar that fits.
      var width = 0
      var end = scalars.startIndex
      while end < scalars.endIndex, let w = simpleWidth(scalars[end]), width + w <= columns - 1 {
        width += w
        end = scalars.index(after: end)
      }
      return String(scalars[..<end]) + "…"
    }
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
