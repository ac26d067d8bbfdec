#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A failure studylog reports to its user: a message (`errorDescription`) and the sysexits(3) code
/// the command exits with. The command prints the message once, as `studylog: error: <message>`;
/// an error whose `errorDescription` is nil has been reported already (as diagnostics) and
/// prints nothing more.
public protocol StudyLogError: LocalizedError {
  /// The process's exit status for this failure: one of `ExitStatus`.
  var exitCode: Int32 { get }
}
