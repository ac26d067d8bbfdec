import Glibc
import StudyLog
import StudyLogCairo

/// An output that cannot be written (exit 73). Each case holds the path as the user named it.
enum WriteError: StudyLogError {
  /// The output is one of the run's inputs.
  case overwritingInput(String)
  /// The folder the output would go in does not exist.
  case noFolder(String, folder: String)
  /// Writing failed; `reason` is the system's.
  case cannotWrite(String, reason: String)
  /// The session log to append to is read-only.
  case readOnly(String)
  /// Appending failed; `reason` is the system's.
  case cannotAppend(String, reason: String)
  /// The scene could not be drawn in the output's format.
  case cannotDraw(String, RenderError)

  var errorDescription: String? {
    switch self {
    case .overwritingInput(let path): return "refusing to write over the input file '\(path)'"
    case .noFolder(let path, let folder): return "cannot write '\(path)': folder '\(folder)' does not exist"
    case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
    case .readOnly(let path): return "cannot append to '\(path)': the file is read-only"
    case .cannotAppend(let path, let reason): return "cannot append to '\(path)': \(reason)"
    case .cannotDraw(let path, let error): return "cannot draw '\(path)': \(error)"
    }
  }

  var exitCode: Int32 {
    if case .cannotDraw(_, let error) = self { return error.exitCode }
    return ExitStatus.cannotCreate
  }

  /// The reason the last system call failed, from `errno`, in lower case.
  static var systemReason: String { String(cString: strerror(errno)).lowercased() }
}
