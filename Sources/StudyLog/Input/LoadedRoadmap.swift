#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A roadmap read from a file, with every problem found in it.
///
/// `roadmap` holds the rows that could be read; when `diagnostics` has errors, reports must not
/// be produced from it.
public struct LoadedRoadmap: Sendable {
  public var roadmap: Roadmap
  public var diagnostics: [Diagnostic]
  /// The encoding the file was read in; nil when it could not be decoded.
  public var encoding: TextEncoding?

  public var hasErrors: Bool { diagnostics.hasErrors }
}

extension Roadmap {
  /// Reads a roadmap CSV from a file's bytes, in any encoding `TextDecoder` accepts.
  ///
  /// - Parameters:
  ///   - source: the file's name as the user gave it; it prefixes every diagnostic.
  ///   - today: the day that "after today" warnings and derived states refer to.
  public static func load(bytes: [UInt8], source: String, today: Day) -> LoadedRoadmap {
    switch RoadmapParser.parse(bytes: bytes, source: source, today: today, keepsItems: true) {
    case .failure(let diagnostic):
      return LoadedRoadmap(
        roadmap: Roadmap(source: source, items: []), diagnostics: [diagnostic], encoding: nil)
    case .success(let (parser, items, encoding)):
      return LoadedRoadmap(
        roadmap: Roadmap(source: source, items: items, extraColumns: parser.userColumns.headers),
        diagnostics: parser.log.sorted, encoding: encoding)
    }
  }

  /// Reads a roadmap CSV from text.
  public static func load(csv: String, source: String, today: Day) -> LoadedRoadmap {
    load(bytes: Array(csv.utf8), source: source, today: today)
  }
}
