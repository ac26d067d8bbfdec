import TestSupport
import Testing

@testable import StudyLog

/// The comparison as CSV and as terminal text.
@Suite struct ComparisonRenderingTests {
  let comparison = Comparison(weekRoadmap, today: sampleToday)

  @Test func csvColumns() {
    let lines = comparison.csv().split(separator: "\n").map(String.init)
    #expect(
      lines[0]
        == "id,category,title,planned_start,planned_end,actual_start,actual_end,start_slip_days,end_slip_days,planned_days,actual_days,state,track,ratio,provisional"
    )
    #expect(
      lines[1]
        == "1,Infra,Done this week,2024-08-20,2024-09-10,2024-08-19,2024-09-12,-1,2,22,25,done,SRE,1.14,false"
    )
    #expect(
      lines[2]
        == "2,Infra,Started this week,2024-09-09,2024-09-30,2024-09-10,,1,0,22,6,in_progress,SRE,0.27,true")
    #expect(lines[4] == "4,Cloud,Due next week,2024-09-02,2024-09-20,,,,,19,,planned,MLOps,,false")
  }

  @Test func textMarksProvisionalEnds() {
    let text = comparison.render(.text)
    #expect(text.contains("2024-09-10 – (today)"))
    #expect(text.contains("  0 so far  "))
    #expect(!text.contains("−15"))
    #expect(
      text.hasSuffix(
        "* in progress: the actual days run to today (2024-09-15); the end slip so far is the days from the"
          + " planned end to today (0 before it). Slips in days, + is late; figures are over finished items"
          + " with planned dates.\n"
      ))
  }

  @Test func koreanCSVHasKoreanHeadersAndWords() {
    let lines = comparison.csv(language: .ko).split(separator: "\n").map(String.init)
    #expect(
      lines[0]
        == "번호,분류,제목,계획 시작,계획 종료,실제 시작,실제 종료,시작 차이(일),종료 차이(일),계획 일수,실제 일수,상태,트랙,비율,진행 중 잠정")
    #expect(
      lines[2] == "2,Infra,Started this week,2024-09-09,2024-09-30,2024-09-10,,1,0,22,6,진행 중,SRE,0.27,예")
  }

  @Test func theHeadingIsTheTitleNeverThePath() {
    let titled = Comparison(weekRoadmap, today: sampleToday, title: "커리어 맵")
    #expect(titled.render(.markdown, language: .ko).hasPrefix("**커리어 맵: 계획 대비 실제, 2024-09-15 기준**\n"))
    #expect(comparison.title == weekRoadmap.defaultTitle)
    #expect(!comparison.render(.markdown).contains(weekRoadmap.source))
  }
}
