#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removing a named temporary file when SIGINT, SIGTERM, SIGHUP or SIGQUIT ends the run, and
/// holding those signals back while a file is put in place. (SIGKILL cannot be caught: only an
/// unnamed `O_TMPFILE` file survives it without a trace.)
enum SignalCleanup {
  /// The signals held back and handled.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Remembers `path` as the file to remove on a signal, installing the handlers the first time.
  static func remember(_ path: String) {
    installHandlers
    let bytes = Array(path.utf8.prefix(Int(PATH_MAX) - 1))
    for (i, b) in bytes.enumerated() { pendingPath[i] = CChar(bitPattern: b) }
    pendingPath[bytes.count] = 0
  }

  /// Forgets the remembered file (renamed into place, or removed).
  static func forget() {
    pendingPath[0] = 0
  }

  /// Holds the signals back until `release`; returns the mask to restore.
  static func holdInterruptions() -> sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    for s in signals { sigaddset(&set, s) }
    var old = sigset_t()
    pthread_sigmask(SIG_BLOCK, &set, &old)
    return old
  }

  /// Restores the mask `holdInterruptions` returned; a signal that came meanwhile arrives now.
  static func release(_ old: sigset_t) {
    var old = old
    pthread_sigmask(SIG_SETMASK, &old, nil)
  }

  private static let installHandlers: Void = {
    _ = pendingPath
    for s in signals {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = removePendingAndDie
      #else
        action.__sigaction_u.__sa_handler = removePendingAndDie
      #endif
      sigemptyset(&action.sa_mask)
      sigaction(s, &action, nil)
    }
  }()
}

/// The remembered path, as a C string (empty when none); a fixed buffer, since a signal handler
/// may not allocate.
nonisolated(unsafe) private let pendingPath: UnsafeMutablePointer<CChar> = {
  let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX))
  buffer[0] = 0
  return buffer
}()

/// The handler: removes the remembered file, then dies of the signal as it would have.
private func removePendingAndDie(_ number: Int32) {
  if pendingPath[0] != 0 { unlink(pendingPath) }
  signal(number, SIG_DFL)
  raise(number)
}
