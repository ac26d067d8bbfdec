extension Session {
  /// What two sessions share when they are the same session logged twice, most likely: the day,
  /// the item and the hours (notes are not compared). Repeating one is a warning, not an error:
  /// two equal sessions in a day happen.
  var repetitionKey: String { "\(day.iso)\u{0}\(itemID)\u{0}\(hours)" }

  /// The first of `sessions` with this session's day, item and hours.
  public func repeated(in sessions: [Session]) -> Session? {
    sessions.first { $0.repetitionKey == repetitionKey }
  }

  /// The warning for this session when the one on `earlierLine` has its day, item and hours.
  public func repetitionMessage(earlierLine: Int) -> String {
    "the same session (\(day.iso), item \(itemID), \(Format.decimal(hours)) h) is on line \(earlierLine);"
      + " logged twice?"
  }
}
