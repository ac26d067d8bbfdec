import ArgumentParser
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `-o FILE`: where a report goes instead of standard output.
struct OutputOption: ParsableArguments {
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
