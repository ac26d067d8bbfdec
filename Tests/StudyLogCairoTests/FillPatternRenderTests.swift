import StudyLogChart
import Testing

@testable import StudyLogCairo

/// A fill pattern drawn by Cairo: its lines show inside the shape and nowhere outside it.
@Suite struct FillPatternRenderTests {
  let red = Color(hex: "#D2003C")!
  let white = Color(hex: "#FFFFFF")!

  /// The colours along the row of pixels at y 15 points, through a 40 × 12 point shape at (10, 10)
  /// drawn at scale 2, from 4 points left of it to 4 points right of it (on that row the two
  /// directions of a crosshatch cross the row 2 points apart).
  func row(_ node: SceneNode) throws -> [String] {
    let scene = Scene(width: 60, height: 32, background: white, nodes: [node])
    let png = try DecodedPNG(CairoRenderer().render(scene, as: .png, scale: 2))
    return (12..<108).map { png.hex($0, 30) }
  }

  @Test(arguments: FillPattern.Kind.allCases)
  func rectsShowTheirStripesInside(kind: FillPattern.Kind) throws {
    let plain = try row(.rect(RectNode(x: 10, y: 10, width: 40, height: 12, fill: red)))
    let hatched = try row(
      .rect(
        RectNode(x: 10, y: 10, width: 40, height: 12, fill: red, pattern: FillPattern(kind, color: white))))
    // Outside the rect, only background; inside, the plain rect is solid red.
    #expect(plain[0..<8].allSatisfy { $0 == "#FFFFFF" } && hatched[0..<8].allSatisfy { $0 == "#FFFFFF" })
    #expect(hatched[88...].allSatisfy { $0 == "#FFFFFF" })
    #expect(plain[9..<87].allSatisfy { $0 == red.hex })
    // The stripes: a white line every 4 points (8 pixels) along the row, red between them.
    let inside = Array(hatched[9..<87])
    let whiteRuns = zip(inside, inside.dropFirst()).filter { $0.0 != "#FFFFFF" && $0.1 == "#FFFFFF" }.count
    let perimeter = kind == .crosshatch ? 18...21 : 9...11
    #expect(perimeter.contains(whiteRuns), "\(whiteRuns) stripes: \(inside)")
    #expect(inside.filter { $0 != "#FFFFFF" }.count > inside.count / 4)
  }

  @Test func polygonsAreClippedToTheirOutline() throws {
    let diamond = [Point(30, 5), Point(50, 15), Point(30, 25), Point(10, 15)]
    let hatched = try row(
      .polygon(PolygonNode(points: diamond, fill: red, pattern: FillPattern(.hatch, color: white))))
    // The diamond spans x 10–50 on the row through its middle; stripes inside, background beyond.
    #expect(hatched[0..<7].allSatisfy { $0 == "#FFFFFF" } && hatched[89...].allSatisfy { $0 == "#FFFFFF" })
    #expect(hatched[20..<76].contains(red.hex) && hatched[20..<76].contains("#FFFFFF"))
  }
}
