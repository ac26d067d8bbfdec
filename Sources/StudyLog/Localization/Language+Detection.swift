extension Language {
  /// The language a roadmap is written in, for outputs the user did not give a locale for: Korean
  /// when more than half of the item titles that hold letters contain Hangul, English otherwise.
  /// Titles like "AWS VPC 설계 실습" count as Korean: the words around the product names decide.
  public static func detected(for roadmap: Roadmap) -> Language {
    var lettered = 0
    var hangul = 0
    for item in roadmap.items {
      let scalars = item.title.unicodeScalars
      guard scalars.contains(where: \.properties.isAlphabetic) else { continue }
      lettered += 1
      if scalars.contains(where: isHangul) { hangul += 1 }
    }
    return hangul * 2 > lettered ? .ko : .en
  }

  /// Hangul syllables and jamo (conjoining, compatibility and extended).
  static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
    default: false
    }
  }
}
