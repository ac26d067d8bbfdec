/// Whether `RoadmapParser` reads a file's data records in one pass or in two stretches at once
/// (`RoadmapRowChunk.readInTwo`); either way the items and diagnostics are the same.
enum RoadmapRowSplit: Sendable {
  /// One pass.
  case never
  /// Two stretches when the items are kept (not for `check`, which keeps no more than it needs
  /// across rows) and the records take at least `minimumBytes`: guessed at the middle.
  case automatic
  /// Two stretches, the second guessed to start at this byte offset (for tests).
  case guess(Int)

  /// Below this, a second thread costs more than it saves.
  static let minimumBytes = 256 * 1024

  /// Where to guess that the records from `start` on are cut in two; nil for one pass.
  func guess(_ bytes: [UInt8], from start: Int, keepsItems: Bool) -> Int? {
    switch self {
    case .never: return nil
    case .guess(let offset): return offset
    case .automatic:
      guard keepsItems && bytes.count - start >= Self.minimumBytes else { return nil }
      return RoadmapRowChunk.middleGuess(bytes, from: start)
    }
  }
}
