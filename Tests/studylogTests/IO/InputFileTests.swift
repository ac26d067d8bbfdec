import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Reading inputs through the real binary: `/dev/stdin`, FIFOs and process substitutions are files
/// to read, and a file that cannot be read gets a message that says why.
@Suite struct InputFileTests {
  let csv = "id,track,category,title\n1,SRE,Infra,DNS\n"

  func summary(of path: String, stdin: String? = nil, in folder: URL? = nil) throws -> Run {
    try Binary.run(["summary", path, "--today", "2024-09-15"], stdin: stdin, in: folder)
  }

  @Test func devStdinIsRead() throws {
    let r = try summary(of: "/dev/stdin", stdin: csv)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("Stdin: 1 item by category, as of 2024-09-15\n"))
  }

  @Test func aFIFOIsRead() throws {
    let f = try temporaryFolder()
    let fifo = f.appendingPathComponent("roadmap.csv").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let data = Data(csv.utf8)
    Thread.detachNewThread {
      // Blocks until studylog opens the FIFO to read it.
      if let handle = FileHandle(forWritingAtPath: fifo) {
        handle.write(data)
        try? handle.close()
      }
    }
    let r = try summary(of: "roadmap.csv", in: f)
    #expect(r.status == 0, "\(r.stderr)")
    // Titled after the (temporary) folder, as a file named roadmap.csv is.
    #expect(r.stdout.contains(": 1 item by category, as of 2024-09-15\n"))
  }

  @Test func aProcessSubstitutionIsRead() throws {
    let r = try Run(
      executable: URL(fileURLWithPath: "/bin/bash"),
      arguments: ["-c", "\"$0\" summary <(printf '%s' \"$1\") --today 2024-09-15", Binary.url.path, csv],
      environment: ["NO_COLOR": "1"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains(": 1 item by category, as of 2024-09-15\n"))
    #expect(r.stderr == "")
  }

  @Test func whatCannotBeReadSaysWhy() throws {
    let f = try temporaryFolder()
    let missing = try summary(of: "missing.csv", in: f)
    #expect(missing.status == 66)
    #expect(missing.stderr == "studylog: error: cannot read 'missing.csv': no such file\n")
    let folder = try summary(of: ".", in: f)
    #expect(folder.status == 66)
    #expect(folder.stderr == "studylog: error: cannot read '.': it is a directory\n")
    try Data(csv.utf8).write(to: f.appendingPathComponent("file"))
    let notAFolder = try summary(of: "file/roadmap.csv", in: f)
    #expect(notAFolder.status == 66)
    #expect(notAFolder.stderr == "studylog: error: cannot read 'file/roadmap.csv': not a directory\n")
  }
}
