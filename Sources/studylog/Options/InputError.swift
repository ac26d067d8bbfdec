import StudyLog

/// Input the command cannot use, beyond files that cannot be read.
enum InputError: StudyLogError {
  /// The input has errors, already printed as diagnostics (exit 65); prints nothing more.
  case reported
  /// `chart --kind heatmap` found no session log (exit 66).
  case noSessionLog
  /// `log --item` names no item, or several: the library's message (exit 64).
  case unmatchedItem(String)

  var errorDescription: String? {
    switch self {
    case .reported: return nil
    case .noSessionLog:
      return "the heatmap needs a session log: pass --sessions FILE or keep sessions.csv beside the roadmap"
    case .unmatchedItem(let problem): return problem
    }
  }

  var exitCode: Int32 {
    switch self {
    case .reported: return ExitStatus.dataError
    case .noSessionLog: return ExitStatus.noInput
    case .unmatchedItem: return ExitStatus.usage
    }
  }
}
