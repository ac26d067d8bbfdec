import Foundation

/// Headless Chromium, run as a process on a local page, for tests that need a browser's own
/// reading of what studylog writes (Mermaid's parser and renderer, an SVG's layout).
///
/// A page reports by calling `studylogReport(text)` (defined by `reportScript`, which `run(html:)`
/// puts first in the page) once its work is done, possibly after `await`s; `run` returns that text.
/// Pages load local files through `file://` URLs (`--allow-file-access-from-files`), so a script
/// such as mermaid.min.js is referenced by its absolute URL. Each run gets a fresh profile folder,
/// removed afterwards; `--no-sandbox` lets it run as root (containers, CI).
///
/// ```swift
/// @Test(.enabled(if: Chromium.isAvailable, Comment(rawValue: Chromium.missing))) func width() throws {
///   let text = try Chromium.run(html: """
///     <svg id="s" xmlns="http://www.w3.org/2000/svg"><text id="t">Hangul 한글</text></svg>
///     <script>studylogReport(String(document.getElementById('t').getBBox().width))</script>
///     """)
///   #expect(Double(text)! > 0)
/// }
/// ```
public enum Chromium {
  /// The reader's colour scheme, as `prefers-color-scheme` reports it.
  public enum ColorScheme: String, CaseIterable, Sendable {
    case light, dark

    /// Blink's `preferredColorScheme` setting: 0 is dark, 1 light (checked with `matchMedia`;
    /// `--force-prefers-color-scheme` does nothing in Chromium 156).
    var blinkSetting: String { self == .dark ? "0" : "1" }
  }

  /// The browser: `$STUDYLOG_CHROMIUM`, else the first of `chromium`, `chromium-browser`,
  /// `google-chrome`, `google-chrome-stable` on `PATH`.
  public static let binary: URL? = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["STUDYLOG_CHROMIUM"], !path.isEmpty { return URL(fileURLWithPath: path) }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
      for folder in folders {
        let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
      }
    }
    return nil
  }()

  /// Whether a browser was found.
  public static var isAvailable: Bool { binary != nil }

  /// Why the tests that need a browser are skipped when there is none.
  public static let missing = "chromium is not installed: run scripts/setup --tests"

  /// Defines `studylogReport(text)`: the page's result, as base64 of its UTF-8 in an element
  /// `run` finds in the dumped DOM (so no character of it is lost to HTML serialisation).
  public static let reportScript = """
    <script>
    function studylogReport(text) {
      const bytes = new TextEncoder().encode(String(text));
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      const out = document.createElement('pre');
      out.id = 'studylog-result';
      out.textContent = btoa(binary);
      document.documentElement.appendChild(out);
    }
    </script>
    """

  /// Writes `html` (after `<!doctype html>`, a UTF-8 charset and `reportScript`) to a temporary
  /// page, loads it and returns what it reported.
  public static func run(
    html: String, colorScheme: ColorScheme = .light, timeBudget milliseconds: Int = 60_000
  ) throws -> String {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page.html")
    let document =
      "<!doctype html>\n<html><head><meta charset=\"utf-8\">\(reportScript)</head><body>\n\(html)\n</body></html>\n"
    try Data(document.utf8).write(to: page)
    return try run(page: page, colorScheme: colorScheme, timeBudget: milliseconds)
  }

  /// Loads the local page `page` (which must define or include `reportScript`), lets its scripts
  /// run for up to `milliseconds` of virtual time (timers are fast-forwarded, so this is rarely
  /// waited in full) and returns what it passed to `studylogReport`.
  public static func run(
    page: URL, colorScheme: ColorScheme = .light, timeBudget milliseconds: Int = 60_000
  ) throws -> String {
    let r = try launch(
      ["--virtual-time-budget=\(milliseconds)", "--dump-dom", page.absoluteString], colorScheme: colorScheme)
    let marker = "<pre id=\"studylog-result\">"
    guard let start = r.stdout.range(of: marker),
      let end = r.stdout.range(of: "</pre>", range: start.upperBound..<r.stdout.endIndex),
      let data = Data(base64Encoded: String(r.stdout[start.upperBound..<end.lowerBound]))
    else {
      throw ChromiumError(
        message: "chromium exited with \(r.status) and the page reported nothing: "
          + String(r.stderr.suffix(2000)))
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// A PNG of the first `width`×`height` CSS pixels of `page`, at one device pixel per CSS pixel.
  public static func screenshot(
    of page: URL, to png: URL, width: Int, height: Int, colorScheme: ColorScheme
  ) throws {
    let r = try launch(
      [
        "--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars",
        "--force-device-scale-factor=1", page.absoluteString,
      ], colorScheme: colorScheme)
    guard FileManager.default.fileExists(atPath: png.path) else {
      throw ChromiumError(
        message: "chromium exited with \(r.status) and wrote no screenshot of \(page.path): "
          + String(r.stderr.suffix(2000)))
    }
  }

  /// Runs the browser headless with a fresh profile, removed afterwards.
  private static func launch(_ arguments: [String], colorScheme: ColorScheme) throws -> Run {
    guard let binary else { throw ChromiumError(message: missing) }
    let profile = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    return try Run(
      executable: binary,
      arguments: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=\(profile.path)", "--allow-file-access-from-files",
        "--blink-settings=preferredColorScheme=\(colorScheme.blinkSetting)",
      ] + arguments)
  }
}

/// Chromium is missing, failed, or its page reported nothing.
public struct ChromiumError: Error, CustomStringConvertible {
  /// What went wrong, with the end of Chromium's own messages.
  public let message: String
  public var description: String { message }
}
