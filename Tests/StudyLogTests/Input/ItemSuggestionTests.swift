import TestSupport
import Testing

@testable import StudyLog

/// What `log --item` and a session log say about an item that matches none: the closest items.
@Suite struct ItemSuggestionTests {
  let roadmap = Roadmap.load(
    csv: """
      id,category,title
      2,OS,리눅스 기초: 파일시스템과 권한
      5,Cloud,AWS VPC 설계 실습
      8,Observability,Prometheus 모니터링
      12,OS,리눅스 커널 스케줄러 읽기
      23,Certificate,AWS SAA 자격증
      """, source: "roadmap.csv", today: sampleToday
  ).roadmap

  @Test(arguments: [
    (
      "AWS VPC",
      "unknown item 'AWS VPC': no id or title in roadmap.csv matches it; did you mean #5 AWS VPC 설계 실습?"
    ),
    (
      "aws",
      "unknown item 'aws': no id or title in roadmap.csv matches it;"
        + " did you mean #5 AWS VPC 설계 실습 or #23 AWS SAA 자격증?"
    ),
    (
      "Promethues 모니터링",
      "unknown item 'Promethues 모니터링': no id or title in roadmap.csv matches it;"
        + " did you mean #8 Prometheus 모니터링?"
    ),
    (
      "커널 리눅스",
      "unknown item '커널 리눅스': no id or title in roadmap.csv matches it; did you mean #12 리눅스 커널 스케줄러 읽기?"
    ),
    (
      "리눅스 네트워크",
      "unknown item '리눅스 네트워크': no id or title in roadmap.csv matches it;"
        + " did you mean #2 리눅스 기초: 파일시스템과 권한 or #12 리눅스 커널 스케줄러 읽기?"
    ),
    ("Kafka", "unknown item 'Kafka': no id or title in roadmap.csv matches it"),
  ])
  func theClosestItemsAreNamed(reference: String, message: String) {
    #expect(roadmap.problem(with: reference) == message)
  }

  @Test func aNumberWithAHashIsAnID() {
    #expect(roadmap.match(item: "#8") == .item(roadmap.items[2]))
    #expect(roadmap.problem(with: "#8") == nil)
  }

  @Test func manyCloseItemsAskForTheID() {
    let many = Roadmap.load(
      csv: "category,title\n" + (1...7).map { "A,Go part \($0)\n" }.joined(), source: "r.csv",
      today: sampleToday
    ).roadmap
    #expect(
      many.problem(with: "go part")
        == "unknown item 'go part': no id or title in r.csv matches it; 7 items are close (#1, #2, #3, #4, #5, …):"
        + " give the id")
  }

  @Test func editDistanceStopsAtItsLimit() {
    #expect(EditDistance.between("Netwrok", "Network", limit: 2) == 2)
    #expect(EditDistance.between("kitten", "sitting", limit: 3) == 3)
    #expect(EditDistance.between("kitten", "sitting", limit: 2) == nil)
    #expect(EditDistance.between("", "abc", limit: 3) == 3)
    #expect(EditDistance.between("모니터링", "모니터", limit: 1) == 1)
  }
}
