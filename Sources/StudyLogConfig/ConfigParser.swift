import StudyLog
import StudyLogChart

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads a config file's YAML text into a `StudyLogConfig`, reporting every problem as a
/// diagnostic at its line and column: YAML syntax, unknown keys (with a suggestion), and values
/// that are not what their key needs.
public enum ConfigParser {
  /// Reads `text`, named `source` in messages. With `siteKey` (`studylog` for a Jekyll site's
  /// `_config.yml`), reads only the value of that top-level key, and gives no config and no
  /// diagnostics when the file does not have it.
  public static func parse(_ text: String, source: String, siteKey: String? = nil) -> LoadedConfig {
    var reader = ConfigReader(source: source)
    let root: Node?
    do {
      root = try YAMLComposer.compose(text)
    } catch {
      reader.report(error)
      return LoadedConfig(config: nil, diagnostics: reader.diagnostics)
    }
    var node = root
    if let siteKey {
      guard let section = root?.mapping?[siteKey] else { return LoadedConfig(config: nil, diagnostics: []) }
      node = section
    }
    var config = StudyLogConfig(source: source)
    guard let node, !node.isNull else { return LoadedConfig(config: config, diagnostics: []) }
    guard let mapping = reader.mapping(node, of: siteKey ?? "the file") else {
      return LoadedConfig(config: nil, diagnostics: reader.diagnostics)
    }
    config.defaults = reader.settings(mapping, allowing: ConfigKey.settings + ConfigKey.topOnly, place: "")
    if let roadmaps = mapping["roadmaps"], let entries = reader.mapping(roadmaps, of: "roadmaps") {
      for (key, value) in entries {
        guard let path = reader.text(key, of: "a roadmap's path"), let own = reader.mapping(value, of: path)
        else { continue }
        let settings = reader.settings(own, allowing: ConfigKey.settings, place: " for \(path)")
        config.roadmaps[StudyLogConfig.normalized(path)] = settings
        config.roadmapPlaces[StudyLogConfig.normalized(path)] = [key.mark.line, key.mark.column]
      }
    }
    return LoadedConfig(config: reader.diagnostics.hasErrors ? nil : config, diagnostics: reader.diagnostics)
  }
}

/// Walks the YAML nodes, collecting diagnostics.
struct ConfigReader {
  let source: String
  var diagnostics: [Diagnostic] = []

  mutating func error(_ message: String, at node: Node) {
    diagnostics.append(
      Diagnostic(.error, message, source: source, line: node.mark.line, column: node.mark.column))
  }

  /// A YAML syntax error, at its mark.
  mutating func report(_ problem: YAMLComposer.Problem) {
    diagnostics.append(
      Diagnostic(
        .error, problem.message, source: source, line: problem.mark?.line, column: problem.mark?.column))
  }

  /// `node` as a mapping, or an error naming `what` it is the value of.
  mutating func mapping(_ node: Node, of what: String) -> Node.Mapping? {
    if let mapping = node.mapping { return mapping }
    error("\(what) must be a mapping of keys to values, not \(describe(node))", at: node)
    return nil
  }

  /// `node` as text, or an error naming `what` it should be.
  mutating func text(_ node: Node, of what: String) -> String? {
    if let scalar = node.scalar, !node.isNull { return scalar.string }
    error("\(what) must be text, not \(describe(node))", at: node)
    return nil
  }

  /// `node` as a number within `range`.
  mutating func number(_ node: Node, key: String, range: ClosedRange<Double>) -> Double? {
    guard let text = text(node, of: "'\(key)'") else { return nil }
    guard let value = Double(text), range.contains(value) else {
      error(
        "'\(key)' must be a number from \(format(range.lowerBound)) to \(format(range.upperBound)), not '\(text)'",
        at: node)
      return nil
    }
    return value
  }

  /// `node` as one of `choices`.
  mutating func choice<T>(_ node: Node, key: String, _ choices: [(String, T)]) -> T? {
    guard let text = text(node, of: "'\(key)'") else { return nil }
    if let found = choices.first(where: { $0.0 == text }) { return found.1 }
    let names = choices.map(\.0)
    var message =
      "'\(key)' must be \(names.dropLast().joined(separator: ", ")) or \(names.last!), not '\(text)'"
    if let close = Suggestion.closest(to: text, in: names) { message += "; did you mean '\(close)'?" }
    error(message, at: node)
    return nil
  }

  /// `node` as a day in any form a roadmap may write one.
  mutating func day(_ node: Node, key: String, role: DateRole) -> Day? {
    guard let text = text(node, of: "'\(key)'") else { return nil }
    switch DateParser.parseDay(text, role: role) {
    case .success(let day): return day
    case .failure(let e):
      error("'\(key)': \(e.message)", at: node)
      return nil
    }
  }

  /// Checks the keys of `mapping` against `allowed`.
  mutating func checkKeys(_ mapping: Node.Mapping, allowing allowed: [String], place: String) {
    for key in mapping.keys {
      guard let name = text(key, of: "a key") else { continue }
      if !allowed.contains(name) { error(ConfigKey.unknown(name, known: allowed, in: place), at: key) }
    }
  }

  func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let scalar): return node.isNull ? "empty" : "'\(scalar.string)'"
    }
  }

  private func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
