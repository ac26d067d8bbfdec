import ArgumentParser
import Foundation
import StudyLog

/// sysexits(3) codes, as the README documents them.
enum ExitStatus {
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let unavailable = ExitCode(69)
  static let cannotCreate = ExitCode(73)
}

/// The roadmap file and the day reports are computed for: shared by every subcommand.
struct RoadmapInput: ParsableArguments {
  @Argument(help: "The roadmap CSV file, or - for standard input.")
  var file: String

  @Option(
    help: ArgumentHelp(
      "The day the report is for (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH, else the local date.",
      valueName: "day"))
  var today: String?

  func validate() throws {
    if case .failure(let e) = resolveToday() { throw ValidationError(e.message) }
  }

  func resolveToday() -> Result<Day, TodayError> {
    Today.resolve(option: today, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
  }

  /// The name diagnostics use for the input.
  var sourceName: String { file == "-" ? "<stdin>" : file }

  /// Reads and validates the roadmap; prints its diagnostics to standard error unless told
  /// otherwise. Exits 66 when the file cannot be read.
  func load(printDiagnostics: Bool = true) throws -> (loaded: LoadedRoadmap, today: Day) {
    let today = try resolveToday().get()
    let bytes = try Console.readInput(file)
    let loaded = Roadmap.load(bytes: bytes, source: sourceName, today: today)
    if printDiagnostics {
      for d in loaded.diagnostics { Console.printError(Console.styled(d)) }
    }
    return (loaded, today)
  }
}

extension RoadmapInput {
  /// The roadmap and today; exits 65 (after printing the diagnostics) when the file has errors.
  func loadValid() throws -> (roadmap: Roadmap, today: Day) {
    let (loaded, today) = try load()
    if loaded.hasErrors { throw ExitStatus.dataError }
    return (loaded.roadmap, today)
  }
}

/// `-o FILE`: where a report goes instead of standard output.
struct ReportOutput: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  /// Writes `text` to the file atomically, or prints it.
  func emit(_ text: String, inputs: [String]) throws {
    if let output {
      try OutputFile.write(Data(text.utf8), to: output, inputs: inputs)
    } else {
      Console.print(text)
    }
  }
}

/// Reading input and writing to the terminal: the only place that touches stdin, stdout, stderr.
enum Console {
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Prints `studylog: error: …` and returns the exit code to throw.
  static func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    printError("studylog: error: " + message)
    return code
  }

  /// A diagnostic, with `error:`/`warning:` in colour when standard error is a terminal and
  /// NO_COLOR is not set.
  static func styled(_ d: Diagnostic) -> String {
    let text = d.description
    guard useColor else { return text }
    let word = d.severity.rawValue + ":"
    let colour = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
    return text.replacingOccurrences(
      of: " \(word) ", with: " \(colour)\(word)\u{1B}[0m ", options: [], range: nil)
  }

  static let useColor: Bool =
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

  /// The bytes of `path`, or of standard input for `-`. Exits 66 when it cannot be read.
  static func readInput(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw fail("cannot read '\(path)': no such file", ExitStatus.noInput)
    }
    if isDirectory.boolValue {
      throw fail("cannot read '\(path)': it is a directory", ExitStatus.noInput)
    }
    do {
      return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      let reason =
        FileManager.default.isReadableFile(atPath: path)
        ? "\(error.localizedDescription)" : "permission denied"
      throw fail("cannot read '\(path)': \(reason)", ExitStatus.noInput)
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}
extension Grouping: ExpressibleByArgument {}
