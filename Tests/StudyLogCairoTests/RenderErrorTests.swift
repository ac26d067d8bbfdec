import Foundation
import StudyLog
import Testing

@testable import StudyLogCairo

/// A scene Cairo cannot draw: the message the command prints and its exit code, 73 (an output that
/// cannot be written).
@Suite struct RenderErrorTests {
  @Test func tooLargeNamesTheSizeAndTheWaysOut() {
    let error = RenderError.tooLarge(width: 2400, height: 40_000)
    #expect(
      error.errorDescription
        == "the PNG would be 2400×40000 pixels; PNG images are limited to 32767 pixels a side: use a smaller"
        + " --scale, crop with --from/--to, or write SVG or PDF")
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
