/// The commented file `studylog init` writes: every setting, commented out except the title, so
/// that it reads as documentation and changes nothing until the user says so.
public enum StarterConfig {
  /// The starter file for the roadmap file named `roadmap` (`career-map.csv`), whose title would
  /// otherwise be `title`.
  public static func text(roadmap: String, title: String) -> String {
    let stem = roadmap.hasSuffix(".csv") ? String(roadmap.dropLast(4)) : roadmap
    return """
      # studylog's settings for the roadmaps in this folder. Command-line options override them.
      # In a Jekyll site, the same keys can sit under `studylog:` in _config.yml instead; paths
      # are then relative to the site's folder. Remove the # before a line to use it.

      # For every roadmap in this folder:
      title: "\(title.replacingScalars("\\", with: "\\\\").replacingScalars("\"", with: "\\\""))"
      # locale: ko                     # en or ko: the language of every word written
      # theme: [light, dark]           # chart draws the first; report draws each
      # sort: start                    # rows within a track: file (as written) or start
      # window: {from: 2024-01-01, to: 2024-12-31}
      # colors:                        # quote colours: in YAML, # starts a comment
      #   Infra: "#0072B2"
      # marks:
      #   2024-06-30: 인턴 종료
      # font: "NanumGothic, DejaVu Sans"
      # width: 1200                    # points
      # scale: 2                       # PNG pixels per point
      # sessions: \(stem).sessions.csv   # the session log
      # report:
      #   folder: .                    # where the markdown goes
      #   images: ../assets/img/\(stem) # where the images go (default: with the markdown)
      #   names: "{roadmap}-{name}{theme}.{ext}"
      #   image-url: "{{ '/assets/img/\(stem)/{file}' | relative_url }}"

      # For one roadmap, over the settings above:
      # roadmaps:
      #   \(roadmap):
      #     title: …

      """
  }
}
