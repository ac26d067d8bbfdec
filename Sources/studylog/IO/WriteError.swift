import StudyLog
import StudyLogCairo

/// An output that cannot be written (exit 73); nothing was written. Each case holds the path as
/// the user named it.
enum WriteError: StudyLogError {
  /// The output is one of the run's inputs.
  case overwritingInput(String)
  /// The folder the output would go in does not exist.
  case noFolder(String, folder: String)
  /// Writing failed; `reason` is the system's, or what happened.
  case cannotWrite(String, reason: String)
  /// The pipe or socket written to has no reader any more (EPIPE).
  case readerGone(String)
  /// The output is a directory.
  case directory(String)
  /// The file to replace is read-only (refused even as root, who could write it).
  case readOnlyOutput(String)
  /// The file changed after it was read (`sinceRead`), or while the output was written: replacing
  /// it would lose that change.
  case changed(String, sinceRead: Bool)
  /// The file to replace belongs to an owner and group that the new file cannot be given.
  case cannotKeepOwner(String, user: UInt32, group: UInt32)
  /// The file to update in place is not a regular file (a FIFO, a device, standard input).
  case notARegularFile(String)
  /// The session log to append to is read-only.
  case readOnly(String)
  /// Appending failed; `reason` is the system's, or what happened.
  case cannotAppend(String, reason: String)
  /// The scene could not be drawn in the output's format.
  case cannotDraw(String, RenderError)

  var errorDescription: String? {
    switch self {
    case .overwritingInput(let path): return "refusing to write over the input file '\(path)'"
    case .noFolder(let path, let folder): return "cannot write '\(path)': folder '\(folder)' does not exist"
    case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
    case .readerGone(let path): return "cannot write '\(path)': \(Errno.brokenPipe)"
    case .directory(let path): return "cannot write '\(path)': it is a directory"
    case .readOnlyOutput(let path): return "cannot write '\(path)': the file is read-only"
    case .changed(let path, true):
      return
        "cannot write '\(path)': it changed after studylog read it; nothing was written, run the command again"
    case .changed(let path, false):
      return
        "cannot write '\(path)': another program changed it while studylog was writing; nothing was written"
    case .cannotKeepOwner(let path, let user, let group):
      return
        "cannot write '\(path)': it belongs to user \(user) and group \(group), which studylog cannot give the new file; nothing was written"
    case .notARegularFile(let path): return "cannot update '\(path)' in place: it is not a regular file"
    case .readOnly(let path): return "cannot append to '\(path)': the file is read-only"
    case .cannotAppend(let path, let reason): return "cannot append to '\(path)': \(reason)"
    case .cannotDraw(let path, let error): return "cannot draw '\(path)': \(error)"
    }
  }

  var exitCode: Int32 {
    if case .cannotDraw(_, let error) = self { return error.exitCode }
    return ExitStatus.cannotCreate
  }
}
