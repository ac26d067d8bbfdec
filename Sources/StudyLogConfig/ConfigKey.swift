/// The keys a config file may hold, at each level.
enum ConfigKey {
  /// Keys of a roadmap's settings (at the top, and under each roadmap of `roadmaps:`).
  static let settings = [
    "title", "locale", "theme", "sort", "window", "colors", "marks", "font", "width", "scale", "sessions",
    "report",
  ]
  /// Keys only the top level has.
  static let topOnly = ["roadmaps"]
  /// Keys under `window:`.
  static let window = ["from", "to"]
  /// Keys under `report:`.
  static let report = ["folder", "images", "names", "image-url"]

  /// The message for an unknown key `key` where `known` are allowed, with a suggestion.
  static func unknown(_ key: String, known: [String], in place: String) -> String {
    var message = "unknown key '\(key)'\(place)"
    if let close = Suggestion.closest(to: key, in: known) {
      message += "; did you mean '\(close)'?"
    } else {
      message += " (known: \(known.joined(separator: ", ")))"
    }
    return message
  }
}
