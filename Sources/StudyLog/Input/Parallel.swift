import Dispatch

/// Runs a few independent pieces of work at once, on at most as many threads as there are cores
/// (`DispatchQueue.concurrentPerform`), and gives their results in the order of the pieces, so
/// that what is made of them is the same whatever the number of cores.
enum Parallel {
  /// `body(0)`, `body(1)`… `body(count - 1)`, in that order, computed concurrently. `body` must
  /// touch nothing that another piece changes.
  static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    if count <= 1 { return (0..<count).map(body) }
    let results = Slots<T>(count)
    withoutActuallyEscaping(body) { body in
      let work = Unchecked(body)
      DispatchQueue.concurrentPerform(iterations: count) { k in results.set(k, work.value(k)) }
    }
    return results.values()
  }

  /// `[element(0), element(1)… element(count - 1)]`, the two halves made at once (all of it on
  /// this thread when `count` is below `minimum`), each written straight into its place in the
  /// array (joining two arrays would copy every element once more).
  static func array<T>(_ count: Int, minimum: Int, _ element: (Int) -> T) -> [T] {
    let ranges = split(count, minimum: minimum)
    if ranges.count == 1 { return (0..<count).map(element) }
    return withoutActuallyEscaping(element) { element in
      let work = Unchecked(element)
      return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = Unchecked(buffer.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { k in
          for i in ranges[k] { (slots.value + i).initialize(to: work.value(i)) }
        }
        initialized = count
      }
    }
  }

  /// `0..<count` as its two halves, or whole when `count` is below `minimum`.
  static func split(_ count: Int, minimum: Int) -> [Range<Int>] {
    count >= minimum && count >= 2 ? [0..<count / 2, count / 2..<count] : [0..<count]
  }

  /// One slot per piece, each written by one thread only, and read after all have finished.
  private final class Slots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
      slots = .allocate(capacity: count)
      slots.initialize(repeating: nil)
    }

    deinit {
      _ = slots.deinitialize()
      slots.deallocate()
    }

    func set(_ k: Int, _ value: T) { slots[k] = value }

    func values() -> [T] { slots.map { $0! } }
  }

  /// The work, shared by the threads that run its pieces: each piece reads only what no other
  /// changes, and writes only its own slot.
  private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }
}
