/// The image formats a scene is drawn in.
public enum ImageFormat: String, Sendable, CaseIterable {
  case png, svg, pdf

  /// The format named by a file's extension (`chart.PNG` → png); nil for others.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }
}
