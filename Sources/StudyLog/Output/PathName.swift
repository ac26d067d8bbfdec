/// The folder and the last component of a path, by its text (nothing on disk is read), as
/// `NSString`'s `deletingLastPathComponent` and `lastPathComponent` gave them: trailing slashes
/// do not count, `/` is its own folder and name, and a name without a slash has the folder "".
/// Slashes are found in the bytes, so a combining mark after one does not hide it.
public enum PathName {
  /// `a/b` for `a/b/c` and `a/b/c/`, `/` for `/a`, "" for `a` and "".
  public static func folder(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path[...])
    if trimmed.isEmpty { return path == "/" ? "/" : "" }
    guard let slash = trimmed.utf8.lastIndex(of: slashByte) else { return "" }
    let folder = withoutTrailingSlashes(trimmed[..<slash])
    return folder.isEmpty ? "/" : String(folder)
  }

  /// `c` for `a/b/c` and `a/b/c/`, `/` for `/`, "" for "" and `//`.
  public static func lastComponent(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path[...])
    if trimmed.isEmpty { return path == "/" ? "/" : "" }
    guard let slash = trimmed.utf8.lastIndex(of: slashByte) else { return String(trimmed) }
    return String(trimmed[trimmed.utf8.index(after: slash)...])
  }

  private static let slashByte = UInt8(ascii: "/")

  private static func withoutTrailingSlashes(_ path: Substring) -> Substring {
    var end = path.utf8.endIndex
    while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == slashByte {
      end = path.utf8.index(before: end)
    }
    return path[..<end]
  }
}
