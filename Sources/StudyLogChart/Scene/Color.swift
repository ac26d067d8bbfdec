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

/// An sRGB colour with straight alpha, each component in 0...1.
public struct Color: Hashable, Sendable, CustomStringConvertible {
  public var red: Double
  public var green: Double
  public var blue: Double
  public var alpha: Double

  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }

  /// `#0072B2` or `#0072B2CC` (case-insensitive, `#` optional); nil for anything else.
  public init?(hex: String) {
    var digits = Substring(hex)
    if digits.hasPrefix("#") { digits = digits.dropFirst() }
    guard digits.count == 6 || digits.count == 8, let value = UInt32(digits, radix: 16) else { return nil }
    let v = digits.count == 6 ? value << 8 | 0xFF : value
    self.init(
      red: Double(v >> 24 & 0xFF) / 255, green: Double(v >> 16 & 0xFF) / 255,
      blue: Double(v >> 8 & 0xFF) / 255,
      alpha: Double(v & 0xFF) / 255)
  }

  /// `#RRGGBB`, or `#RRGGBBAA` when not opaque.
  public var hex: String {
    func byte(_ x: Double) -> String {
      let b = Int((min(max(x, 0), 1) * 255).rounded())
      return (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
    }
    return "#" + byte(red) + byte(green) + byte(blue) + (alpha < 1 ? byte(alpha) : "")
  }

  public var description: String { hex }

  /// This colour laid over `background` with `opacity`, as one opaque colour.
  public func over(_ background: Color, opacity: Double) -> Color {
    Color(
      red: background.red + (red - background.red) * opacity,
      green: background.green + (green - background.green) * opacity,
      blue: background.blue + (blue - background.blue) * opacity)
  }

  /// WCAG relative luminance.
  public var luminance: Double {
    func channel(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
  }

  /// WCAG contrast ratio between two opaque colours (1...21).
  public func contrast(with other: Color) -> Double {
    let (a, b) = (luminance, other.luminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}
