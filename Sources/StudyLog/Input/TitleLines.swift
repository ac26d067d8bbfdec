/// Each title within its track with the line that first used it, for the warning on a title used
/// twice: the bytes of every key back to back in one buffer and an open-addressing table of
/// indices, about 80 bytes a row for a 50-byte title where a dictionary of strings took twice
/// that and a heap block per title. Keys are compared by their UTF-8 bytes, as `ExactText` is.
struct TitleLines {
  /// The keys' bytes back to back: track, a NUL (never in a cell), title.
  private var bytes: [UInt8] = []
  /// Where key `i` starts in `bytes`, and where it ends: `starts[i + 1]`.
  private var starts = [0]
  private var lines: [Int] = []
  /// Per slot, the index of a key plus one; 0 for an empty slot. Never more than half full.
  private var slots: [Int32] = []

  init(expected: Int = 0) {
    slots = Array(repeating: 0, count: Self.slotCount(for: expected))
    starts.reserveCapacity(expected)
    lines.reserveCapacity(expected)
  }

  private static func slotCount(for keys: Int) -> Int {
    var n = 16
    while n < keys * 2 { n <<= 1 }
    return n
  }

  /// The line that first used `title` in `track`; nil (and `line` recorded) when none did.
  mutating func firstLine(track: String, title: String, line: Int) -> Int? {
    let start = bytes.count
    bytes.append(contentsOf: track.utf8)
    bytes.append(0)
    bytes.append(contentsOf: title.utf8)
    let hash = Self.hash(bytes[start...])
    var slot = hash & (slots.count - 1)
    while slots[slot] != 0 {
      let index = Int(slots[slot]) - 1
      if key(at: index).elementsEqual(bytes[start...]) {
        bytes.removeSubrange(start...)
        return lines[index]
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    slots[slot] = Int32(lines.count + 1)
    starts.append(bytes.count)
    lines.append(line)
    if lines.count * 2 > slots.count { grow() }
    return nil
  }

  private func key(at index: Int) -> ArraySlice<UInt8> { bytes[starts[index]..<starts[index + 1]] }

  private static func hash(_ key: ArraySlice<UInt8>) -> Int {
    var hasher = Hasher()
    key.withUnsafeBytes { hasher.combine(bytes: $0) }
    return hasher.finalize()
  }

  /// Twice the slots, every key placed again.
  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    for index in lines.indices {
      var slot = Self.hash(key(at: index)) & (slots.count - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(index + 1)
    }
  }
}
