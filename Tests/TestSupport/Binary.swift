import Foundation

/// Runs the built `studylog` binary, as a user would.
public enum Binary {
  /// The `studylog` executable next to the test bundle in the build folder.
  public static let url: URL = {
    let bundle = Bundle.main.bundleURL
    for folder in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("studylog")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return argv0.appendingPathComponent("studylog")
  }()

  /// Runs `studylog` with `arguments`, without colour and without `SOURCE_DATE_EPOCH`,
  /// `FONTCONFIG_FILE` or `FONTCONFIG_PATH` unless `environment` sets them; `stdin` or
  /// `stdinBytes` is its standard input.
  public static func run(
    _ arguments: [String], stdin: String? = nil, stdinBytes: [UInt8]? = nil,
    environment: [String: String] = [:],
    in directory: URL? = nil
  ) throws -> Run {
    var env = ProcessInfo.processInfo.environment
    env["SOURCE_DATE_EPOCH"] = nil
    env["NO_COLOR"] = "1"
    env["FONTCONFIG_FILE"] = nil
    env["FONTCONFIG_PATH"] = nil
    for (k, v) in environment { env[k] = v }
    var input = Data()
    if let stdin { input.append(Data(stdin.utf8)) }
    if let stdinBytes { input.append(Data(stdinBytes)) }
    return try Run(executable: url, arguments: arguments, stdin: input, environment: env, in: directory)
  }
}
