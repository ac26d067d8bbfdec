import Foundation

/// A PDF read back by poppler's `pdftotext` and `pdfinfo`: the text a reader could select and copy,
/// and the document information (title, creation date). `scripts/setup --tests` installs them
/// (Debian: poppler-utils).
public enum PDFText {
  /// Why the PDF text tests are skipped when the tools are missing.
  public static let missing = "pdftotext and pdfinfo are not installed: run scripts/setup --tests"

  /// Whether `pdftotext` and `pdfinfo` are both on `PATH`.
  public static var isAvailable: Bool { pdftotext != nil && pdfinfo != nil }

  /// The non-empty lines of the PDF's text in reading order, trimmed.
  public static func lines(of url: URL) throws -> [String] {
    try run(pdftotext, ["-q", "-enc", "UTF-8", url.path, "-"]).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// The lines of a PDF held in memory.
  public static func lines(of bytes: [UInt8]) throws -> [String] {
    try withFile(bytes) { try lines(of: $0) }
  }

  /// The document information, such as `Title`, `Creator` and `CreationDate` (ISO 8601).
  public static func info(of url: URL) throws -> [String: String] {
    var info: [String: String] = [:]
    for line in try run(pdfinfo, ["-isodates", "-enc", "UTF-8", url.path]).split(whereSeparator: \.isNewline)
    {
      guard let colon = line.firstIndex(of: ":") else { continue }
      info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return info
  }

  /// The document information of a PDF held in memory.
  public static func info(of bytes: [UInt8]) throws -> [String: String] {
    try withFile(bytes) { try info(of: $0) }
  }

  private static let pdftotext = onPath("pdftotext")
  private static let pdfinfo = onPath("pdfinfo")

  private static func onPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  private static func run(_ tool: URL?, _ arguments: [String]) throws -> String {
    guard let tool else { throw PDFTextError(message: missing) }
    let r = try Run(executable: tool, arguments: arguments)
    guard r.status == 0 else {
      throw PDFTextError(message: "\(tool.lastPathComponent) exited with \(r.status): \(r.stderr)")
    }
    return r.stdout
  }

  private static func withFile<T>(_ bytes: [UInt8], _ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "studylog-\(UUID().uuidString).pdf")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
  }
}

/// `pdftotext` or `pdfinfo` is missing or could not read a PDF.
public struct PDFTextError: Error, CustomStringConvertible {
  /// What went wrong, with the tool's own message.
  public let message: String
  public var description: String { message }
}
