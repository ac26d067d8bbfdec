import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// The errors the library throws: the message the command prints once (`errorDescription`) and
/// the exit code it maps to.
@Suite struct StudyLogErrorTests {
  @Test func aBadTodayIsAUsageError() throws {
    guard case .failure(let error) = Today.resolve(option: "2024-02", sourceDateEpoch: nil) else {
      Issue.record("'2024-02' was taken as a day")
      return
    }
    let reported: any StudyLogError = error
    #expect(reported.errorDescription == "--today '2024-02' names a month, not a day")
    #expect(reported.localizedDescription == "--today '2024-02' names a month, not a day")
    #expect(reported.exitCode == 64)
    #expect(reported.exitCode == ExitStatus.usage)
    let epoch = TodayError(message: "SOURCE_DATE_EPOCH 'soon' is not a whole number of seconds")
    #expect(epoch.errorDescription == "SOURCE_DATE_EPOCH 'soon' is not a whole number of seconds")
    #expect(epoch.exitCode == 64)
  }

  @Test func undecodableTextIsADataError() throws {
    // "café" in Latin-1 on line 2.
    let bytes = Array("category,title\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x2C, 0x78, 0x0A]
    guard case .failure(let error) = TextDecoder.decode(bytes) else {
      Issue.record("Latin-1 was decoded")
      return
    }
    let reported: any StudyLogError = error
    #expect(
      reported.errorDescription
        == "the file is not valid UTF-8 (byte 0xE9), nor Korean CP949 (EUC-KR); re-save it as 'CSV UTF-8' (in Excel: Save As › CSV UTF-8)"
    )
    #expect(reported.exitCode == 65)
    #expect(reported.exitCode == ExitStatus.dataError)
    let workbook = TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
    guard case .failure(let xlsx) = workbook else {
      Issue.record("a workbook was decoded")
      return
    }
    #expect(
      xlsx.errorDescription
        == "the file is a spreadsheet workbook (.xlsx), not CSV; save it as 'CSV UTF-8' first")
    #expect(xlsx.exitCode == 65)
  }

  @Test func exitStatusesAreTheSysexitsCodes() {
    #expect(
      [
        ExitStatus.usage, ExitStatus.dataError, ExitStatus.noInput, ExitStatus.unavailable,
        ExitStatus.cannotCreate,
      ]
        == [64, 65, 66, 69, 73])
  }
}
