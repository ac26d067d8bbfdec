import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#endif

/// `--watch`: runs a build, then again whenever the roadmap, its session log or the config file
/// changes (inotify on the folders that hold them, so that editors that write a new file and
/// rename it over the old one are seen too), printing one line per build, until SIGINT or SIGTERM,
/// which end the run with status 0 between builds (a build under way is finished first).
enum Watch {
  /// How long to wait after a change for more before building: editors and `cp` write in steps.
  static let settleMilliseconds: Int32 = 100

  static func run(
    roadmap: String, sessions: SessionsOption, config: ConfigOption, build: () throws -> [String]
  ) throws {
    #if canImport(Glibc)
      var stop = sigset_t()
      sigemptyset(&stop)
      sigaddset(&stop, SIGINT)
      sigaddset(&stop, SIGTERM)
      pthread_sigmask(SIG_BLOCK, &stop, nil)
      let events = inotify_init1(Int32(IN_CLOEXEC))
      guard events >= 0 else {
        throw WatchError.cannotWatch(String(cString: strerror(errno)))
      }
      var watched: [Int32: String] = [:]
      var reason = "started"
      while true {
        let targets = files(roadmap: roadmap, sessions: sessions, config: config)
        for folder in Set(targets.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        where !watched.values.contains(folder) {
          let wd = inotify_add_watch(events, folder, UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE))
          if wd >= 0 { watched[wd] = folder }
        }
        once(reason, build)
        var changed: [String] = []
        while changed.isEmpty {
          // SIGINT and SIGTERM are held back, so they wait as pending: look every tenth of a second.
          var fds = [pollfd(fd: events, events: Int16(POLLIN), revents: 0)]
          let ready = poll(&fds, 1, 100)
          var pending = sigset_t()
          sigpending(&pending)
          if sigismember(&pending, SIGINT) == 1 || sigismember(&pending, SIGTERM) == 1 {
            Console.printError("studylog: stopped watching")
            return
          }
          guard ready > 0 else { continue }
          changed = read(events, watched: watched, targets: Set(targets))
          // Let the writer finish: gather what else changes in the next moments.
          var more = [pollfd(fd: events, events: Int16(POLLIN), revents: 0)]
          while !changed.isEmpty, poll(&more, 1, settleMilliseconds) > 0 {
            changed += read(events, watched: watched, targets: Set(targets))
          }
        }
        reason =
          Array(Set(changed.map { WorkingDirectory.relative($0) })).sorted().joined(separator: ", ")
          + " changed"
      }
    #else
      throw WatchError.cannotWatch("--watch needs inotify (Linux)")
    #endif
  }

  /// Runs `build` once and prints one line for it: what it wrote, or that it failed (after its
  /// diagnostics).
  private static func once(_ reason: String, _ build: () throws -> [String]) {
    let clock = Self.clock(Date())
    do {
      let written = try build()
      let count = "\(written.count) file\(written.count == 1 ? "" : "s")"
      Console.print("[\(clock)] \(reason): wrote \(count)\n")
    } catch let error as StudyLogError {
      Console.report(error)
      Console.print("[\(clock)] \(reason): wrote nothing; waiting for the next change\n")
    } catch {
      Console.printError("studylog: error: \(error)")
      Console.print("[\(clock)] \(reason): wrote nothing; waiting for the next change\n")
    }
  }

  /// The local time of day on the 24-hour clock, `13:05:09` (a date style's `hour` follows the
  /// locale and gave `01:05:09` in the afternoon).
  static func clock(_ date: Date, calendar: Calendar = .current) -> String {
    let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
    return [parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0]
      .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
  }

  /// The files whose change means a new build: the roadmap, its session log, the config file and
  /// a `studylog.yml` that may appear beside the roadmap; as absolute paths.
  private static func files(roadmap: String, sessions: SessionsOption, config: ConfigOption) -> [String] {
    var files = [roadmap]
    // The config's path even when it does not read (being edited), its settings when it does.
    if !config.ignore, let (path, _) = ConfigFile.locate(for: roadmap, named: config.file) {
      files.append(path)
    }
    let found = try? config.settings(for: roadmap, quietly: true)
    if let log = sessions.locate(roadmap: roadmap, configured: found?.settings.sessions) {
      files.append(log.path)
      // The roadmap's own log, which replaces a shared one once it is made.
      files.append(URL(fileURLWithPath: roadmap).deletingPathExtension().path + ".sessions.csv")
    }
    files.append(
      URL(fileURLWithPath: roadmap).deletingLastPathComponent().appendingPathComponent(ConfigFile.ownName)
        .path)
    return files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
  }

  #if canImport(Glibc)
    /// The events waiting on `fd` that touch one of `targets`, as the paths touched.
    private static func read(_ fd: Int32, watched: [Int32: String], targets: Set<String>) -> [String] {
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      guard count > 0 else { return [] }
      var paths: [String] = []
      var offset = 0
      let header = MemoryLayout<inotify_event>.size
      while offset + header <= count {
        let (wd, length) = buffer.withUnsafeBytes { raw in
          (
            raw.load(fromByteOffset: offset, as: Int32.self),
            Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self))
          )
        }
        let nameBytes = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
        let name = String(decoding: nameBytes, as: UTF8.self)
        if let folder = watched[wd] {
          let path = folder + "/" + name
          if targets.contains(path) { paths.append(path) }
        }
        offset += header + length
      }
      return paths
    }
  #endif
}

/// `--watch` cannot watch.
enum WatchError: StudyLogError {
  case cannotWatch(String)

  var errorDescription: String? {
    switch self {
    case .cannotWatch(let reason): return "cannot watch for changes: \(reason)"
    }
  }

  var exitCode: Int32 { ExitStatus.cannotCreate }
}
