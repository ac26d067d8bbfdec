/// How recorded progress compares with the progress expected by date.
public enum Pace: String, Sendable {
  case ahead
  case onTrack = "on_track"
  case behind
  /// No recorded progress, or no planned dates to expect any from.
  case unknown
}

/// An item in progress at the end of a week.
public struct ProgressCheck: Equatable, Sendable {
  public var item: Item
  /// Days since the actual start, both ends included.
  public var elapsedDays: Int
  public var plannedDays: Int?
  /// Percent of the planned days that have passed (0–100).
  public var expectedPercent: Double?
  public var recordedPercent: Double?
  public var pace: Pace

  /// Recorded progress within this many points of the expected counts as on track.
  public static let tolerance = 10.0
}
