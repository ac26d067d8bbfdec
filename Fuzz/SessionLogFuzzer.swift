// libFuzzer entry point for `log`: the input is an existing session log, and its first bytes
// also choose the session to append. Compiled into the StudyLog module by `scripts/fuzz log`.
// Any crash, hang or broken invariant (a trap) is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func sessionLogFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let today = Day(year: 2024, month: 9, day: 15)!
  let roadmap = Roadmap.load(
    csv: "id,category,title\n1,Infra,DNS\n2,OS,리눅스 커널\n-3,Data,=SUM(A1)\n", source: "r.csv", today: today
  ).roadmap
  let seed = bytes.prefix(8).reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
  let hours = Double(seed % 2_400_000 + 1) / 100_000
  let note = String(decoding: bytes.suffix(min(24, bytes.count / 3)), as: UTF8.self)
  let session = Session(
    day: today - Int(seed % 30), itemID: roadmap.items[Int(seed % 3)].id, hours: hours,
    note: seed % 5 == 0 ? nil : note)

  // Whatever `log` would append must read back with the session last; else it appends nothing.
  if case .success(let appended) = SessionLog.appendix(
    for: session, existing: bytes, source: "s.csv", roadmap: roadmap, today: today)
  {
    let before = SessionLog.load(bytes: bytes, source: "s.csv", roadmap: roadmap, today: today)
    let after = SessionLog.load(bytes: bytes + appended, source: "s.csv", roadmap: roadmap, today: today)
    precondition(!before.hasErrors && !after.hasErrors, "\(after.diagnostics)")
    precondition(after.sessions.count == before.sessions.count + 1)
    precondition(after.sessions.last?.itemID == session.itemID && after.sessions.last?.day == session.day)
  }
  if case .success(let created) = SessionLog.newLog(for: session, source: "s.csv", roadmap: roadmap, today: today) {
    let read = SessionLog.load(bytes: created, source: "s.csv", roadmap: roadmap, today: today)
    precondition(!read.hasErrors && read.sessions.count == 1, "\(read.diagnostics)")
  }
  return 0
}
