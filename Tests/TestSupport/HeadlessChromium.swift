import Foundation

/// Chromium without a window (Debian `chromium`, installed by `scripts/setup --tests`), to load a
/// page as a reader's browser would, run the page's own script and take screenshots. Each run
/// has a fresh profile; as root it runs without the sandbox, which Chromium refuses to use then.
public enum HeadlessChromium {
  /// The reader's colour scheme, as `prefers-color-scheme` reports it.
  public enum ColorScheme: String, CaseIterable, Sendable {
    case light, dark

    /// Blink's `preferredColorScheme` setting: 0 is dark, 1 light (checked with `matchMedia`).
    var blinkSetting: String { self == .dark ? "0" : "1" }
  }

  /// Why the tests that need a browser are skipped.
  public static let missing = "chromium is not installed: run scripts/setup --tests"

  /// The browser, when one is on the `PATH`.
  public static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser"] {
      for folder in path.split(separator: ":") {
        let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
      }
    }
    return nil
  }()

  public static var isAvailable: Bool { executable != nil }

  /// The page's DOM after its load event (and the scripts it runs then), as HTML.
  public static func dumpDOM(of page: URL, colorScheme: ColorScheme) throws -> String {
    try run(["--dump-dom", page.absoluteString], colorScheme: colorScheme)
  }

  /// A PNG of the first `width`×`height` CSS pixels of `page`, at one device pixel per CSS pixel.
  public static func screenshot(
    of page: URL, to png: URL, width: Int, height: Int, colorScheme: ColorScheme
  ) throws {
    _ = try run(
      [
        "--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars",
        "--force-device-scale-factor=1", page.absoluteString,
      ], colorScheme: colorScheme)
    guard FileManager.default.fileExists(atPath: png.path) else {
      throw HeadlessChromiumError(message: "chromium wrote no screenshot of \(page.path)")
    }
  }

  private static func run(_ arguments: [String], colorScheme: ColorScheme) throws -> String {
    guard let executable else { throw HeadlessChromiumError(message: missing) }
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "studylog-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let r = try Run(
      executable: executable,
      arguments: [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
        "--allow-file-access-from-files", "--blink-settings=preferredColorScheme=\(colorScheme.blinkSetting)",
      ] + arguments)
    guard r.status == 0 else {
      throw HeadlessChromiumError(message: "chromium exited with \(r.status): \(r.stderr.suffix(2000))")
    }
    return r.stdout
  }
}

/// Why Chromium could not do what a test asked.
public struct HeadlessChromiumError: Error, CustomStringConvertible {
  public let message: String
  public init(message: String) { self.message = message }
  public var description: String { message }
}
