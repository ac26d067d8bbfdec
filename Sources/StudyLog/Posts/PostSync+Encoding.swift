/// Writing a synced post back in the encoding it was read in.
extension PostSync {
  /// Why a synced post cannot be written back as it was stored (exit 65); nothing is written.
  public enum EncodingError: StudyLogError, Equatable {
    /// The post's encoding has no bytes for a character of the new content.
    case cannotEncode(String, TextEncodingError)
    /// The post's bytes do not come back unchanged from its text, so bytes outside the markers
    /// could change.
    case notRoundTrip(String, TextEncoding)

    public var errorDescription: String? {
      switch self {
      case .cannotEncode(let path, let error):
        return
          "cannot update '\(path)': the post is \(error.encoding.rawValue), which has no \(error.characterName) that the roadmap holds; nothing was written (re-save the post as UTF-8)"
      case .notRoundTrip(let path, let encoding):
        return
          "cannot update '\(path)': its \(encoding.rawValue) bytes would not be kept byte for byte; nothing was written (re-save the post as UTF-8)"
      }
    }

    public var exitCode: Int32 { ExitStatus.dataError }
  }

  /// `text`, the synced post, in the encoding `decoded` says the post was in, with its byte-order
  /// mark: every byte outside the markers is the original's. `original` is the post's bytes as
  /// read; `source` names it in messages.
  public static func encode(_ text: String, like decoded: DecodedText, original: [UInt8], source: String)
    -> Result<[UInt8], EncodingError>
  {
    let encoding = decoded.encoding
    // Each encoding is stateless, so when the whole original comes back byte for byte, so does
    // every unchanged line around the new content.
    let again = encoding.encode(String(decoding: decoded.utf8, as: UTF8.self), byteOrderMark: true)
    guard case .success(original) = again else { return .failure(.notRoundTrip(source, encoding)) }
    return encoding.encode(text, byteOrderMark: true).mapError { .cannotEncode(source, $0) }
  }
}
