/// Writes CSV as RFC 4180 reads it: fields separated by commas, quoted only when they hold a comma,
/// a quote or a line break, with quotes doubled; records end in LF. The one field writer of the
/// roadmap writer, the session-log line writer and the comparison CSV.
public enum CSVWriter {
  /// One field: as it is, or quoted when it holds `,`, `"`, CR or LF.
  public static func field(_ text: String) -> String {
    // Scalars, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record without its line ending: the fields, each written by `field`, joined by commas.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",")
  }

  /// A whole file: one record per line, each ending in LF.
  public static func document(_ records: [[String]]) -> String {
    records.map { record($0) + "\n" }.joined()
  }
}
