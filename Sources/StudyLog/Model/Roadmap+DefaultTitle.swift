#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Roadmap {
  /// The title a roadmap's charts and posts get when none is given, from the path of its file:
  /// `reports/career-map/roadmap.csv` → "Career map" (a file named `roadmap` takes its folder's
  /// name), `ml_plan.csv` → "Ml plan", standard input (`-`) → "Roadmap". A relative path is read
  /// from `workingDirectory`, so `roadmap.csv` in `career-map` is "Career map" too.
  ///
  /// In Korean the name is kept as it is written, as a name, and followed by 로드맵:
  /// `career-map 로드맵`, standard input → "로드맵" (a name already ending in 로드맵 gets it once),
  /// so that no chart title is half English words the user never wrote.
  ///
  /// Reads only the two paths' text, never the file system.
  public static func defaultTitle(forFile path: String, workingDirectory: String, language: Language = .en)
    -> String
  {
    let word = language.text(ReportPhrase.roadmap)
    guard path != "-" else { return word }
    let components = absoluteComponents(of: path, in: workingDirectory)
    guard let name = components.last else { return "/" }
    var stem = stemOf(name)
    if stem.lowercased() == "roadmap", let folder = components.dropLast().last, folder != "." {
      stem = folder
    }
    if language == .ko {
      if stem.lowercased() == "roadmap" { return word }
      return stem.hasSuffix(word) ? String(stem) : "\(stem) \(word)"
    }
    let words = stem.replacing("_", with: " ").replacing("-", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// The English default title of the roadmap's `source`, read from the root folder (for reports
  /// made without a title; commands always give one).
  public var defaultTitle: String {
    Roadmap.defaultTitle(forFile: source == "<stdin>" ? "-" : source, workingDirectory: "/")
  }

  /// The non-empty components of `path`; a relative path is put after `workingDirectory`, with
  /// its `.` and `..` components resolved as a URL relative to that folder would.
  private static func absoluteComponents(of path: String, in workingDirectory: String) -> [Substring] {
    let parts = { (text: String) in text.split(separator: "/", omittingEmptySubsequences: true) }
    guard !path.hasPrefix("/") else { return parts(path) }
    var resolved = parts(workingDirectory)
    for part in parts(path) {
      switch part {
      case ".": continue
      case "..": _ = resolved.popLast()
      default: resolved.append(part)
      }
    }
    return resolved
  }

  /// A file name without its extension: `roadmap.csv` → `roadmap`. A leading or final dot
  /// starts no extension (`.hidden`, `plan.`).
  private static func stemOf(_ name: Substring) -> Substring {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
    else { return name }
    return name[..<dot]
  }
}
