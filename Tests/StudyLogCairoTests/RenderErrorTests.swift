import Foundation
import StudyLog
import Testing

@testable import StudyLogCairo

/// A scene Cairo cannot draw: the message the command prints and its exit code, 73 (an output that
/// cannot be written).
@Suite struct RenderErrorTests {
  @Test func tooLargeNamesTheSizeAndTheWaysOut() {
    let error = RenderError.tooLarge(width: 40_000, height: 2400)
    #expect(
      error.errorDescription
        == "the PNG would be 40000×2400 pixels; a PNG is at most 32767 pixels wide: use a smaller --scale or"
        + " --width, or write SVG or PDF")
    #expect(error.exitCode == 73)
    #expect(error.exitCode == ExitStatus.cannotCreate)
  }

  @Test func cairoCarriesCairosMessage() {
    let error = RenderError.cairo("out of memory")
    #expect(error.errorDescription == "cairo: out of memory")
    #expect(error.localizedDescription == "cairo: out of memory")
    #expect(error.exitCode == 73)
  }
}
