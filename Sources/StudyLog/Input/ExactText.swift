import Foundation

/// Text compared and hashed by its UTF-8 bytes, without Unicode normalization: ids and titles
/// are compared as typed, and hashing them this way costs a fraction of `String` hashing.
struct ExactText: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// A title within its track (blank for none), compared and hashed as `ExactText` is, without
/// joining the two into a new string for every row.
struct TrackTitle: Hashable {
  let track: String
  let title: String

  static func == (a: TrackTitle, b: TrackTitle) -> Bool {
    a.title.utf8.elementsEqual(b.title.utf8) && a.track.utf8.elementsEqual(b.track.utf8)
  }

  func hash(into hasher: inout Hasher) {
    var (track, title) = (track, title)
    track.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(0 as UInt8)
    title.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
