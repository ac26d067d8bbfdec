extension String {
  /// The text with every occurrence of `target` replaced by `replacement`, compared scalar by
  /// scalar (as Foundation's `.literal` option did): a `\r` inside `\r\n` and a quote before a
  /// combining mark are found. For line breaks and escaping, where no occurrence may hide.
  public func replacingScalars(_ target: String, with replacement: String) -> String {
    let pattern = Array(target.unicodeScalars)
    guard let first = pattern.first else { return self }
    var out = String.UnicodeScalarView()
    let scalars = Array(unicodeScalars)
    var i = 0
    while i < scalars.count {
      if scalars[i] == first, i + pattern.count <= scalars.count,
        scalars[i..<(i + pattern.count)].elementsEqual(pattern)
      {
        out.append(contentsOf: replacement.unicodeScalars)
        i += pattern.count
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return String(out)
  }
}
