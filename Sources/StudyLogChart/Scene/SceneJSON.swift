import StudyLog

/// The scene dump that `chart -o chart.scene.json` writes: the laid-out scene as JSON, for
/// scripts and tests to check a chart without looking at pixels.
///
/// `{"width", "height", "background", "nodes": [...]}` with sizes in points; `nodes` in paint
/// order, one per line, each `{"kind", "role", "item"?, "bbox": [x, y, w, h], "fill"?,
/// "stroke"?, "color"?, "text"?, "dashed"?, "pattern"?, "patternColor"?}` (see `SceneElement`;
/// `pattern` is `hatch`, `backhatch` or `crosshatch`, the `FillPattern` over a fill), numbers
/// rounded to 0.01 pt and colours as `#RRGGBB` (`#RRGGBBAA` when not opaque).
public enum SceneJSON {
  /// The dump of `scene`, with text boxes measured by `measurer`; ends with a newline.
  public static func encode(_ scene: Scene, measurer: TextMeasuring) -> String {
    let nodes = scene.elements(measurer: measurer).map { "    " + object($0) }
    return "{\n  \"width\": \(fmt(scene.width)),\n  \"height\": \(fmt(scene.height)),\n"
      + "  \"background\": \"\(scene.background.hex)\",\n  \"nodes\": ["
      + (nodes.isEmpty ? "]\n}\n" : "\n" + nodes.joined(separator: ",\n") + "\n  ]\n}\n")
  }

  /// One element as a one-line JSON object, keys in a fixed order.
  static func object(_ e: SceneElement) -> String {
    var pairs = ["\"kind\": \"\(e.kind)\"", "\"role\": \(JSONValue.string(e.role).rendered(indent: 0))"]
    if let item = e.item { pairs.append("\"item\": \(JSONValue.string(item).rendered(indent: 0))") }
    pairs.append("\"bbox\": [\([e.x, e.y, e.width, e.height].map(fmt).joined(separator: ", "))]")
    if let fill = e.fill { pairs.append("\"fill\": \"\(fill.hex)\"") }
    if let stroke = e.stroke { pairs.append("\"stroke\": \"\(stroke.hex)\"") }
    if let color = e.color { pairs.append("\"color\": \"\(color.hex)\"") }
    if let text = e.text { pairs.append("\"text\": \(JSONValue.string(text).rendered(indent: 0))") }
    if e.dashed { pairs.append("\"dashed\": true") }
    if let pattern = e.pattern {
      pairs.append("\"pattern\": \"\(pattern.kind.rawValue)\", \"patternColor\": \"\(pattern.color.hex)\"")
    }
    return "{" + pairs.joined(separator: ", ") + "}"
  }
}
