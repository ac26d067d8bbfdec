import Foundation
import TestSupport
import Testing

/// Messages that say what to do: `log --item` names the closest items, `log` and the readers warn
/// about a session logged twice, `check` about category and track typos and spreadsheet times.
@Suite struct HelpfulMessagesTests {
  let roadmap = """
    id,track,category,title
    2,SRE,OS,리눅스 기초: 파일시스템과 권한
    5,SRE,Cloud,AWS VPC 설계 실습
    12,SRE,OS,리눅스 커널 스케줄러 읽기

    """

  func folder() throws -> URL {
    let folder = try temporaryFolder()
    try Data(roadmap.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    return folder
  }

  @Test func logSuggestsTheClosestItems() throws {
    let f = try folder()
    let one = try Binary.run(
      ["log", "roadmap.csv", "--item", "AWS VPC", "--hours", "1", "--today", "2024-09-15"], in: f)
    #expect(one.status == 64)
    #expect(
      one.stderr
        == "studylog: error: unknown item 'AWS VPC': no id or title in roadmap.csv matches it;"
        + " did you mean #5 AWS VPC 설계 실습?\n")
    let two = try Binary.run(
      ["log", "roadmap.csv", "--item", "리눅스", "--hours", "1", "--today", "2024-09-15"], in: f)
    #expect(
      two.stderr
        == "studylog: error: unknown item '리눅스': no id or title in roadmap.csv matches it;"
        + " did you mean #2 리눅스 기초: 파일시스템과 권한 or #12 리눅스 커널 스케줄러 읽기?\n")
    #expect(!FileManager.default.fileExists(atPath: f.appendingPathComponent("roadmap.sessions.csv").path))
  }

  @Test func loggingASessionTwiceIsAWarning() throws {
    let f = try folder()
    let args = [
      "log", "roadmap.csv", "--item", "#5", "--hours", "1.5", "--date", "2024-09-10", "--today", "2024-09-15",
    ]
    let first = try Binary.run(args, in: f)
    #expect(first.status == 0 && first.stderr == "", "\(first.stderr)")
    let second = try Binary.run(args, in: f)
    #expect(second.status == 0)
    #expect(
      second.stderr
        == "roadmap.sessions.csv: warning: the same session (2024-09-10, item 5, 1.5 h) is on line 2; logged twice?\n"
    )
    #expect(second.stdout == "logged 1.5 h on #5 AWS VPC 설계 실습 on 2024-09-10 to roadmap.sessions.csv\n")
    let week = try Binary.run(["week", "roadmap.csv", "--today", "2024-09-15", "--locale", "en"], in: f)
    #expect(
      week.stderr
        == "roadmap.sessions.csv:3:1: warning: the same session (2024-09-10, item 5, 1.5 h) is on line 2; logged twice?\n"
    )
  }

  @Test func checkWarnsAboutTyposAndTimes() throws {
    let csv = """
      track,category,title,planned_start,planned_end
      MLOps,Network,a,2024-05-01 00:00:00,2024. 5. 31 오전 12:00:00
      MLOps,Network,b,2024-06-01T00:00:00,2024-06-30 18:00:00
      MLOPS,Netwrok,c,2024-07-01,2024-07-3x

      """
    let r = try Binary.run(["check", "-", "--today", "2024-09-15"], stdin: csv)
    #expect(r.status == 65)
    #expect(
      r.stdout == """
        <stdin>:3:37: warning: '2024-06-30 18:00:00' has a time of day (18:00:00), which is left out: studylog plans in days; write the date alone, as 2024-06-30
        <stdin>:4: warning: category 'Netwrok' is 2 letters away from 'Network'; did you mean 'Network'?
        <stdin>:4: warning: track 'MLOPS' differs only in case or spacing from 'MLOps'; did you mean 'MLOps'?
        <stdin>:4:28: error: '2024-07-3x' is not a date; write it as 2024-02-01
        <stdin>: 3 items, 1 error, 3 warnings

        """)
  }
}
