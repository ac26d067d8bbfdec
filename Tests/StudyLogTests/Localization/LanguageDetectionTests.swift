import Testing

@testable import StudyLog

/// A roadmap's language, for outputs the user gave no locale for.
@Suite struct LanguageDetectionTests {
  func roadmap(_ titles: [String]) -> Roadmap {
    Roadmap(
      source: "r.csv",
      items: titles.enumerated().map { Item(id: "\($0.offset + 1)", category: "A", title: $0.element) })
  }

  @Test func mostTitlesWithHangulIsKorean() {
    #expect(
      Language.detected(for: roadmap(["AWS VPC 설계 실습", "DNS 동작 원리", "TCP/IP and the OSI model"])) == .ko)
  }

  @Test func halfOrFewerIsEnglish() {
    #expect(Language.detected(for: roadmap(["DNS 동작 원리", "TCP/IP and the OSI model"])) == .en)
    #expect(Language.detected(for: roadmap(["Kubernetes", "Terraform", "리눅스"])) == .en)
  }

  @Test func titlesWithoutLettersDoNotVote() {
    #expect(Language.detected(for: roadmap(["2024", "---", "리눅스 기초"])) == .ko)
    #expect(Language.detected(for: roadmap([])) == .en)
  }

  @Test func jamoAndCompatibilityLettersCount() {
    #expect(Language.detected(for: roadmap(["ㅋㅋ 정리"])) == .ko)
    #expect(Language.detected(for: roadmap(["\u{1100}\u{1161}"])) == .ko)
  }

  @Test func theSampleRoadmapsFirstTitlesAreKorean() {
    let items = ["초등학생도 이해하는 IT 인프라 구조", "리눅스 기초: 파일시스템과 권한", "TCP/IP and the OSI model"]
    #expect(Language.detected(for: roadmap(items)) == .ko)
  }
}
