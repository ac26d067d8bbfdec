/// The sysexits(3) codes studylog exits with, as the README documents them.
public enum ExitStatus {
  /// The command was used wrongly: an unknown option, a bad option value, an unknown item.
  public static let usage: Int32 = 64
  /// The input has errors (reported as diagnostics) or is not text.
  public static let dataError: Int32 = 65
  /// An input file is missing or cannot be read.
  public static let noInput: Int32 = 66
  /// A needed resource, such as a font, is missing.
  public static let unavailable: Int32 = 69
  /// An output cannot be written.
  public static let cannotCreate: Int32 = 73
}
