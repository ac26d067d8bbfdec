import ArgumentParser
import StudyLog

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog log`: one study session, appended to the session log.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Append a study session to the session log.",
    discussion: """
      The item is checked against the roadmap before anything is written. The log (default: the \
      config's, else ROADMAP.sessions.csv beside the roadmap, or a shared sessions.csv there) is \
      created with a header when missing. The line keeps the file's column order, line endings and encoding (UTF-8, UTF-16, CP949), and is written in one \
      write on a file opened for appending and locked, so two runs at once cannot interleave. The \
      time is written so that it reads back as given. A log that does not read cleanly, that cannot \
      hold the line in its encoding, or that has no column for the note, is left as it is (exit 65).
      """)

  @OptionGroup var input: RoadmapInput

  @Option(help: ArgumentHelp("The item: its id, or a title that exactly one item has.", valueName: "id"))
  var item: String

  @Option(help: "Hours spent (e.g. 1.5).")
  var hours: Double?

  @Option(help: "Minutes spent, instead of --hours.")
  var minutes: Double?

  @Option(help: ArgumentHelp("The day of the session. Default: today.", valueName: "day"))
  var date: String?

  @Option(help: "A note.")
  var note: String?

  @OptionGroup var sessions: SessionsOption

  @OptionGroup var config: ConfigOption

  func validate() throws {
    switch (hours, minutes) {
    case (nil, nil): throw ValidationError("give --hours or --minutes")
    case (.some, .some): throw ValidationError("give --hours or --minutes, not both")
    case (let h?, nil) where !(h > 0 && h <= 24):
      throw ValidationError("--hours must be more than 0 and at most 24")
    case (nil, let m?) where !(m > 0 && m <= 1440):
      throw ValidationError("--minutes must be more than 0 and at most 1440")
    default: break
    }
    if input.file == "-" && sessions.file == nil {
      throw ValidationError("give --sessions when the roadmap comes from standard input")
    }
    if let date, case .failure(let e) = DateParser.parseDay(date, role: .start) {
      throw ValidationError("--date: \(e.message)")
    }
  }

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    guard case .item(let target) = roadmap.match(item: item) else {
      throw InputError.unmatchedItem(roadmap.problem(with: item)!)
    }
    var day = today
    if let date, case .success(let d) = DateParser.parseDay(date, role: .start) { day = d }
    if day > today {
      Console.printError("studylog: warning: the session's day \(day.iso) is after today (\(today.iso))")
    }
    let session = Session(day: day, itemID: target.id, hours: hours ?? minutes! / 60, note: note)
    let location = sessions.locate(
      roadmap: input.file, configured: try config.settings(for: input.file).settings.sessions)!
    let path = location.path
    let shared = location.shared ? OtherRoadmaps.sharing(path, with: input.file, today: today) : nil

    if !FileManager.default.fileExists(atPath: path) {
      let bytes = try SessionLog.newLog(for: session, source: path, roadmap: roadmap, today: today).get()
      // False when another run created the log meanwhile: then append to it like any log.
      if try OutputFile.create(bytes, at: path) {
        return confirm(session, target, path)
      }
    }
    try OutputFile.append(to: path) { existing in
      try InputLimits.check(existing, source: path, kind: .sessionLog)
      switch SessionLog.appendix(
        for: session, existing: existing, source: path, roadmap: roadmap, today: today, shared: shared)
      {
      case .success(let bytes):
        let logged = SessionLog.load(bytes: existing, source: path, roadmap: roadmap, today: today).sessions
        if let earlier = session.repeated(in: logged) {
          Console.printError("\(path): warning: " + session.repetitionMessage(earlierLine: earlier.line))
        }
        return bytes
      case .failure(let error):
        Console.printDiagnostics(error.diagnostics)
        throw error
      }
    }
    confirm(session, target, path)
  }

  /// Says what was logged.
  private func confirm(_ session: Session, _ target: Item, _ path: String) {
    let amount =
      session.hours < 0.005
      ? "less than 0.01"
      : withoutTrailingZeros(Printf.format("%.2f", session.hours))
    Console.print("logged \(amount) h on #\(target.id) \(target.title) on \(session.day.iso) to \(path)\n")
  }

  /// `1.5` for `1.50`, `2` for `2.00`: a fixed-point number without the zeros that end its
  /// fraction, nor a point left bare.
  private func withoutTrailingZeros(_ fixed: String) -> String {
    guard fixed.contains("."), fixed.hasSuffix("0") else { return fixed }
    var text = Substring(fixed)
    while text.hasSuffix("0") { text = text.dropLast() }
    if text.hasSuffix(".") { text = text.dropLast() }
    return String(text)
  }
}
