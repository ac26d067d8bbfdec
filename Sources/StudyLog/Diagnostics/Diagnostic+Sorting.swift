extension Array where Element == Diagnostic {
  /// By line, then column, then the order they were found in (a problem with the whole file
  /// first).
  func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let la = a.element.line ?? 0
      let lb = b.element.line ?? 0
      if la != lb { return la < lb }
      let ca = a.element.column ?? 0
      let cb = b.element.column ?? 0
      return ca != cb ? ca < cb : a.offset < b.offset
    }.map(\.element)
  }
}
