import StudyLog
import StudyLogChart

/// What a config file says about one roadmap; nil where it says nothing, so that command-line
/// options, then the file's settings for the roadmap, then its settings for every roadmap, then
/// the built-in defaults decide, in that order.
public struct RoadmapSettings: Equatable, Sendable {
  /// The charts' title.
  public var title: String?
  /// The language of every word written.
  public var locale: Language?
  /// The themes to draw: `chart` draws the first, `report` each of them.
  public var themes: [Theme]?
  public var sort: ChartSort?
  /// The window's first and last day (`window: {from:, to:}`).
  public var from: Day?
  public var to: Day?
  public var marks: [ChartMark]?
  /// Category colours that replace the palette's.
  public var colors: [String: Color]?
  /// Pango font families, a comma-separated list.
  public var font: String?
  /// Chart width in points.
  public var width: Double?
  /// PNG pixels per point.
  public var scale: Double?
  /// The session log, relative to the config file's folder.
  public var sessions: String?
  /// Where `report` writes the markdown reports, relative to the config file's folder.
  public var reportFolder: String?
  /// Where `report` writes the images, relative to the config file's folder.
  public var imageFolder: String?
  /// How `report` names its files.
  public var names: FileNameTemplate?
  /// How a post refers to an image: a template holding `{file}` (`/assets/img/{file}`,
  /// `{{ '/assets/img/career-map/{file}' | relative_url }}`).
  public var imageURL: String?

  public init() {}

  /// These settings, with `defaults` filling what they leave out.
  public func over(_ defaults: RoadmapSettings) -> RoadmapSettings {
    var merged = self
    merged.title = title ?? defaults.title
    merged.locale = locale ?? defaults.locale
    merged.themes = themes ?? defaults.themes
    merged.sort = sort ?? defaults.sort
    merged.from = from ?? defaults.from
    merged.to = to ?? defaults.to
    merged.marks = marks ?? defaults.marks
    merged.colors = colors ?? defaults.colors
    merged.font = font ?? defaults.font
    merged.width = width ?? defaults.width
    merged.scale = scale ?? defaults.scale
    merged.sessions = sessions ?? defaults.sessions
    merged.reportFolder = reportFolder ?? defaults.reportFolder
    merged.imageFolder = imageFolder ?? defaults.imageFolder
    merged.names = names ?? defaults.names
    merged.imageURL = imageURL ?? defaults.imageURL
    return merged
  }

  /// `imageURL` for the image file `name` (the file's name only), or nil when none is set.
  public func imageReference(_ name: String) -> String? {
    imageURL?.replacing("{file}", with: name)
  }
}
