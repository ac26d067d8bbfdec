import Foundation
import TestSupport
import Testing

/// `studylog doctor`: the fonts for Latin and Hangul text.
@Suite struct DoctorCommandTests {
  @Test func findsFontsForLatinAndHangul() throws {
    let r = try Binary.run(["doctor"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("Latin: ok ("))
    #expect(lines[1].hasPrefix("Hangul: ok ("))
  }
}
