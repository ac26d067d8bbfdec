extension InputLimits {
  /// What the limits look at in a file before it is parsed: its lines and its widest row.
  ///
  /// Text with a UTF-16 byte-order mark is read in 16-bit units; any other text (UTF-8, CP949)
  /// byte by byte, where line breaks, separators and quotes are always ASCII.
  struct Shape {
    /// Lines ended by LF, CR LF or CR; a last line without an ending counts too.
    var lines = 0
    /// The row with the most fields, and the line it starts on. In a CSV file (`isCSV`), fields
    /// as the CSV reader splits them (RFC 4180: commas and line breaks inside quotes do not
    /// count); in a post, one more than the `|` on the line, which bounds a table row's cells.
    var widestRow = (fields: 0, line: 0)
    /// Whether the text is CSV (fields split by commas, quotes) or markdown (cells by `|`).
    private let isCSV: Bool

    init(_ bytes: [UInt8], isCSV: Bool = true) {
      self.isCSV = isCSV
      if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
        let littleEndian = bytes[0] == 0xFF
        scan(
          stride(from: 2, to: bytes.count - 1, by: 2).lazy.map { i -> UInt16 in
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            return littleEndian ? a | b << 8 : a << 8 | b
          })
      } else {
        bytes.withUnsafeBufferPointer { scan($0) }
      }
    }

    /// Where the scan is within a field.
    private enum State {
      case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private mutating func scan<S: Sequence>(_ units: S) where S.Element: FixedWidthInteger {
      let (lf, cr): (S.Element, S.Element) = (0x0A, 0x0D)
      // A post has no quoting: a `"` is text there.
      let separator: S.Element = isCSV ? 0x2C : 0x7C
      let quote: S.Element? = isCSV ? 0x22 : nil
      var previous: S.Element = 0
      var open = false
      var state = State.fieldStart
      var fields = 1
      var rowLine = 1
      var hasContent = false
      // What an ordinary unit is not (for a post, whose `"` is text, the separator again).
      let special = quote ?? separator
      for unit in units {
        // An ordinary unit, the commonest by far: all it does is give its field content.
        if unit != lf && unit != cr && unit != separator && unit != special {
          (open, previous) = (true, unit)
          if state != .quoted { (state, hasContent) = (.unquoted, true) }
          continue
        }
        let isBreak = unit == cr || (unit == lf && previous != cr)
        if isBreak { lines += 1 }
        open = !(unit == cr || unit == lf)
        defer { previous = unit }
        if state == .quoted {
          if unit == quote { state = .quoteInQuoted }
          continue
        }
        if state == .quoteInQuoted && unit == quote {
          state = .quoted
          continue
        }
        if unit == separator {
          fields += 1
          state = .fieldStart
        } else if unit == cr || unit == lf {
          if hasContent && fields > widestRow.fields { widestRow = (fields, rowLine) }
          (fields, state, hasContent) = (1, .fieldStart, false)
          rowLine = lines + 1
          continue
        } else if state == .fieldStart {
          state = unit == quote ? .quoted : .unquoted
        } else if state == .quoteInQuoted {
          state = .unquoted
        }
        hasContent = true
      }
      if hasContent && fields > widestRow.fields { widestRow = (fields, rowLine) }
      lines += open ? 1 : 0
    }
  }
}
