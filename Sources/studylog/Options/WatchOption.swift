import ArgumentParser

/// `--watch`, shared by `chart` and `report`: build once and print the files written, or keep
/// building on every change (`Watch`).
struct WatchOption: ParsableArguments {
  @Flag(help: "Keep running, and write again whenever the roadmap, its session log or the config changes.")
  var watch = false

  /// Runs `build` once, printing the files it wrote, or under `Watch` with `--watch`.
  func run(
    _ input: RoadmapInput, sessions: SessionsOption, config: ConfigOption, build: () throws -> [String]
  ) throws {
    guard watch else { return Console.print(try build().map { $0 + "\n" }.joined()) }
    guard input.file != "-" else { throw ValidationError("--watch needs a roadmap file, not standard input") }
    try Watch.run(roadmap: input.file, sessions: sessions, config: config, build: build)
  }
}
