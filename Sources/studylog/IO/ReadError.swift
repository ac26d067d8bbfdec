import StudyLog

/// An input file that cannot be read (exit 66).
enum ReadError: StudyLogError {
  case noSuchFile(String)
  case directory(String)
  /// The file exists but reading it failed; `reason` says why.
  case unreadable(String, reason: String)

  var errorDescription: String? {
    switch self {
    case .noSuchFile(let path): return "cannot read '\(path)': no such file"
    case .directory(let path): return "cannot read '\(path)': it is a directory"
    case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)"
    }
  }

  var exitCode: Int32 { ExitStatus.noInput }
}
