/// How `report` names the files it writes: a pattern of `{roadmap}` (the roadmap file's name
/// without `.csv`), `{name}` (`timeline`, `heatmap`, `progress`, `summary`, `week`, `compare`),
/// `{theme}` (empty for the light theme, `-dark` for the dark one) and `{ext}` (`png`, `svg`,
/// `md`). The default, `{roadmap}-{name}{theme}.{ext}`, keeps two roadmaps' reports apart in one
/// folder.
public struct FileNameTemplate: Equatable, Sendable, CustomStringConvertible {
  public let pattern: String

  /// The placeholders a pattern may hold.
  public static let placeholders = ["roadmap", "name", "theme", "ext"]

  public static let standard = FileNameTemplate(checked: "{roadmap}-{name}{theme}.{ext}")

  private init(checked pattern: String) { self.pattern = pattern }

  /// A template, or why `pattern` cannot be one: it must hold `{name}`, `{theme}` and `{ext}` (or
  /// every file would get the same name), no other placeholder, and no `/`.
  public static func parse(_ pattern: String) -> Result<FileNameTemplate, TemplateError> {
    var rest = Substring(pattern)
    var seen: Set<String> = []
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else {
        return .failure(TemplateError(message: "'{' without '}' in '\(pattern)'"))
      }
      let name = String(rest[rest.index(after: open)..<close])
      guard placeholders.contains(name) else {
        let known = placeholders.map { "{\($0)}" }.joined(separator: ", ")
        return .failure(
          TemplateError(message: "unknown placeholder '{\(name)}' in '\(pattern)' (known: \(known))"))
      }
      seen.insert(name)
      rest = rest[rest.index(after: close)...]
    }
    if pattern.contains("/") {
      return .failure(
        TemplateError(message: "'\(pattern)' holds a '/': set the folders with 'folder' and 'images'"))
    }
    for needed in ["name", "theme", "ext"] where !seen.contains(needed) {
      return .failure(
        TemplateError(message: "'\(pattern)' lacks {\(needed)}, so two of the files would get the same name"))
    }
    return .success(FileNameTemplate(checked: pattern))
  }

  /// The file name for `name` of `roadmap` in `theme` (`dark` or nil) with extension `ext`.
  public func fileName(roadmap: String, name: String, dark: Bool, ext: String) -> String {
    pattern.replacing("{roadmap}", with: roadmap)
      .replacing("{name}", with: name)
      .replacing("{theme}", with: dark ? "-dark" : "")
      .replacing("{ext}", with: ext)
  }

  public var description: String { pattern }
}

/// Why a file-name pattern is refused.
public struct TemplateError: Error, Equatable, Sendable {
  public let message: String
}
