import Foundation
import TestSupport
import Testing

@Suite struct RunTests {
  // Each row starts after today, so each gives one warning on standard error: some 350 KB,
  // several times a pipe's buffer. Reading standard output to its end before standard error would
  // wait forever on a binary blocked writing its warnings; the run happens on its own thread so
  // that such a hang fails the test (a time limit cannot interrupt a blocking read).
  @Test func standardErrorLargerThanAPipeBuffer() throws {
    let rows = 4999  // with the header, a roadmap's most lines (InputLimits)
    var csv = "category,actual,title\n"
    for i in 1...rows { csv += "A,2024-09-20-,item \(i)\n" }
    let finished = Finished()
    Thread.detachNewThread { [csv] in
      finished.run = Result { try Binary.run(["summary", "-", "--today", "2024-09-15"], stdin: csv) }
      finished.done.signal()
    }
    guard finished.done.wait(timeout: .now() + 60) == .success, let result = finished.run else {
      Issue.record("Binary.run did not finish in 60 seconds")
      return
    }
    let r = try result.get()
    #expect(r.status == 0)
    #expect(r.stdout.contains("\(rows) items by category"))
    let lines = r.stderr.split(separator: "\n")
    #expect(r.stderr.utf8.count > 4 * 65_536)
    #expect(lines.count == rows)
    #expect(lines.first == "<stdin>:2:3: warning: actual start 2024-09-20 is after today (2024-09-15)")
    #expect(
      lines.last == "<stdin>:\(rows + 1):3: warning: actual start 2024-09-20 is after today (2024-09-15)")
  }
}

/// The outcome of a run on another thread, set before `done` is signalled.
private final class Finished: @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  var run: Result<Run, any Error>?
}
