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
        == "2,Infra,Started this week,2024-09-09,2024-09-30,2024-09-10,,1,-15,22,6,in_progress,SRE,0.27,true")
    #expect(lines[4] == "4,Cloud,Due next week,2024-09-02,2024-09-20,,,,,19,,planned,MLOps,,false")
  }

  @Test func textMarksProvisionalEnds() {
    let text = comparison.render(.text)
    #expect(text.contains("2024-09-10 – (today)"))
    #expect(text.contains("−15*"))
    #expect(
      text.hasSuffix(
        "* in progress: today (2024-09-15) stands in for the actual end. Slips in days, + is late; figures are over finished items with planned dates.\n"
      ))
  }
}
