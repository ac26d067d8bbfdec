import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a finished child process ended and everything it wrote.
public struct Run: Sendable {
  /// The exit status (or the signal number when it was killed).
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }

  /// Runs `executable` to its end. Standard input is written, and standard output and error are
  /// read, at the same time, so a child that writes more than a pipe's buffer to either stream (or
  /// writes before it has read all its input) cannot block on a pipe nobody is emptying.
  public init(
    executable: URL, arguments: [String], stdin: Data = Data(), environment: [String: String]? = nil,
    in directory: URL? = nil
  ) throws {
    // A child that exits without reading all its input must not take the test process with it.
    _ = Run.ignoreBrokenPipes
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = directory }
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let writer = Background { [handle = input.fileHandleForWriting] in
      try? handle.write(contentsOf: stdin)
      try? handle.close()
    }
    let errorReader = Background { [handle = error.fileHandleForReading] in handle.readDataToEndOfFile() }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errorReader.wait()
    writer.wait()
    process.waitUntilExit()
    self.init(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

/// Work running on its own thread (not a pool thread, since it blocks on a pipe), and its result.
private final class Background<Result: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result?

  init(_ work: @escaping @Sendable () -> Result) {
    Thread.detachNewThread { [self] in
      result = work()
      done.signal()
    }
  }

  /// The result, once the work has finished.
  @discardableResult func wait() -> Result {
    done.wait()
    return result!
  }
}
