import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--today`: the day reports and checks are computed for.
struct TodayOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The day the report is for (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH, else the local date.",
      valueName: "day"))
  var today: String?

  func validate() throws {
    if case .failure(let e) = resolve() { throw ValidationError(e.message) }
  }

  /// `--today`, else SOURCE_DATE_EPOCH, else the local date.
  func resolve() -> Result<Day, TodayError> {
    Today.resolve(option: today, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
  }
}
