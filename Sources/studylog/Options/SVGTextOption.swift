import ArgumentParser

/// `--svg-text text|outlines`: how an SVG holds its text.
struct SVGTextOption: ParsableArguments {
  /// Text as `<text>` for browsers (`SVGWriter`), or every glyph as an outline (Cairo's SVG).
  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case text, outlines
  }

  @Option(
    name: .customLong("svg-text"),
    help: ArgumentHelp(
      "text: an SVG for the web (real text, links, tooltips, light and dark in one file); outlines:"
        + " every glyph as a path, exactly as in the PNG, for tools that need exact glyphs.",
      valueName: "mode"))
  var mode: Mode = .text
}
