import Dispatch
import StudyLog
import StudyLogCairo
import StudyLogChart

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Draws several charts to files at once, as many at a time as there are cores: `report`'s
/// outputs. Each file is written as `Drawing.write` writes it; the files are the same bytes as
/// when drawn one after another.
enum ConcurrentDrawing {
  /// One chart to draw to one file.
  struct Job: Sendable {
    let scene: Scene
    let format: ImageFormat
    let path: String
  }

  /// Draws every job, each with a renderer of its own (fonts `families`): SVG and PDF first, one
  /// after another on this thread (Cairo numbers their surfaces in the order the process makes
  /// surfaces, so they must not race with the PNGs), then the PNGs, at most one per core at a
  /// time. Every job runs even when another fails; then the error of the first failed job, in
  /// the order given, is thrown.
  static func write(
    _ all: [Job], families: String, scale: Double, level: Int = CairoRenderer.defaultPNGLevel, title: String,
    today: Day, inputs: [String]
  ) async throws {
    var vectorFailure: (Int, any Error)?
    for (index, job) in all.enumerated() where job.format != .png {
      do {
        try Drawing.write(
          job.scene, as: job.format, to: job.path, renderer: CairoRenderer(families: families), scale: scale,
          title: title, today: today, inputs: inputs)
      } catch {
        if vectorFailure == nil { vectorFailure = (index, error) }
      }
    }
    let pngs = all.enumerated().filter { $0.element.format == .png }
    let jobs = pngs.map(\.element)
    let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    // Charts run side by side on every core, so each draws its bands on its own thread only.
    let threads = jobs.count >= cores ? 1 : cores
    let failures = await withTaskGroup(of: (Int, (any Error)?).self) { group in
      func start(_ index: Int) {
        let job = jobs[index]
        group.addTask {
          let renderer = CairoRenderer(families: families)
          renderer.pngThreads = threads
          renderer.pngLevel = level
          do {
            try Drawing.write(
              job.scene, as: job.format, to: job.path, renderer: renderer, scale: scale, title: title,
              today: today, inputs: inputs)
            return (index, nil)
          } catch {
            return (index, error)
          }
        }
      }
      var next = 0
      while next < min(cores, jobs.count) {
        start(next)
        next += 1
      }
      var failures: [Int: any Error] = [:]
      for await (index, error) in group {
        if let error { failures[index] = error }
        if next < jobs.count {
          start(next)
          next += 1
        }
      }
      return failures
    }
    let pngFailure = failures.keys.min().map { (pngs[$0].offset, failures[$0]!) }
    if let (_, error) = [vectorFailure, pngFailure].compactMap({ $0 }).min(by: { $0.0 < $1.0 }) {
      throw error
    }
  }

  /// `write`, from synchronous code (`report --watch` builds in a loop that blocks on inotify):
  /// runs it on the cooperative pool and waits. The caller is the main thread, not a pool thread,
  /// so the wait cannot starve the drawing.
  static func writeWaiting(
    _ all: [Job], families: String, scale: Double, level: Int, title: String, today: Day, inputs: [String]
  ) throws {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      do {
        try await write(
          all, families: families, scale: scale, level: level, title: title, today: today, inputs: inputs)
        outcome.set(.success(()))
      } catch {
        outcome.set(.failure(error))
      }
      done.signal()
    }
    done.wait()
    try outcome.get()
  }

  /// The result of a detached `write`, handed to the waiting thread under a lock.
  private final class Outcome: @unchecked Sendable {
    private let lock = DispatchQueue(label: "studylog.outcome")
    private var result: Result<Void, any Error> = .success(())

    func set(_ value: Result<Void, any Error>) { lock.sync { result = value } }
    func get() throws { try lock.sync { result }.get() }
  }
}
