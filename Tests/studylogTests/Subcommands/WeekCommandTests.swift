import Foundation
import TestSupport
import Testing

/// `studylog week`: the week it reports on, and its session log.
@Suite struct WeekCommandTests {
  @Test func weekOfTheSample() throws {
    let r = try Binary.run(
      ["week", "reports/career-map/roadmap.csv", "--today", "2024-09-15", "--format", "json"], in: packageRoot
    )
    #expect(r.status == 0, "\(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(object["week"] as? String == "2024-W37")
    let time = try #require(object["time"] as? [String: Any])
    #expect(time["hours"] as? Double == 9)
  }

  @Test func weekSelection() throws {
    let csv = "category,title\nA,b\n"
    let byWeek = try Binary.run(["week", "-", "--week", "2025-W01", "--today", "2025-03-01"], stdin: csv)
    #expect(byWeek.stdout.hasPrefix("Week 2025-W01 (2024-12-30 – 2025-01-05) · as of 2025-01-05\n"))
    let sunday = try Binary.run(
      ["week", "-", "--date", "2024-09-15", "--week-start", "sunday", "--today", "2024-09-20"], stdin: csv)
    #expect(sunday.stdout.hasPrefix("Week 2024-W38 (2024-09-15 – 2024-09-21) · as of 2024-09-20\n"))
    let both = try Binary.run(["week", "-", "--week", "2024-W37", "--date", "2024-09-15"], stdin: csv)
    #expect(both.status == 64)
    let bad = try Binary.run(["week", "-", "--week", "2024-W60"], stdin: csv)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--week '2024-W60' is not an ISO week such as 2024-W37"))
  }

  @Test func aNamedSessionLogMustExist() throws {
    let r = try Binary.run(
      ["week", "reports/career-map/roadmap.csv", "--sessions", "nope.csv", "--today", "2024-09-15"],
      in: packageRoot)
    #expect(r.status == 66)
    #expect(r.stderr == "studylog: error: cannot read 'nope.csv': no such file\n")
  }

  @Test func sessionLogErrorsStopTheReport() throws {
    let folder = try temporaryFolder()
    try Data("id,category,title\n1,A,b\n".utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    try Data("date,item,hours\n2024-09-10,7,1\n".utf8).write(
      to: folder.appendingPathComponent("roadmap.sessions.csv"))
    let r = try Binary.run(["week", "roadmap.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 65)
    #expect(r.stdout == "")
    #expect(
      r.stderr
        == "roadmap.sessions.csv:2:12: error: unknown item '7': no id or title in roadmap.csv matches it\n")
  }
}
