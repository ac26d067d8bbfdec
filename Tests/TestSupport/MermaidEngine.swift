import Foundation

/// Mermaid 11.16.0 itself, run offline in headless Chromium (`Chromium`): `mermaid.parse` and
/// `mermaid.render` on diagrams, then the SVG read back with the browser's XML parser.
/// `scripts/setup --tests` unpacks mermaid.min.js from the PyPI wheel `artoo-mermaid` 11.16.0 into
/// `$XDG_CACHE_HOME/studylog/mermaid/11.16.0/` (`~/.cache/…` without XDG_CACHE_HOME);
/// `$STUDYLOG_MERMAID_JS` points at another copy.
public enum MermaidEngine {
  /// The version `scripts/setup --tests` installs.
  public static let version = "11.16.0"

  /// mermaid.min.js, where the setup script puts it (or `$STUDYLOG_MERMAID_JS`).
  public static let script: URL = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["STUDYLOG_MERMAID_JS"], !path.isEmpty { return URL(fileURLWithPath: path) }
    let cache =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
    return cache.appendingPathComponent("studylog/mermaid/\(version)/mermaid.min.js")
  }()

  /// Whether both Chromium and mermaid.min.js are there.
  public static var isAvailable: Bool {
    Chromium.isAvailable && FileManager.default.fileExists(atPath: script.path)
  }

  /// Why the tests that run Mermaid are skipped when it is missing.
  public static let missing =
    "chromium or mermaid.min.js \(version) is not installed: run scripts/setup --tests"

  /// Parses and renders every diagram in one page (one browser start for all), each on its own:
  /// an error in one does not stop the others.
  public static func render(_ diagrams: [String]) throws -> [MermaidDrawing] {
    guard FileManager.default.fileExists(atPath: script.path) else {
      throw ChromiumError(message: missing)
    }
    let sources = String(decoding: try JSONEncoder().encode(diagrams), as: UTF8.self)
      .replacingOccurrences(of: "</", with: "<\\/")
    let html = """
      <script src="\(script.absoluteString)"></script>
      <script>
      const diagrams = \(sources);
      \(pageScript)
      </script>
      """
    let report = try Chromium.run(html: html)
    return try JSONDecoder().decode([MermaidDrawing].self, from: Data(report.utf8))
  }

  /// For each diagram: `parse`, `render`, then the SVG string parsed as XML and its tasks, texts,
  /// sections and title collected.
  static let pageScript = """
    (async () => {
      const out = [];
      try { mermaid.initialize({ startOnLoad: false }); } catch (e) {
        studylogReport(JSON.stringify(diagrams.map(() => ({ error: 'initialize: ' + e, svgError: null, tasks: [],
          taskTexts: [], sections: [], title: null, texts: [] }))));
        return;
      }
      for (let i = 0; i < diagrams.length; i++) {
        try {
          await mermaid.parse(diagrams[i]);
          const { svg } = await mermaid.render('diagram' + i, diagrams[i]);
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          const broken = doc.querySelector('parsererror');
          const all = (selector) => [...doc.querySelectorAll(selector)];
          const number = (e, name) => Number(e.getAttribute(name) || 0);
          // Mermaid puts the render id before each task's id: 'diagram0-i12'.
          const prefix = 'diagram' + i + '-';
          const id = (e) => { const v = e.getAttribute('id') || ''; return v.startsWith(prefix) ? v.slice(prefix.length) : v; };
          out.push({
            error: null,
            svgError: broken ? broken.textContent : null,
            tasks: all('rect').filter((e) => (e.getAttribute('class') || '').split(/\\s+/).includes('task'))
              .map((e) => ({ id: id(e), classes: (e.getAttribute('class') || '').split(/\\s+/).filter(Boolean),
                             x: number(e, 'x'), width: number(e, 'width') })),
            taskTexts: all('text').filter((e) => /^taskText/.test(e.getAttribute('class') || ''))
              .map((e) => ({ id: id(e), text: e.textContent })),
            sections: all('text.sectionTitle').map((e) => e.textContent),
            title: all('text.titleText').map((e) => e.textContent)[0] ?? null,
            texts: all('text').map((e) => e.textContent),
          });
        } catch (e) {
          out.push({ error: String((e && e.message) || e), svgError: null, tasks: [], taskTexts: [], sections: [],
                     title: null, texts: [] });
        }
      }
      studylogReport(JSON.stringify(out));
    })();
    """
}

/// What Mermaid made of one diagram.
public struct MermaidDrawing: Decodable, Sendable {
  /// Mermaid's own message when it rejected the diagram (parse or render), verbatim.
  public var error: String?
  /// The XML parser's message when the SVG Mermaid wrote is not well-formed.
  public var svgError: String?
  /// Every task bar, milestone and `vert` marker drawn, in the diagram's order.
  public var tasks: [Task]
  /// The text drawn with each task (`taskText…` elements), in the diagram's order.
  public var taskTexts: [Label]
  /// The section titles drawn, in order.
  public var sections: [String]
  /// The chart's title, when one is drawn.
  public var title: String?
  /// The content of every `<text>` element of the SVG.
  public var texts: [String]

  /// A drawn task: its element id (the task's id, without the `diagramN-` Mermaid puts first), classes (`task`, `done0`, `crit0`,
  /// `milestone`, `vert`…) and horizontal place in SVG units.
  public struct Task: Decodable, Sendable {
    public var id: String
    public var classes: [String]
    public var x: Double
    public var width: Double
  }

  /// A task's text and its element id (the task's id and `-text`).
  public struct Label: Decodable, Sendable {
    public var id: String
    public var text: String
  }
}
