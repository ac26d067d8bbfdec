import Foundation

@testable import StudyLogChart

/// Colour-vision simulation and colour difference, for the palette tests: Machado, Oliveira and
/// Fernandes (2009) at severity 1 on linear sRGB, and CIEDE2000 on CIELAB (D65).
enum ColorVision {
  static let deuteranopia = [
    [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881],
  ]
  static let protanopia = [
    [0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998],
  ]

  static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
  static func encoded(_ c: Double) -> Double {
    let x = min(max(c, 0), 1)
    return x <= 0.0031308 ? 12.92 * x : 1.055 * pow(x, 1 / 2.4) - 0.055
  }

  /// `color` as seen with the deficiency `matrix`.
  static func simulate(_ color: Color, _ matrix: [[Double]]) -> Color {
    let l = [color.red, color.green, color.blue].map(linear)
    let v = matrix.map { row in zip(row, l).map(*).reduce(0, +) }
    return Color(red: encoded(v[0]), green: encoded(v[1]), blue: encoded(v[2]))
  }

  /// CIELAB (D65) of an sRGB colour.
  static func lab(_ color: Color) -> (Double, Double, Double) {
    let (r, g, b) = (linear(color.red), linear(color.green), linear(color.blue))
    let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
    func f(_ t: Double) -> Double { t > 216 / 24389 ? cbrt(t) : (24389 / 27 * t + 16) / 116 }
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
  }

  /// The CIEDE2000 difference of two colours.
  static func deltaE2000(_ c1: Color, _ c2: Color) -> Double {
    let (l1, a1, b1) = lab(c1)
    let (l2, a2, b2) = lab(c2)
    let rad = Double.pi / 180
    let cBar = (hypot(a1, b1) + hypot(a2, b2)) / 2
    let g = 0.5 * (1 - sqrt(pow(cBar, 7) / (pow(cBar, 7) + pow(25, 7))))
    let (a1p, a2p) = ((1 + g) * a1, (1 + g) * a2)
    let (c1p, c2p) = (hypot(a1p, b1), hypot(a2p, b2))
    func hue(_ b: Double, _ a: Double) -> Double {
      let h = atan2(b, a) / rad
      return h < 0 ? h + 360 : h
    }
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p))
    var dh = h2p - h1p
    if c1p * c2p == 0 { dh = 0 } else if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
    let dL = l2 - l1
    let dC = c2p - c1p
    let dH = 2 * sqrt(c1p * c2p) * sin(dh / 2 * rad)
    let lBar = (l1 + l2) / 2
    let cBarP = (c1p + c2p) / 2
    var hBar = h1p + h2p
    if c1p * c2p != 0 {
      hBar =
        abs(h1p - h2p) <= 180
        ? (h1p + h2p) / 2 : (h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2)
    }
    let t =
      1 - 0.17 * cos((hBar - 30) * rad) + 0.24 * cos(2 * hBar * rad) + 0.32 * cos((3 * hBar + 6) * rad)
      - 0.20 * cos((4 * hBar - 63) * rad)
    let dTheta = 30 * exp(-pow((hBar - 275) / 25, 2))
    let rC = 2 * sqrt(pow(cBarP, 7) / (pow(cBarP, 7) + pow(25, 7)))
    let sL = 1 + 0.015 * pow(lBar - 50, 2) / sqrt(20 + pow(lBar - 50, 2))
    let sC = 1 + 0.045 * cBarP
    let sH = 1 + 0.015 * cBarP * t
    let rT = -sin(2 * dTheta * rad) * rC
    return sqrt(pow(dL / sL, 2) + pow(dC / sC, 2) + pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH))
  }

  /// The smallest difference between two colours of `palette`, as they are and under either
  /// simulation.
  static func minimumDistance(_ palette: [Color]) -> Double {
    var least = Double.infinity
    for i in palette.indices {
      for j in palette.indices where j > i {
        for view in [{ (c: Color) in c }, { simulate($0, deuteranopia) }, { simulate($0, protanopia) }] {
          least = min(least, deltaE2000(view(palette[i]), view(palette[j])))
        }
      }
    }
    return least
  }
}
