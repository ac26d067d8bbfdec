import ArgumentParser

/// How hard a PNG is compressed (`chart --compression`).
enum PNGCompression: String, ExpressibleByArgument, CaseIterable {
  /// zlib level 3: the default, fastest to write.
  case fast
  /// zlib level 6: a smaller file for a little more time (README, "PNG size").
  case small

  /// The zlib level.
  var level: Int { self == .fast ? 3 : 6 }
}
