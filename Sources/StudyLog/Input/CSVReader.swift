/// One field of a CSV record: its text and the byte offset where it starts in the file.
public struct CSVField: Sendable {
  /// The field's text, with quotes removed and doubled quotes undone.
  public var value: String
  /// Byte offset of the field's first byte (its opening quote, when quoted).
  public var offset: Int
}

/// One CSV record (a row), which may span several physical lines when a quoted field holds a
/// line break.
public struct CSVRecord: Sendable {
  public var fields: [CSVField]
  /// Byte offset where the record starts.
  public var offset: Int
}

/// A problem found while splitting the text into records.
public struct CSVIssue: Sendable, Equatable {
  public var severity: Diagnostic.Severity
  /// Byte offset the problem points at.
  public var offset: Int
  public var message: String
}

/// An RFC 4180 reader over UTF-8 bytes that keeps every field's position.
///
/// Fields are separated by commas and records by LF, CR LF or CR. A field in double quotes may
/// hold commas, line breaks and doubled quotes (`""`). Blank lines are skipped. An unterminated
/// quote is reported at the line where it opened (rather than silently taking in the rest of the
/// file); text after a closing quote is an error; a quote inside an unquoted field is kept as text
/// with a warning.
public enum CSVReader {
  /// All records and issues at once.
  public static func read(_ bytes: [UInt8]) -> (records: [CSVRecord], issues: [CSVIssue]) {
    var records: [CSVRecord] = []
    let issues = read(bytes) { records.append($0) }
    return (records, issues)
  }

  /// Calls `body` with each record in turn, so that a large file is never held as records all at
  /// once; returns the issues found.
  public static func read(_ bytes: [UInt8], _ body: (CSVRecord) -> Void) -> [CSVIssue] {
    read(bytes, from: 0, before: bytes.count) { record in
      body(record)
      return true
    }.issues
  }

  /// Reads the records that start at `start` or later and before `limit`, calling `body` with
  /// each; `body` returns false to stop after its record. `start` must be where a record starts
  /// (0, or an `end` this function returned). Gives the issues found and `end`: where the next
  /// record starts (at or after `limit` unless `body` stopped), or the end of the bytes. A record
  /// that starts before `limit` is read to its end, however far a quoted field takes it, so
  /// reading on from `end` gives exactly what one read from `start` would have given.
  static func read(
    _ bytes: [UInt8], from start: Int, before limit: Int, _ body: (CSVRecord) -> Bool
  ) -> (issues: [CSVIssue], end: Int) {
    let quote: UInt8 = 0x22
    let comma: UInt8 = 0x2C
    let cr: UInt8 = 0x0D
    let lf: UInt8 = 0x0A
    let n = bytes.count
    var issues: [CSVIssue] = []
    var i = start
    var buffer: [UInt8] = []
    var width = 0  // fields in the last record, to size the next one's array at once

    return bytes.withUnsafeBufferPointer { b in
      while i < n && i < limit {
        let recordStart = i
        var fields: [CSVField] = []
        fields.reserveCapacity(width)
        fieldLoop: while true {
          let fieldStart = i
          if i < n && b[i] == quote {
            i += 1
            buffer.removeAll(keepingCapacity: true)
            while true {
              guard i < n else {
                issues.append(
                  CSVIssue(
                    severity: .error, offset: fieldStart,
                    message: "unterminated quote: this field's opening quote is never closed"))
                fields.append(CSVField(value: String(decoding: buffer, as: UTF8.self), offset: fieldStart))
                _ = body(CSVRecord(fields: fields, offset: recordStart))
                return (issues, n)
              }
              let c = b[i]
              if c == quote {
                if i + 1 < n && b[i + 1] == quote {
                  buffer.append(quote)
                  i += 2
                  continue
                }
                i += 1
                break
              }
              if c == cr {
                // Keep line breaks inside a field as LF, whatever the file uses.
                buffer.append(lf)
                i += (i + 1 < n && b[i + 1] == lf) ? 2 : 1
                continue
              }
              buffer.append(c)
              i += 1
            }
            if i < n && b[i] != comma && b[i] != cr && b[i] != lf {
              issues.append(
                CSVIssue(
                  severity: .error, offset: i,
                  message:
                    "unexpected text after a closing quote; double a quote inside a quoted field (\"\")"
                ))
              while i < n && b[i] != comma && b[i] != cr && b[i] != lf { i += 1 }
            }
            fields.append(CSVField(value: String(decoding: buffer, as: UTF8.self), offset: fieldStart))
          } else {
            var strayQuote = -1
            while i < n {
              let c = b[i]
              if c == comma || c == cr || c == lf { break }
              if c == quote && strayQuote < 0 { strayQuote = i }
              i += 1
            }
            if strayQuote >= 0 {
              issues.append(
                CSVIssue(
                  severity: .warning, offset: strayQuote,
                  message: "a quote inside an unquoted field is kept as text; quote the whole field"))
            }
            fields.append(
              CSVField(
                value: String(decoding: UnsafeBufferPointer(rebasing: b[fieldStart..<i]), as: UTF8.self),
                offset: fieldStart))
          }
          if i >= n { break fieldLoop }
          switch b[i] {
          case comma:
            i += 1
          case cr:
            i += (i + 1 < n && b[i + 1] == lf) ? 2 : 1
            break fieldLoop
          default:  // lf
            i += 1
            break fieldLoop
          }
        }
        width = fields.count
        let blankLine = fields.count == 1 && fields[0].value.isEmpty && b[recordStart] != quote
        if !blankLine && !body(CSVRecord(fields: fields, offset: recordStart)) { break }
      }
      return (issues, i)
    }
  }
}
