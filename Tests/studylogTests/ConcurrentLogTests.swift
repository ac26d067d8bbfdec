import Foundation
import TestSupport
import Testing

/// `log` runs at once on a session log that does not exist yet.
@Suite struct ConcurrentLogTests {
  /// Every run finds the log missing; one creates it and the others, whose link fails because it
  /// exists meanwhile, append their line to it. Every multi-line note must arrive whole. The runs
  /// read the roadmap from standard input, so that all of them start and then wait for it, and
  /// race once it arrives. With 40 runs on two cores, appending only the last physical line (the
  /// old behaviour) lost notes in every one of eight tries; a try without a race still passes.
  @Test func everyMultiLineNoteArrivesWhole() throws {
    let folder = try temporaryFolder()
    let roadmap = Data("id,track,category,title\n1,SRE,Infra,DNS\n".utf8)
    let runs = 40
    let started = try (0..<runs).map { i in
      let process = Process()
      process.executableURL = Binary.url
      process.arguments = [
        "log", "-", "--sessions", "sessions.csv", "--item", "1", "--hours", "1", "--today", "2024-09-15",
        "--note", "first \(i)\nsecond \(i)",
      ]
      process.currentDirectoryURL = folder
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return (process, input.fileHandleForWriting)
    }
    for (_, input) in started {
      input.write(roadmap)
      try input.close()
    }
    for (process, _) in started {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let log = String(
      decoding: try Data(contentsOf: folder.appendingPathComponent("sessions.csv")), as: UTF8.self)
    let lines = (0..<runs).map { "2024-09-15,1,1,\"first \($0)\nsecond \($0)\"\n" }
    #expect(log.hasPrefix("date,item,hours,note\n"))
    for line in lines { #expect(log.contains(line), "missing: \(line)") }
    #expect(log.utf8.count == "date,item,hours,note\n".utf8.count + lines.map(\.utf8.count).reduce(0, +))
  }
}
